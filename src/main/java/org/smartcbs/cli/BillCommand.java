package org.smartcbs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.smartcbs.billing.BillDocuments;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bill-pdf (--bill BILL_NO | --run RUN) --out FILE}. */
@Command(name = "bill-pdf", mixinStandardHelpOptions = true,
        description = "Write the PDF of an issued bill, or of every bill of a run for printing.")
class BillCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    static class Which {
        @Option(names = "--bill", paramLabel = "BILL_NO", description = "The bill number.")
        String billNo;

        @Option(names = "--run", paramLabel = "RUN", description = "The bill run's number.")
        Long runId;
    }

    @Override
    public Integer call() throws IOException {
        try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
            BillDocuments documents = app.getBean(BillDocuments.class);
            byte[] pdf = which.billNo != null ? documents.pdf(which.billNo) : documents.runPdf(which.runId);
            Files.write(out, pdf);
            spec.commandLine().getOut().printf("wrote %s (%d bytes)%n", out, pdf.length);
            return 0;
        }
    }
}
