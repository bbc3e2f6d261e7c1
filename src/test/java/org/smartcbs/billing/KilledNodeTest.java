package org.smartcbs.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.cli.Launcher;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.meters.Meters;
import org.smartcbs.readings.ReadingUploadMode;
import org.smartcbs.readings.Readings;
import org.smartcbs.setups.Setups;
import org.smartcbs.tariffs.TariffVersions;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestPostgres;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A bill run whose process is killed with SIGKILL in the middle of the run, then run again by another node.
 *
 * <p>Every consumer uses 100 units on a flat tariff of 10.00 a unit with no other charge, so each bill is 1000.00
 * and the run's total is 1000.00 times the number of consumers.
 */
class KilledNodeTest {

    private static final int CONSUMERS = 2000;
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final LocalDate RUN_DATE = LocalDate.of(2026, 10, 10);

    @TempDir
    Path dataDir;

    @Test
    void killedNodeRunIsResumedByAnother() throws Exception {
        String url = TestPostgres.newDatabase();
        Map<String, String> database = Map.of("spring.datasource.url", url, "spring.datasource.username",
                TestPostgres.user(), "spring.datasource.password", "");
        try (ConfigurableApplicationContext app = Launcher.open(dataDir, new TestClock(RUN_DATE),
                WebApplicationType.NONE, database)) {
            register(app);
        }

        Process node = startNode(url);
        JdbcClient jdbc;
        // This node keeps the system clock, as the killed node did, so that the age of a claim is measured right.
        try (ConfigurableApplicationContext app = Launcher.open(dataDir, null, WebApplicationType.NONE, database)) {
            jdbc = app.getBean(JdbcClient.class);
            awaitFirstPartDone(jdbc, node);
            node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            long partsDone = count(jdbc, "select count(*) from bill_run_part where status = 'DONE'");
            long parts = count(jdbc, "select count(*) from bill_run_part");
            assertThat(partsDone).as("the node was killed in the middle of the run").isBetween(1L, parts - 1);
            // The killed node's claim times out: move its claim back past the timeout.
            jdbc.sql("update bill_run_part set claimed_at = claimed_at - interval '1' hour where status = 'CLAIMED'")
                    .update();

            BillRunResult resumed = app.getBean(BillRuns.class).run(OCTOBER, RUN_DATE, BillingScope.all());

            assertThat(resumed.bills()).isEqualTo(CONSUMERS);
            assertThat(resumed.currentCharges().amount()).isEqualByComparingTo(
                    new BigDecimal("1000.00").multiply(BigDecimal.valueOf(CONSUMERS)));
            assertThat(count(jdbc, "select count(*) from bill_run")).isEqualTo(1);
            assertThat(count(jdbc, "select count(*) from ledger_entry where entry_type = 'BILL'")).isEqualTo(CONSUMERS);
            assertThat(jdbc.sql("select sum(amount) from ledger_entry where entry_type = 'BILL'")
                    .query(BigDecimal.class).single()).isEqualByComparingTo(resumed.currentCharges().amount());
            List<String> numbers = jdbc.sql("select bill_no from bill order by bill_no").query(String.class).list();
            List<String> gapFree = LongStream.rangeClosed(1, CONSUMERS)
                    .mapToObj(n -> String.format("2026-10-%06d", n)).toList();
            assertThat(numbers).isEqualTo(gapFree);
        } finally {
            node.destroyForcibly();
        }
    }

    /** Writes and imports one setup, the consumers, their meters, a flat tariff and one reading per meter. */
    private void register(ConfigurableApplicationContext app) throws IOException {
        Path setups = dataDir.resolve("setups.csv");
        Files.writeString(setups, "setup_code,name,description\nKN-1,Killed node feeder,synthetic\n");
        List<String> consumers = new ArrayList<>(List.of("consumer_no,name,guardian_name,national_id,phone,email,"
                + "address,setup_code,category,sanctioned_load_kw,connection_date,status,opening_balance"));
        List<String> meters = new ArrayList<>(List.of("meter_serial,make,phase,register_digits,multiplier,"
                + "installed_on,consumer_no,last_reading,last_reading_date"));
        List<String> readings = new ArrayList<>(List.of("Meter No,Reading Date,Current Reading,Reader,Remarks"));
        for (int i = 1; i <= CONSUMERS; i++) {
            String number = String.format("KN-%05d", i);
            consumers.add(number + ",Consumer " + i + ",Guardian " + i + "," + String.format("%05d-%07d-%d", i, i,
                    i % 10) + ",,,House " + i + ",KN-1,RESIDENTIAL,2,2021-01-01,ACTIVE,0.00");
            meters.add(String.format("KM-%05d", i) + ",Hexing,SINGLE,5,1,2021-01-01," + number + ",1000,2026-09-05");
            readings.add(String.format("KM-%05d", i) + ",05/10/2026,1100,Reader 1,");
        }
        Path consumerFile = dataDir.resolve("consumers.csv");
        Path meterFile = dataDir.resolve("meters.csv");
        Path readingFile = dataDir.resolve("readings-2026-10.csv");
        Files.write(consumerFile, consumers);
        Files.write(meterFile, meters);
        Files.write(readingFile, readings);
        Path tariff = dataDir.resolve("FLAT.json");
        Files.writeString(tariff, """
                {"format": "smart-cbs-tariff/1", "code": "FLAT", "name": "Flat", "currency": "PKR",
                 "effectiveFrom": "2026-01-01",
                 "schedules": [{"upTo": null, "method": "TELESCOPIC", "slabs": [{"upTo": null, "rate": "10.00"}]}],
                 "charges": []}
                """);

        app.getBean(Setups.class).importFile(setups);
        assertThat(app.getBean(Consumers.class).importFile(consumerFile).committed()).isTrue();
        assertThat(app.getBean(Meters.class).importFile(meterFile).committed()).isTrue();
        app.getBean(TariffVersions.class).importFile(tariff, "RESIDENTIAL");
        assertThat(app.getBean(Readings.class).upload(readingFile, ReadingUploadMode.ALL_OR_NOTHING).rejectedRows())
                .isZero();
    }

    /** Starts a node in a new JVM on the test's class path, with parts of 20 connections. */
    private static Process startNode(String url) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), BillRunNode.class.getName(),
                url, TestPostgres.user(), OCTOBER.toString(), RUN_DATE.toString(), "20")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void awaitFirstPartDone(JdbcClient jdbc, Process node) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(node.isAlive()).as("the node ran until it was killed").isTrue();
            if (tableExists(jdbc) && count(jdbc, "select count(*) from bill_run_part where status = 'DONE'") > 0) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the node did not finish a part of the run within 120 s");
    }

    private static boolean tableExists(JdbcClient jdbc) {
        return count(jdbc, "select count(*) from bill_run") > 0;
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
