package org.smartcbs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.smartcbs.consumers.Consumers;
import org.smartcbs.core.rows.ImportMode;
import org.smartcbs.meters.Meters;
import org.smartcbs.payments.Payments;
import org.smartcbs.readings.ReadingUploadMode;
import org.smartcbs.readings.Readings;
import org.smartcbs.setups.Setups;
import org.smartcbs.tariffs.TariffVersions;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import setups|consumers|meters|tariff|readings|payments FILE}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a file into the database. Exit status: 0 no row rejected (each taken, or skipped"
                + " as already recorded), 1 nothing written (an invalid file, an all-or-nothing import with a bad"
                + " row, or every row rejected), 3 some rows taken and the others rejected.",
        subcommands = {ImportCommand.SetupsImport.class, ImportCommand.ConsumersImport.class,
                ImportCommand.MetersImport.class, ImportCommand.TariffImport.class,
                ImportCommand.ReadingsImport.class, ImportCommand.PaymentsImport.class})
class ImportCommand {

    /** The parts every import shares: the database and the file. */
    abstract static class FileImport implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                return importInto(app);
            }
        }

        abstract int importInto(ConfigurableApplicationContext app);

        int report(org.smartcbs.core.rows.ImportResult result) {
            return ImportReport.print(result, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    @Command(name = "setups", mixinStandardHelpOptions = true,
            description = "Import setups from CSV (setup_code, name, description[, parent_code]); all or nothing.")
    static class SetupsImport extends FileImport {
        @Override
        int importInto(ConfigurableApplicationContext app) {
            return report(app.getBean(Setups.class).importFile(file));
        }
    }

    @Command(name = "consumers", mixinStandardHelpOptions = true,
            description = "Import consumers from CSV, .xlsx or .xls with their opening balances; by default all or"
                    + " nothing.")
    static class ConsumersImport extends FileImport {

        @Option(names = "--take-valid-rows", description = "Write the valid rows and report the rejected ones.")
        boolean takeValidRows;

        @Override
        int importInto(ConfigurableApplicationContext app) {
            ImportMode mode = takeValidRows ? ImportMode.TAKE_VALID_ROWS : ImportMode.ALL_OR_NOTHING;
            return report(app.getBean(Consumers.class).importFile(file, mode));
        }
    }

    @Command(name = "meters", mixinStandardHelpOptions = true,
            description = "Import meters from CSV with their assignments and last readings; all or nothing.")
    static class MetersImport extends FileImport {
        @Override
        int importInto(ConfigurableApplicationContext app) {
            return report(app.getBean(Meters.class).importFile(file));
        }
    }

    @Command(name = "tariff", mixinStandardHelpOptions = true,
            description = "Import a tariff file as a tariff version.")
    static class TariffImport extends FileImport {

        @Option(names = "--category", paramLabel = "CATEGORY",
                description = "Bill consumers of this category on the tariff.")
        String category;

        @Override
        int importInto(ConfigurableApplicationContext app) {
            TariffVersions.Imported imported = app.getBean(TariffVersions.class).importFile(file, category);
            spec.commandLine().getOut().printf("%s: tariff %s effective from %s %s as version %d%n",
                    file.getFileName(), imported.version().code(), imported.version().effectiveFrom(),
                    imported.created() ? "stored" : "already stored", imported.version().id());
            return ImportReport.ALL_TAKEN;
        }
    }

    @Command(name = "readings", mixinStandardHelpOptions = true,
            description = "Upload meter readings from .xlsx, .xls or .csv; by default the valid rows are taken.")
    static class ReadingsImport extends FileImport {

        @Option(names = "--all-or-nothing", description = "Write nothing unless every row is valid.")
        boolean allOrNothing;

        @Option(names = "--sheet", paramLabel = "NAME",
                description = "Read this sheet of the workbook, even a hidden one; by default the first visible sheet.")
        String sheet;

        @Override
        int importInto(ConfigurableApplicationContext app) {
            ReadingUploadMode mode = allOrNothing ? ReadingUploadMode.ALL_OR_NOTHING : ReadingUploadMode.TAKE_VALID_ROWS;
            return report(app.getBean(Readings.class).upload(file, mode, sheet));
        }
    }

    @Command(name = "payments", mixinStandardHelpOptions = true,
            description = "Import a bank collection file (CSV or XLSX: bank_reference, consumer_no, paid_on, amount,"
                    + " channel); valid rows are posted, the others reported.")
    static class PaymentsImport extends FileImport {

        @Option(names = "--by", paramLabel = "USERNAME",
                description = "The cashier or administrator whom the payments name; without it they name the"
                        + " import job.")
        String by;

        @Override
        int importInto(ConfigurableApplicationContext app) {
            Payments payments = app.getBean(Payments.class);
            Payments.PaymentImport imported = by == null ? payments.importFile(file) : payments.importFile(file, by);
            int status = report(imported.rows());
            spec.commandLine().getOut().println("total posted: " + imported.total());
            return status;
        }
    }
}
