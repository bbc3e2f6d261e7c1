package org.smartcbs.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.smartcbs.expenses.Expenses;
import org.smartcbs.expenses.NewExpense;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code expense add-type|record|report}: the organisation's expenses by type and setup. */
@Command(name = "expense", mixinStandardHelpOptions = true,
        description = "Configure expense types, record expenses and export the monthly report.",
        subcommands = {ExpenseCommand.AddType.class, ExpenseCommand.Record.class, ExpenseCommand.Report.class})
class ExpenseCommand {

    @Command(name = "add-type", mixinStandardHelpOptions = true, description = "Add an expense type.")
    static class AddType implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "CODE",
                description = "2 to 40 capital letters, digits or '_', starting with a letter, such as FUEL.")
        String code;

        @Parameters(index = "1", paramLabel = "NAME", description = "The name reports show.")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                app.getBean(Expenses.class).addType(code, name);
                spec.commandLine().getOut().printf("expense type %s added%n", code);
                return 0;
            }
        }
    }

    @Command(name = "record", mixinStandardHelpOptions = true, description = "Record an expense.")
    static class Record implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Option(names = "--type", required = true, paramLabel = "CODE", description = "A configured expense type.")
        String type;

        @Option(names = "--date", required = true, paramLabel = "DATE",
                description = "The day it was spent (YYYY-MM-DD), not after today.")
        LocalDate date;

        @Option(names = "--amount", required = true, paramLabel = "AMOUNT",
                description = "Above zero with at most two decimals.")
        BigDecimal amount;

        @Option(names = "--payee", required = true, paramLabel = "NAME", description = "Who was paid.")
        String payee;

        @Option(names = "--reference", paramLabel = "TEXT", description = "The invoice or voucher number.")
        String reference;

        @Option(names = "--note", paramLabel = "TEXT", description = "A free note.")
        String note;

        @Option(names = "--setup", paramLabel = "CODE", description = "The setup it was spent on, if any.")
        String setup;

        @Option(names = "--by", required = true, paramLabel = "USERNAME", description = "The employee recording it.")
        String by;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                long id = app.getBean(Expenses.class).record(new NewExpense(type, date, amount, payee, reference,
                        note, setup), by);
                spec.commandLine().getOut().printf("expense %d recorded%n", id);
                return 0;
            }
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Write a month's expenses totalled by type and setup as CSV or XLSX.")
    static class Report implements Callable<Integer> {

        /** The formats the report is exported in. */
        enum Format {
            CSV, XLSX
        }

        @Mixin
        DatabaseOption database;

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month.")
        YearMonth month;

        @Option(names = "--format", defaultValue = "CSV", paramLabel = "FORMAT",
                description = "CSV or XLSX (default: ${DEFAULT-VALUE}).")
        Format format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                Expenses expenses = app.getBean(Expenses.class);
                byte[] report = format == Format.CSV ? expenses.reportCsv(month) : expenses.reportXlsx(month);
                Files.write(out, report);
                spec.commandLine().getOut().printf("wrote %s (%d bytes)%n", out, report.length);
                return 0;
            }
        }
    }
}
