package org.smartcbs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.smartcbs.connections.ConnectionDirectory;
import org.smartcbs.connections.ConnectionListEntry;
import org.smartcbs.connections.ConnectionSearch;
import org.smartcbs.connections.SetupSummaries;
import org.smartcbs.connections.SetupSummary;
import org.smartcbs.consumers.ConsumerStatus;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The read-only views of the registry: consumer search, the connection list and the setup summaries. */
final class DirectoryCommands {

    private DirectoryCommands() {
    }

    /** The paging options of a listing. */
    static class Paging {

        @Option(names = "--page", defaultValue = "1", paramLabel = "N",
                description = "The page to print, from 1 (default: ${DEFAULT-VALUE}).")
        int page;

        @Option(names = "--size", defaultValue = "50", paramLabel = "N",
                description = "Entries per page, 1 to 500 (default: ${DEFAULT-VALUE}).")
        int size;

        /** Returns the page index from 0 that ConnectionSearch takes. */
        int index() {
            if (page < 1) {
                throw new IllegalArgumentException("page " + page + " must be 1 or more");
            }
            return page - 1;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Find consumers by consumer number, national id, phone or meter serial, or by part of the"
                    + " name or address.")
    static class Search implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Mixin
        Paging paging;

        @Parameters(index = "0", paramLabel = "TEXT", description = "The text to find.")
        String text;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ConnectionSearch search = new ConnectionSearch(text, null, null, null, null, null, paging.index(),
                    paging.size);
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                print(app.getBean(ConnectionDirectory.class).search(search), spec.commandLine().getOut());
                return 0;
            }
        }
    }

    @Command(name = "connections", mixinStandardHelpOptions = true,
            description = "List the connections that the filters select, a page at a time, or export them all to"
                    + " CSV or XLSX.")
    static class Connections implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Mixin
        Paging paging;

        @Option(names = "--setup", paramLabel = "CODE",
                description = "The setup, with every setup nested under it.")
        String setupCode;

        @Option(names = "--status", paramLabel = "STATUS",
                description = "PENDING_APPROVAL, ACTIVE, DISCONNECTED or CLOSED.")
        ConsumerStatus status;

        @Option(names = "--category", paramLabel = "CATEGORY", description = "The consumer category.")
        String category;

        @Option(names = "--tariff", paramLabel = "CODE", description = "The tariff code.")
        String tariffCode;

        @Option(names = "--sort", defaultValue = "consumer_no", paramLabel = "ORDER",
                description = "consumer_no, name, setup or status (default: ${DEFAULT-VALUE}).")
        String sort;

        @Option(names = "--export", paramLabel = "FILE",
                description = "Write every selected connection to FILE.csv or FILE.xlsx instead of printing a page.")
        Path export;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ConnectionSearch search = new ConnectionSearch(null, setupCode, status, category, tariffCode, sort,
                    paging.index(), paging.size);
            String format = export == null ? null : exportFormat(export);
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                ConnectionDirectory directory = app.getBean(ConnectionDirectory.class);
                if (export == null) {
                    print(directory.search(search), spec.commandLine().getOut());
                    return 0;
                }
                byte[] bytes = format.equals("csv") ? directory.exportCsv(search) : directory.exportXlsx(search);
                write(export, bytes);
                spec.commandLine().getOut().printf("connection list written to %s (%d bytes)%n", export,
                        bytes.length);
                return 0;
            }
        }

        private static String exportFormat(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                return "csv";
            }
            if (name.endsWith(".xlsx")) {
                return "xlsx";
            }
            throw new IllegalArgumentException("export file " + file + " must end in .csv or .xlsx");
        }

        private static void write(Path file, byte[] bytes) {
            try {
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("failed to write " + file, e);
            }
        }
    }

    @Command(name = "setups", mixinStandardHelpOptions = true,
            description = "Print each setup with its connected, active, disconnected and pending meters: its own,"
                    + " and with those of the setups nested under it.")
    static class Setups implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                SetupSummaries summaries = app.getBean(SetupSummaries.class);
                List<SetupSummary> own = summaries.all();
                List<SetupSummary> withNested = summaries.withNested();
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-12s %-12s %-30s %9s %9s %12s %9s%n", "setup", "parent", "name", "connected", "active",
                        "disconnected", "pending");
                // Both lists are in setup-code order, one entry per setup.
                for (int i = 0; i < own.size(); i++) {
                    SetupSummary setup = own.get(i);
                    SetupSummary total = withNested.get(i);
                    out.printf("%-12s %-12s %-30s %9s %9s %12s %9s%n", setup.setupCode(),
                            setup.parentCode() == null ? "-" : setup.parentCode(), setup.name(),
                            count(setup.connected(), total.connected()), count(setup.active(), total.active()),
                            count(setup.disconnected(), total.disconnected()), count(setup.pending(), total.pending()));
                }
                out.println("each count is the setup's own, then with nested setups after '/' where they differ");
                return 0;
            }
        }

        private static String count(long own, long withNested) {
            return own == withNested ? Long.toString(own) : own + "/" + withNested;
        }
    }

    private static void print(ConnectionDirectory.Page page, PrintWriter out) {
        long pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
        out.printf("%d connections, page %d of %d%n", page.total(), page.page() + 1, pages);
        for (ConnectionListEntry entry : page.entries()) {
            out.printf("%-14s %-30s %-10s %-14s %-12s %-16s %s%n", entry.consumerNo(), entry.name(), entry.setupCode(),
                    entry.category(), entry.tariffCode() == null ? "-" : entry.tariffCode(), entry.status(),
                    entry.meterSerial() == null ? "-" : entry.meterSerial());
        }
    }
}
