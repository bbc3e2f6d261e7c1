package org.smartcbs.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.smartcbs.billing.BillRunResult;
import org.smartcbs.billing.BillRuns;
import org.smartcbs.billing.BillingScope;
import org.smartcbs.cli.Launcher;
import org.smartcbs.connections.ConnectionDirectory;
import org.smartcbs.connections.ConnectionSearch;
import org.smartcbs.identity.Employees;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Generates synthetic connections on a new database, times consumer searches, then bills October 2026 for all
 * connections. It prints the bills per second, the seconds and SQL statements per connection of each step, and
 * the peak heap. On PostgreSQL it also prints the seconds COPY takes to write the same bill, bill line and ledger
 * rows.
 *
 * <p>Usage: {@code BillRunHarness h2|postgresql CONNECTIONS [SEED]}. It is run from the repository root, because
 * it imports the Green Valley setups and tariffs from {@code samples/}. On PostgreSQL it starts a throwaway server
 * from the machine's binaries and stops it at the end; on H2 the database lives in a temporary folder.
 *
 * <p>The run takes the steps that {@link BillRuns#run} takes, called one at a time so that each can be timed:
 * draft (pricing and writing draft bills), approve, issue (numbering and ledger posting).
 */
public final class BillRunHarness {

    private static final YearMonth MONTH = YearMonth.of(2026, 10);
    private static final LocalDate RUN_DATE = LocalDate.of(2026, 10, 10);
    private static final ZoneId ZONE = ZoneId.of("Asia/Karachi");
    private static final String APPROVER = "bench-admin";
    private static final long SAMPLE_INTERVAL_MILLIS = 20;

    private BillRunHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: BillRunHarness h2|postgresql CONNECTIONS [SEED]");
            System.exit(2);
        }
        String database = args[0].toLowerCase(Locale.ROOT);
        int connections = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261010L;
        Path dataDir = Files.createTempDirectory("smartcbs-bench-data");
        try {
            switch (database) {
                case "h2" -> {
                    String url = "jdbc:h2:file:" + dataDir.resolve("smartcbs") + ";DB_CLOSE_ON_EXIT=FALSE";
                    bench(dataDir, Map.of("spring.datasource.url", CountingDriver.countingUrl(url),
                            "spring.datasource.username", "sa", "spring.datasource.password", ""), connections, seed,
                            null);
                }
                case "postgresql" -> {
                    try (BenchPostgres server = BenchPostgres.start()) {
                        String url = server.createDatabase("smartcbs_bench");
                        try (Connection connection = DriverManager.getConnection(url, BenchPostgres.USER, "");
                                Statement statement = connection.createStatement()) {
                            statement.execute("create extension pg_stat_statements");
                        }
                        // Rewrites each JDBC batch of inserts into multi-row inserts: one round trip per batch.
                        String appUrl = url + "?reWriteBatchedInserts=true";
                        bench(dataDir, Map.of("spring.datasource.url", CountingDriver.countingUrl(appUrl),
                                "spring.datasource.username", BenchPostgres.USER, "spring.datasource.password", ""),
                                connections, seed, url);
                    }
                }
                default -> throw new IllegalArgumentException("database \"" + args[0] + "\" must be h2 or postgresql");
            }
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void bench(Path dataDir, Map<String, String> datasource, int connections, long seed,
            String postgresUrl) throws Exception {
        Map<String, String> properties = new HashMap<>(datasource);
        properties.put("spring.datasource.driver-class-name", CountingDriver.class.getName());
        properties.put("logging.level.org.smartcbs", "WARN");
        Clock clock = Clock.fixed(RUN_DATE.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
        try (ConfigurableApplicationContext app = Launcher.open(dataDir, clock, WebApplicationType.NONE,
                properties)) {
            long start = System.nanoTime();
            int withReading = new SyntheticConnections(app, LocalDateTime.now(clock)).generate(connections, seed);
            System.out.printf(Locale.ROOT, "generated connections=%d withReading=%d seconds=%.1f%n", connections,
                    withReading, seconds(start));
            app.getBean(Employees.class).createFirstAdmin(APPROVER, "Benchmark administrator", "bench-password-1");

            timeSearches(app.getBean(ConnectionDirectory.class), connections);
            billMonth(app.getBean(BillRuns.class), connections, postgresUrl);
        }
        if (postgresUrl != null) {
            printSlowestStatements(postgresUrl);
            timeCopy(postgresUrl);
        }
    }

    private static void timeSearches(ConnectionDirectory directory, int connections) {
        int n = connections / 2 + 7;
        Map<String, String> searches = new java.util.LinkedHashMap<>();
        searches.put("consumer number", SyntheticConnections.consumerNo(n));
        searches.put("part of a name", "cheema");
        searches.put("phone", SyntheticConnections.phone(n));
        searches.put("meter serial", SyntheticConnections.meterSerial(n));
        for (Map.Entry<String, String> search : searches.entrySet()) {
            long best = Long.MAX_VALUE;
            long total = 0;
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                total = directory.search(ConnectionSearch.forText(search.getValue())).total();
                best = Math.min(best, System.nanoTime() - start);
            }
            System.out.printf(Locale.ROOT, "search by=%s matches=%d bestOf3Millis=%.1f%n", search.getKey(), total,
                    best / 1e6);
        }
    }

    private static void billMonth(BillRuns runs, int connections, String postgresUrl) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampledPeak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_INTERVAL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        long runStart = System.nanoTime();
        BillRunResult drafted = step("draft", connections, postgresUrl,
                () -> runs.draft(MONTH, RUN_DATE, BillingScope.all(), BillRuns.SYSTEM));
        step("approve", connections, postgresUrl, () -> runs.approve(drafted.runId(), APPROVER));
        BillRunResult issued = step("issue", connections, postgresUrl, () -> runs.issue(drafted.runId(), APPROVER));
        double total = seconds(runStart);

        sampler.interrupt();
        sampler.join();
        long poolPeaks = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        System.out.printf(Locale.ROOT, "run status=%s bills=%d exceptions=%d currentCharges=%s%n", issued.status(),
                issued.bills(), issued.exceptions().size(), issued.currentCharges());
        System.out.printf(Locale.ROOT, "run seconds=%.1f billsPerSecond=%.0f%n", total, issued.bills() / total);
        System.out.printf(Locale.ROOT, "heap baseline=%d MiB sampledPeak=%d MiB sumOfPoolPeaks=%d MiB max=%d MiB%n",
                mebibytes(baseline), mebibytes(sampledPeak.get()), mebibytes(poolPeaks),
                mebibytes(memory.getHeapMemoryUsage().getMax()));
    }

    /**
     * Runs one step of the bill run and prints its time and statements. The statements are those the counting
     * driver saw plus, on PostgreSQL, the COPY commands, which the driver sends past the counted JDBC calls and
     * pg_stat_statements counts instead. The count of COPY commands is read outside the timed work.
     */
    private static <T> T step(String name, int connections, String postgresUrl, Supplier<T> work) {
        long statements = CountingDriver.statements();
        long copies = copyCommands(postgresUrl);
        long start = System.nanoTime();
        T result = work.get();
        double seconds = seconds(start);
        long executed = CountingDriver.statements() - statements;
        long copied = copyCommands(postgresUrl) - copies;
        System.out.printf(Locale.ROOT, "step %-7s seconds=%.1f statements=%d copies=%d perConnection=%.2f%n", name,
                seconds, executed, copied, (double) (executed + copied) / connections);
        return result;
    }

    /** Returns the COPY commands run so far on the PostgreSQL database, or 0 on H2. */
    private static long copyCommands(String postgresUrl) {
        if (postgresUrl == null) {
            return 0;
        }
        try (Connection connection = DriverManager.getConnection(postgresUrl, BenchPostgres.USER, "");
                Statement statement = connection.createStatement();
                java.sql.ResultSet count = statement.executeQuery("select coalesce(sum(calls), 0)"
                        + " from pg_stat_statements where query ilike 'copy %'")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("failed to read pg_stat_statements", e);
        }
    }

    /** Prints the statements that took the most time in PostgreSQL, generation included, from pg_stat_statements. */
    private static void printSlowestStatements(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, BenchPostgres.USER, "");
                Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("select calls, total_exec_time, rows, query"
                        + " from pg_stat_statements order by total_exec_time desc limit 12")) {
            while (rows.next()) {
                String query = rows.getString("query").replaceAll("\\s+", " ");
                System.out.printf(Locale.ROOT, "sql totalMillis=%.0f calls=%d rows=%d query=%s%n",
                        rows.getDouble("total_exec_time"), rows.getLong("calls"), rows.getLong("rows"),
                        query.substring(0, Math.min(160, query.length())));
            }
        }
    }

    /**
     * Times COPY writing the bill run's bill, bill line and BILL ledger rows into empty copies of their tables, twice.
     * The first copies have the same indexes and checks but no foreign keys. The second have the tables' foreign keys
     * too, which the run's own writes must check. The rows are exported to files first, and only the COPY into the
     * database is timed.
     */
    private static void timeCopy(String url) throws SQLException, IOException {
        List<String[]> tables = List.of(new String[] {"bill", "select * from bill"},
                new String[] {"bill_line", "select * from bill_line"},
                new String[] {"ledger_entry", "select * from ledger_entry where entry_type = 'BILL'"});
        try (Connection connection = DriverManager.getConnection(url, BenchPostgres.USER, "")) {
            CopyManager copy = connection.unwrap(BaseConnection.class).getCopyAPI();
            Map<String, Path> files = new HashMap<>();
            try {
                for (String[] table : tables) {
                    Path file = Files.createTempFile("copy-" + table[0] + "-", ".tsv");
                    files.put(table[0], file);
                    try (OutputStream out = Files.newOutputStream(file)) {
                        copy.copyOut("copy (" + table[1] + ") to stdout", out);
                    }
                }
                for (boolean foreignKeys : new boolean[] {false, true}) {
                    double total = 0;
                    for (String[] table : tables) {
                        total += copyInto(connection, copy, table[0], files.get(table[0]), foreignKeys);
                    }
                    System.out.printf(Locale.ROOT, "copy foreignKeys=%s total seconds=%.1f%n", foreignKeys, total);
                }
            } finally {
                for (Path file : files.values()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static double copyInto(Connection connection, CopyManager copy, String table, Path file,
            boolean foreignKeys) throws SQLException, IOException {
        String target = "copy_" + table;
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists " + target);
            statement.execute("create table " + target + " (like " + table + " including all)");
            if (foreignKeys) {
                List<String> definitions = new ArrayList<>();
                try (java.sql.ResultSet keys = statement.executeQuery("select pg_get_constraintdef(oid)"
                        + " from pg_constraint where conrelid = '" + table + "'::regclass and contype = 'f'")) {
                    while (keys.next()) {
                        definitions.add(keys.getString(1));
                    }
                }
                for (String definition : definitions) {
                    statement.execute("alter table " + target + " add " + definition);
                }
            }
        }
        long start = System.nanoTime();
        long rows;
        try (InputStream in = Files.newInputStream(file)) {
            rows = copy.copyIn("copy " + target + " from stdin", in);
        }
        double seconds = seconds(start);
        System.out.printf(Locale.ROOT, "copy table=%s foreignKeys=%s rows=%d bytes=%d seconds=%.1f%n", table,
                foreignKeys, rows, Files.size(file), seconds);
        return seconds;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long mebibytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
