package org.smartcbs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.smartcbs.payments.AccountDocuments;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The commands that write a consumer's account documents: receipts and statements. */
final class AccountCommands {

    private AccountCommands() {
    }

    @Command(name = "receipt", mixinStandardHelpOptions = true,
            description = "Write the PDF receipt of a payment, with what it paid oldest first.")
    static class Receipt implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "REFERENCE", description = "The payment's bank or receipt reference.")
        String reference;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF file to write.")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                byte[] pdf = app.getBean(AccountDocuments.class).receiptPdf(reference);
                Files.write(out, pdf);
                spec.commandLine().getOut().printf("wrote %s (%d bytes)%n", out, pdf.length);
                return 0;
            }
        }
    }

    @Command(name = "statement", mixinStandardHelpOptions = true,
            description = "Write a consumer's ledger statement for a date range as PDF, CSV or XLSX.")
    static class Statement implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "CONSUMER_NO", description = "The consumer number.")
        String consumerNo;

        @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day (YYYY-MM-DD).")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day (YYYY-MM-DD).")
        LocalDate to;

        @Option(names = "--format", defaultValue = "PDF", paramLabel = "FORMAT",
                description = "PDF, CSV or XLSX (default: ${DEFAULT-VALUE}).")
        AccountDocuments.Format format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                byte[] document = app.getBean(AccountDocuments.class).statement(consumerNo, from, to, format);
                Files.write(out, document);
                spec.commandLine().getOut().printf("wrote %s (%d bytes)%n", out, document.length);
                return 0;
            }
        }
    }
}
