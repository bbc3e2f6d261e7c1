package org.smartcbs.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcbs.cli.Launcher;
import org.smartcbs.connections.ConnectionDirectory;
import org.smartcbs.connections.ConnectionSearch;
import org.smartcbs.connections.SetupSummaries;
import org.smartcbs.readings.ReadingUploadMode;
import org.smartcbs.readings.Readings;
import org.smartcbs.setups.Setups;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bill runs on the Riverside registry with its October readings: RS-001 2035.00, RS-002 1540.00 and RS-003
 * 21500.00, as worked out in the cycle test of the dataset.
 */
class BillRunsTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final LocalDate RUN_DATE = LocalDate.of(2026, 10, 10);

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start(TestDatabase database) {
        ConfigurableApplicationContext app = database.start(dataDir, new TestClock(RUN_DATE));
        Riverside.importRegistry(app);
        app.getBean(Readings.class).upload(Riverside.DATA.resolve("readings-2026-10.csv"),
                ReadingUploadMode.TAKE_VALID_ROWS);
        return app;
    }

    @Test
    void eachScopeBillsOnlyItsConnections() {
        try (ConfigurableApplicationContext app = start(TestDatabase.H2)) {
            BillRuns runs = app.getBean(BillRuns.class);

            BillRunResult byBatch = runs.draft(OCTOBER, RUN_DATE, new BillingScope(BillingScope.Type.BATCH, "R1"),
                    Riverside.OFFICER);
            assertThat(byBatch.bills()).isEqualTo(2);
            assertThat(byBatch.currentCharges()).hasToString("3575.00");
            runs.discard(byBatch.runId(), Riverside.OFFICER);

            BillRunResult byMeter = runs.run(OCTOBER, RUN_DATE, new BillingScope(BillingScope.Type.METER, "MR-2"));
            BillRunResult byConsumer = runs.run(OCTOBER, RUN_DATE,
                    new BillingScope(BillingScope.Type.CONSUMER, "RS-003"));
            BillRunResult bySetup = runs.run(OCTOBER, RUN_DATE, new BillingScope(BillingScope.Type.SETUP, "RS-1"));
            BillRunResult all = runs.run(OCTOBER, RUN_DATE, BillingScope.all());

            assertThat(byMeter.bills()).isEqualTo(1);
            assertThat(byMeter.currentCharges()).hasToString("1540.00");
            assertThat(byConsumer.currentCharges()).hasToString("21500.00");
            assertThat(bySetup.bills()).isEqualTo(1);
            assertThat(bySetup.currentCharges()).hasToString("2035.00");
            assertThat(bySetup.exceptions()).extracting(BillRunException::consumerNo).containsExactly("RS-006");
            assertThat(all.bills()).isZero();
            assertThat(billNumbers(app)).containsExactly("2026-10-000001", "2026-10-000002", "2026-10-000003");
        }
    }

    @Test
    void draftIsDiscardedOrApprovedByAnotherThenIssued() {
        try (ConfigurableApplicationContext app = start(TestDatabase.H2)) {
            BillRuns runs = app.getBean(BillRuns.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);

            BillRunResult first = runs.draft(OCTOBER, RUN_DATE, BillingScope.all(), Riverside.OFFICER);
            assertThat(first.status()).isEqualTo("DRAFT");
            assertThat(first.bills()).isEqualTo(3);
            assertThat(ledgerEntries(jdbc, "BILL")).isZero();
            runs.discard(first.runId(), Riverside.OFFICER);
            assertThat(jdbc.sql("select count(*) from bill").query(Long.class).single()).isZero();

            BillRunResult second = runs.draft(OCTOBER, RUN_DATE, BillingScope.all(), Riverside.OFFICER);
            assertThatThrownBy(() -> runs.issue(second.runId(), Riverside.OFFICER))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("only an approved run");
            assertThatThrownBy(() -> runs.approve(second.runId(), Riverside.OFFICER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot decide");
            runs.approve(second.runId(), Riverside.SECOND_OFFICER);
            BillRunResult issued = runs.issue(second.runId(), Riverside.SECOND_OFFICER);

            assertThat(issued.status()).isEqualTo("ISSUED");
            assertThat(issued.currentCharges()).hasToString("25075.00");
            assertThat(ledgerEntries(jdbc, "BILL")).isEqualTo(3);
            assertThat(billNumbers(app)).containsExactly("2026-10-000001", "2026-10-000002", "2026-10-000003");
            assertThatThrownBy(() -> runs.discard(second.runId(), Riverside.OFFICER))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("adjustment");
            // RS-001 carried 1000.00 in: payable 1000 + 2035 = 3035.00, and 10% of 2035 = 203.50 rounds to 204.
            assertThat(jdbc.sql("select amount_payable from bill b join consumer c on c.id = b.consumer_id"
                    + " where c.consumer_no = 'RS-001'").query(BigDecimal.class).single()).isEqualByComparingTo("3035");
            assertThat(jdbc.sql("select late_charge_due from bill b join consumer c on c.id = b.consumer_id"
                    + " where c.consumer_no = 'RS-001'").query(BigDecimal.class).single()).isEqualByComparingTo("204");
        }
    }

    /**
     * H2 writes every error raised on a connection to a trace file beside the database. Mapping rows by column
     * lookups that fail first, as a record mapper trying the property name before the column name does, raised one
     * for each such column of each row, which made issuing a run on H2 several times slower.
     */
    @Test
    void monthOnH2WritesNoErrorTrace() throws Exception {
        try (ConfigurableApplicationContext app = start(TestDatabase.H2)) {
            BillRunResult run = app.getBean(BillRuns.class).run(OCTOBER, RUN_DATE, BillingScope.all());
            assertThat(run.bills()).isEqualTo(3);
            assertThat(app.getBean(BillDocuments.class).runPdf(run.runId())).isNotEmpty();
            assertThat(app.getBean(ConnectionDirectory.class).search(ConnectionSearch.forText("RS-001")).total())
                    .isEqualTo(1);
            assertThat(app.getBean(SetupSummaries.class).all()).isNotEmpty();
            assertThat(app.getBean(Setups.class).all()).isNotEmpty();
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".trace.db"));
        }
    }

    /**
     * A run whose issue stopped after some of its bills, as when its node was killed, cannot be discarded: the
     * bills already issued are in the ledger. Issuing it again finishes it.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void partlyIssuedRunCannotBeDiscarded(TestDatabase database) {
        try (ConfigurableApplicationContext app = start(database)) {
            BillRuns runs = app.getBean(BillRuns.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            BillRunResult drafted = runs.draft(OCTOBER, RUN_DATE, BillingScope.all(), Riverside.OFFICER);
            runs.approve(drafted.runId(), Riverside.SECOND_OFFICER);
            // The state a killed issue leaves: one bill numbered and issued, the others still drafts.
            jdbc.sql("update bill_number_series set next_value = 2 where series = '2026-10'").update();
            jdbc.sql("update bill set status = 'ISSUED', bill_no = '2026-10-000001' where id = (select min(id)"
                    + " from bill)").update();

            assertThatThrownBy(() -> runs.discard(drafted.runId(), Riverside.OFFICER))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("is being issued");
            assertThat(jdbc.sql("select count(*) from bill where status = 'DRAFT'").query(Long.class).single())
                    .isEqualTo(2);

            BillRunResult issued = runs.issue(drafted.runId(), Riverside.SECOND_OFFICER);
            assertThat(issued.status()).isEqualTo("ISSUED");
            assertThat(issued.bills()).isEqualTo(3);
            assertThat(billNumbers(app)).containsExactlyInAnyOrder("2026-10-000001", "2026-10-000002",
                    "2026-10-000003");
        }
    }

    /**
     * A discard while a part is being drafted on PostgreSQL. The part's transaction has written rows that refer to
     * the run, as its bills and exceptions do, which holds a key share lock on the run's row until it commits. It
     * then marks its part done while the discard runs. Neither transaction may fail on a deadlock.
     */
    @Test
    void discardWhileDraftingDoesNotDeadlock() throws Exception {
        try (ConfigurableApplicationContext app = start(TestDatabase.POSTGRESQL)) {
            BillRuns runs = app.getBean(BillRuns.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
            long runId = runs.draft(OCTOBER, RUN_DATE, BillingScope.all(), Riverside.OFFICER).runId();
            // The state while the run's one part is still being drafted.
            jdbc.sql("update bill_run set status = 'RUNNING' where id = ?").param(runId).update();
            jdbc.sql("update bill_run_part set status = 'CLAIMED' where bill_run_id = ?").param(runId).update();
            long partId = jdbc.sql("select id from bill_run_part where bill_run_id = ?").param(runId)
                    .query(Long.class).single();
            long consumerId = jdbc.sql("select min(id) from consumer").query(Long.class).single();
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch discardWaits = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> part = pool.submit(() -> transactions.execute(tx -> {
                    jdbc.sql("insert into bill_run_exception (bill_run_id, consumer_id, reason) values (?, ?, ?)")
                            .params(runId, consumerId, "written by the part").update();
                    written.countDown();
                    await(discardWaits);
                    return jdbc.sql("update bill_run_part set status = 'DONE' where id = ? and status = 'CLAIMED'")
                            .param(partId).update();
                }));
                await(written);
                Future<?> discard = pool.submit(() -> runs.discard(runId, Riverside.OFFICER));
                awaitLockWait(jdbc);
                discardWaits.countDown();

                assertThat(part.get(30, TimeUnit.SECONDS)).isEqualTo(1);
                discard.get(30, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }

            assertThat(jdbc.sql("select status from bill_run where id = ?").param(runId).query(String.class).single())
                    .isEqualTo("DISCARDED");
            assertThat(jdbc.sql("select count(*) from bill").query(Long.class).single()).isZero();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("latch released").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until a session of the test database waits for a lock. */
    private static void awaitLockWait(JdbcClient jdbc) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (jdbc.sql("select count(*) from pg_stat_activity where datname = current_database()"
                    + " and wait_event_type = 'Lock'").query(Long.class).single() > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no session waited for a lock within 30 seconds");
    }

    /** Four runs of the same month start together on their own threads: each connection is billed once. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void concurrentRunsBillOnceWithGapFreeNumbers(TestDatabase database) throws Exception {
        try (ConfigurableApplicationContext app = start(database)) {
            BillRuns runs = app.getBean(BillRuns.class);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<BillRunResult>> results = new ArrayList<>();
            List<BillingScope> scopes = List.of(BillingScope.all(), BillingScope.all(),
                    new BillingScope(BillingScope.Type.SETUP, "RS-1"), new BillingScope(BillingScope.Type.CONSUMER,
                            "RS-002"));
            for (BillingScope scope : scopes) {
                results.add(pool.submit(() -> {
                    start.await();
                    return runs.run(OCTOBER, RUN_DATE, scope);
                }));
            }
            start.countDown();
            // Two runs of the same scope may share one run, so each run's bills are counted once.
            java.util.Map<Long, Integer> billsByRun = new java.util.HashMap<>();
            for (Future<BillRunResult> result : results) {
                BillRunResult run = result.get(120, TimeUnit.SECONDS);
                billsByRun.put(run.runId(), run.bills());
            }
            pool.shutdown();

            assertThat(billsByRun.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
            assertThat(billNumbers(app)).containsExactly("2026-10-000001", "2026-10-000002", "2026-10-000003");
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(ledgerEntries(jdbc, "BILL")).isEqualTo(3);
            assertThat(jdbc.sql("select sum(amount) from ledger_entry where entry_type = 'BILL'")
                    .query(BigDecimal.class).single()).isEqualByComparingTo("25075.00");
        }
    }

    /**
     * Two application nodes share one PostgreSQL database, as servers do, and each runs October for all
     * connections with a part size of one connection, so that the nodes claim parts from each other. Each
     * connection is billed once and the numbers have no gap.
     */
    @Test
    void twoNodesSharingADatabaseBillOnce() throws Exception {
        Map<String, String> database = new HashMap<>(TestDatabase.POSTGRESQL.properties());
        database.put("smartcbs.billing.part-size", "1");
        try (ConfigurableApplicationContext first = Launcher.open(dataDir.resolve("first"), new TestClock(RUN_DATE),
                WebApplicationType.NONE, database);
                ConfigurableApplicationContext second = Launcher.open(dataDir.resolve("second"),
                        new TestClock(RUN_DATE), WebApplicationType.NONE, database)) {
            Riverside.importRegistry(first);
            first.getBean(Readings.class).upload(Riverside.DATA.resolve("readings-2026-10.csv"),
                    ReadingUploadMode.TAKE_VALID_ROWS);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<BillRunResult>> results = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(first, second)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return node.getBean(BillRuns.class).run(OCTOBER, RUN_DATE, BillingScope.all());
                }));
            }
            start.countDown();
            List<Long> runIds = new ArrayList<>();
            for (Future<BillRunResult> result : results) {
                runIds.add(result.get(120, TimeUnit.SECONDS).runId());
            }
            pool.shutdown();

            assertThat(runIds).as("both nodes work on one run").containsOnly(runIds.get(0));
            assertThat(billNumbers(second)).containsExactly("2026-10-000001", "2026-10-000002", "2026-10-000003");
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(ledgerEntries(jdbc, "BILL")).isEqualTo(3);
            assertThat(jdbc.sql("select sum(amount) from ledger_entry where entry_type = 'BILL'")
                    .query(BigDecimal.class).single()).isEqualByComparingTo("25075.00");
        }
    }

    /**
     * A run killed after claiming its part leaves the part claimed and nothing written. Running the month again
     * after the claim has timed out resumes that run and bills every connection once.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void killedRunResumes(TestDatabase database) {
        try (ConfigurableApplicationContext app = start(database)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            BillRuns runs = app.getBean(BillRuns.class);
            // What a killed node leaves: the run, its part claimed an hour ago, and no bill.
            jdbc.sql("insert into bill_run (billing_month, run_date, scope_type, status, drafted_by, created_at)"
                    + " values ('2026-10', ?, 'ALL', 'RUNNING', 'system', ?)")
                    .params(RUN_DATE, LocalDateTime.of(2026, 10, 10, 9, 0)).update();
            long runId = jdbc.sql("select id from bill_run").query(Long.class).single();
            jdbc.sql("insert into bill_run_part (bill_run_id, first_consumer, last_consumer, status, claimed_by,"
                    + " claimed_at) select ?, min(id), max(id), 'CLAIMED', 'killed-node', ? from consumer")
                    .params(runId, LocalDateTime.of(2026, 10, 10, 11, 0)).update();
            jdbc.sql("insert into bill_number_series (series, next_value) values ('2026-10', 1)").update();

            BillRunResult resumed = runs.run(OCTOBER, RUN_DATE, BillingScope.all());

            assertThat(resumed.runId()).isEqualTo(runId);
            assertThat(resumed.bills()).isEqualTo(3);
            assertThat(resumed.currentCharges()).hasToString("25075.00");
            assertThat(billNumbers(app)).containsExactly("2026-10-000001", "2026-10-000002", "2026-10-000003");
        }
    }

    /** Bill settings per setup: due on the 25th, moved off the weekend (25 October 2026 is a Sunday). */
    @Test
    void dueDateFollowsTheSettingsOfTheSetup() {
        try (ConfigurableApplicationContext app = start(TestDatabase.H2)) {
            app.getBean(BillSettings.class).define(new BillSettingsDefinition("RS-1", LocalDate.of(2026, 1, 1),
                    "FIXED_DAY", 25, 7, "SATURDAY,SUNDAY", true, "PERCENT_OF_CURRENT_CHARGES", new BigDecimal("5"),
                    null, null, 0, 0), Riverside.ADMIN);
            app.getBean(BillSettings.class).addHoliday(LocalDate.of(2026, 10, 26), "a test holiday",
                    Riverside.ADMIN);

            app.getBean(BillRuns.class).run(OCTOBER, RUN_DATE, BillingScope.all());

            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select distinct due_date from bill").query(LocalDate.class).list())
                    .containsExactly(LocalDate.of(2026, 10, 27));
            // 5% of RS-003's 21500.00 is 1075.
            assertThat(jdbc.sql("select late_charge_due from bill b join consumer c on c.id = b.consumer_id"
                    + " where c.consumer_no = 'RS-003'").query(BigDecimal.class).single()).isEqualByComparingTo("1075");
        }
    }

    /**
     * Riverside's October readings are dated 5 October. With a reading window of the 6th to the 9th, they come
     * before it, so no connection is billed. A window of the 1st to the 4th ends before them, so the run finds no
     * reading up to the 4th. A window of the 1st to the 7th takes all three, and the issue day 10 of the settings
     * gives the run date when the run names none.
     */
    @Test
    void runUsesReadingWindowAndIssueDay() {
        try (ConfigurableApplicationContext app = start(TestDatabase.H2)) {
            BillSettings settings = app.getBean(BillSettings.class);
            BillRuns runs = app.getBean(BillRuns.class);
            settings.define(schedule(LocalDate.of(2026, 1, 1), 6, 9, null), Riverside.ADMIN);

            assertThatThrownBy(() -> runs.run(OCTOBER, null, BillingScope.all()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no run date was given");
            BillRunResult afterWindow = runs.draft(OCTOBER, RUN_DATE, BillingScope.all(), Riverside.OFFICER);
            assertThat(afterWindow.bills()).isZero();
            assertThat(afterWindow.exceptions()).extracting(BillRunException::reason).contains(
                    "the last reading of meter MR-1 is dated 2026-10-05, before the reading window 2026-10-06 to"
                            + " 2026-10-09");
            runs.discard(afterWindow.runId(), Riverside.OFFICER);

            settings.define(schedule(LocalDate.of(2026, 2, 1), 1, 4, null), Riverside.ADMIN);
            BillRunResult beforeReadings = runs.draft(OCTOBER, RUN_DATE, BillingScope.all(), Riverside.OFFICER);
            assertThat(beforeReadings.bills()).isZero();
            assertThat(beforeReadings.exceptions()).extracting(BillRunException::reason)
                    .contains("no accepted reading of meter MR-1 up to 2026-10-04");
            runs.discard(beforeReadings.runId(), Riverside.OFFICER);

            settings.define(schedule(LocalDate.of(2026, 3, 1), 1, 7, 10), Riverside.ADMIN);
            BillRunResult inWindow = runs.run(OCTOBER, null, BillingScope.all());
            assertThat(inWindow.bills()).isEqualTo(3);
            assertThat(inWindow.runDate()).isEqualTo(LocalDate.of(2026, 10, 10));
            assertThat(inWindow.currentCharges()).hasToString("25075.00");
        }
    }

    @Test
    void runDateBeforeTheMonthIsRejected() {
        try (ConfigurableApplicationContext app = start(TestDatabase.H2)) {
            BillRuns runs = app.getBean(BillRuns.class);

            assertThatThrownBy(() -> runs.run(YearMonth.of(2026, 11), RUN_DATE, BillingScope.all()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("run date 2026-10-10 is before the billing month 2026-11 starts; give a run date in"
                            + " or after 2026-11");
            assertThat(app.getBean(JdbcClient.class).sql("select count(*) from bill_run").query(Long.class).single())
                    .isZero();
        }
    }

    @Test
    void readingWindowIsCheckedWhenDefined() {
        try (ConfigurableApplicationContext app = start(TestDatabase.H2)) {
            BillSettings settings = app.getBean(BillSettings.class);

            assertThatThrownBy(() -> settings.define(schedule(LocalDate.of(2026, 1, 1), 9, 6, null), Riverside.ADMIN))
                    .hasMessage("reading window first day 9 is after its last day 6");
            assertThatThrownBy(() -> settings.define(schedule(LocalDate.of(2026, 1, 1), 0, 6, null), Riverside.ADMIN))
                    .hasMessage("reading window first day 0 must be a day of the month from 1 to 31");
            assertThatThrownBy(() -> settings.define(schedule(LocalDate.of(2026, 1, 1), 1, 6, 32), Riverside.ADMIN))
                    .hasMessage("issue day 32 must be a day of the month from 1 to 31");
            assertThatThrownBy(() -> settings.define(schedule(LocalDate.of(2026, 1, 1), 1, null, null),
                    Riverside.ADMIN)).hasMessage("reading window needs both a first and a last day, not 1 and null");
        }
    }

    /** A window of days 25 to 31 ends on the last day of a short month. */
    @Test
    void readingWindowEndsWithTheMonth() {
        ReadingWindow february = ReadingWindow.of(YearMonth.of(2027, 2), 25, 31);
        ReadingWindow leapFebruary = ReadingWindow.of(YearMonth.of(2028, 2), 25, 31);

        assertThat(february.to()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(leapFebruary.to()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(february.contains(LocalDate.of(2027, 2, 25))).isTrue();
        assertThat(february.contains(LocalDate.of(2027, 2, 24))).isFalse();
        assertThat(february.contains(LocalDate.of(2027, 3, 1))).isFalse();
    }

    /** Organisation-wide settings: due 14 days after issue, 10% late charge, with the given schedule. */
    private static BillSettingsDefinition schedule(LocalDate effectiveFrom, Integer readingFrom, Integer readingTo,
            Integer issueDay) {
        return new BillSettingsDefinition(null, effectiveFrom, "DAYS_AFTER_ISSUE", 14, 0, "", false,
                "PERCENT_OF_CURRENT_CHARGES", new BigDecimal("10"), null, null, 0, 2, readingFrom, readingTo,
                issueDay);
    }

    private static List<String> billNumbers(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class).sql("select bill_no from bill order by bill_no").query(String.class)
                .list();
    }

    private static long ledgerEntries(JdbcClient jdbc, String type) {
        return jdbc.sql("select count(*) from ledger_entry where entry_type = ?").param(type).query(Long.class)
                .single();
    }
}
