package org.smartcbs.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcbs.payments.Adjustments;
import org.smartcbs.payments.Payments;
import org.smartcbs.readings.ReadingUploadMode;
import org.smartcbs.readings.Readings;
import org.smartcbs.tariffs.TariffVersions;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The late-charge job: once per bill, however often or concurrently it runs, and never on a covered bill. */
class LateChargesTest {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 10, 10);

    @TempDir
    Path dataDir;

    /**
     * October's bills on Riverside are due on 24 October and nobody pays: RS-001 and RS-003 owe their bills, and
     * RS-002's credit of 500.00 does not cover its 1540.00. Three charges: 10% of 2035, 1540 and 21500, rounded to
     * the rupee, 204 + 154 + 2150 = 2508.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void fiftyRunsAndTwoAtOnceChargeEachBillOnce(TestDatabase database) throws Exception {
        TestClock clock = new TestClock(RUN_DATE);
        try (ConfigurableApplicationContext app = database.start(dataDir, clock)) {
            billOctober(app);
            clock.moveTo(LocalDate.of(2026, 11, 1));
            LateCharges job = app.getBean(LateCharges.class);

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<LateChargeResult>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(pool.submit(() -> {
                    start.await();
                    return job.apply(LocalDate.of(2026, 10, 25));
                }));
            }
            start.countDown();
            int charged = 0;
            for (Future<LateChargeResult> result : both) {
                charged += result.get(60, TimeUnit.SECONDS).count();
            }
            pool.shutdown();
            for (int run = 0; run < 50; run++) {
                charged += job.apply(LocalDate.of(2026, 10, 31)).count();
            }

            assertThat(charged).isEqualTo(3);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from ledger_entry where entry_type = 'LATE_CHARGE'").query(Long.class)
                    .single()).isEqualTo(3);
            assertThat(jdbc.sql("select sum(amount) from late_charge").query(BigDecimal.class).single())
                    .isEqualByComparingTo("2508");
        }
    }

    /** A consumer with a credit of 150.00 gets a bill of 80.00: the credit covers it, so there is no late charge. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void creditCoveringTheBillMeansNoLateCharge(TestDatabase database) throws Exception {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 1));
        try (ConfigurableApplicationContext app = database.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            Path flat = dataDir.resolve("FLAT-80.json");
            Files.writeString(flat, """
                    {"format": "smart-cbs-tariff/1", "code": "FLAT-80", "name": "Flat 80", "currency": "PKR",
                     "effectiveFrom": "2026-01-01",
                     "schedules": [{"upTo": null, "method": "TELESCOPIC", "slabs": [{"upTo": null, "rate": "0"}]}],
                     "charges": [{"code": "FC", "type": "FIXED", "amount": "80"}]}
                    """);
            app.getBean(TariffVersions.class).importFile(flat, "RESIDENTIAL");
            // RS-001 carries 1000.00 in; a credit adjustment of 1150.00 leaves a credit of 150.00.
            app.getBean(Adjustments.class).request("RS-001", Adjustments.Kind.CREDIT, new BigDecimal("1150.00"),
                    "overbilled by the previous system", Riverside.OFFICER);
            clock.moveTo(RUN_DATE);
            billOctoberReadings(app);
            app.getBean(BillRuns.class).run(YearMonth.of(2026, 10), RUN_DATE,
                    new BillingScope(BillingScope.Type.CONSUMER, "RS-001"));
            clock.moveTo(LocalDate.of(2026, 11, 1));

            LateChargeResult result = app.getBean(LateCharges.class).apply(LocalDate.of(2026, 10, 25));

            assertThat(result.count()).isZero();
            assertThat(app.getBean(JdbcClient.class).sql("select current_charges from bill").query(BigDecimal.class)
                    .single()).isEqualByComparingTo("80");
        }
    }

    /**
     * October's bills are due on 24 October. RS-001 pays its 1000.00 carried in and its bill of 2035.00, 3035.00,
     * on the due date itself, so it is not charged. RS-003 pays its 21500.00 a day late and is charged 10%, 2150.
     * RS-002 pays nothing and is charged 10% of 1540, 154. Two charges: 2150 + 154 = 2304.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void paymentOnTheDueDateMeansNoLateCharge(TestDatabase database) {
        TestClock clock = new TestClock(RUN_DATE);
        try (ConfigurableApplicationContext app = database.start(dataDir, clock)) {
            billOctober(app);
            Payments payments = app.getBean(Payments.class);
            clock.moveTo(LocalDate.of(2026, 10, 24));
            payments.post("RS-001", new BigDecimal("3035.00"), "R-1", "CASH", Riverside.CASHIER);
            clock.moveTo(LocalDate.of(2026, 10, 25));
            payments.post("RS-003", new BigDecimal("21500.00"), "R-2", "CASH", Riverside.CASHIER);
            clock.moveTo(LocalDate.of(2026, 11, 1));

            LateChargeResult result = app.getBean(LateCharges.class).apply(LocalDate.of(2026, 10, 31));

            assertThat(result.count()).isEqualTo(2);
            assertThat(result.total()).hasToString("2304.00");
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            List<String> charged = jdbc.sql("select c.consumer_no from late_charge l join bill b on b.id = l.bill_id"
                    + " join consumer c on c.id = b.consumer_id order by c.consumer_no").query(String.class).list();
            assertThat(charged).containsExactly("RS-002", "RS-003");
        }
    }

    /**
     * Riverside's setup charges 5% within 3 days of the due date and 10% after. Run on 26 October, two days after
     * the due date, each unpaid bill draws 5%, rounded to the rupee: 5% of 2035 = 101.75, so 102; of 1540, 77; of
     * 21500, 1075. That is 102 + 77 + 1075 = 1254. Settings in force from 1 November do not touch October's bills.
     */
    @Test
    void lateChargeFollowsTheBillSettings() {
        TestClock clock = new TestClock(RUN_DATE);
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            BillSettings settings = app.getBean(BillSettings.class);
            settings.define(new BillSettingsDefinition("RS-1", LocalDate.of(2026, 1, 1), "DAYS_AFTER_ISSUE", 14, 0, "",
                    false, "STEPPED", null, null, "3:5,:10", 0, 2), Riverside.ADMIN);
            settings.define(new BillSettingsDefinition("RS-1", LocalDate.of(2026, 11, 1), "DAYS_AFTER_ISSUE", 14, 0,
                    "", false, "FIXED", null, new BigDecimal("999"), null, 0, 2), Riverside.ADMIN);
            billOctoberReadings(app);
            app.getBean(BillRuns.class).run(YearMonth.of(2026, 10), RUN_DATE, BillingScope.all());
            clock.moveTo(LocalDate.of(2026, 11, 2));

            LateChargeResult result = app.getBean(LateCharges.class).apply(LocalDate.of(2026, 10, 26));

            assertThat(result.count()).isEqualTo(3);
            assertThat(result.total()).hasToString("1254.00");
        }
    }

    /**
     * October's bills are due on 24 October. RS-001 owes 1000.00 carried in and 2035.00 billed, and on the 20th a
     * debit adjustment of 100.00 follows the bill. It pays 3035.00 on the 22nd: the bill is covered oldest first,
     * only the later adjustment is open, so no late charge. RS-003 pays its 21500.00 by cheque on the 20th, and
     * the cheque bounces on the 30th: the bill was never paid, so it draws 10%, 2150. RS-002 draws 154 as before.
     * Two charges: 2150 + 154 = 2304.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void laterDebitExcusedBouncedChequeCharged(TestDatabase database) {
        TestClock clock = new TestClock(RUN_DATE);
        try (ConfigurableApplicationContext app = database.start(dataDir, clock)) {
            billOctober(app);
            Payments payments = app.getBean(Payments.class);
            clock.moveTo(LocalDate.of(2026, 10, 20));
            app.getBean(Adjustments.class).request("RS-001", Adjustments.Kind.DEBIT, new BigDecimal("100.00"),
                    "meter seal replaced", Riverside.OFFICER);
            payments.post("RS-003", new BigDecimal("21500.00"), "CHQ-1", "CHEQUE", Riverside.CASHIER);
            clock.moveTo(LocalDate.of(2026, 10, 22));
            payments.post("RS-001", new BigDecimal("3035.00"), "R-1", "CASH", Riverside.CASHIER);
            clock.moveTo(LocalDate.of(2026, 10, 30));
            payments.reverse("CHQ-1", "cheque bounced", Riverside.CASHIER);
            clock.moveTo(LocalDate.of(2026, 11, 1));

            LateChargeResult result = app.getBean(LateCharges.class).apply(LocalDate.of(2026, 10, 31));

            assertThat(result.count()).isEqualTo(2);
            assertThat(result.total()).hasToString("2304.00");
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            List<String> charged = jdbc.sql("select c.consumer_no from late_charge l join bill b on b.id = l.bill_id"
                    + " join consumer c on c.id = b.consumer_id order by c.consumer_no").query(String.class).list();
            assertThat(charged).containsExactly("RS-002", "RS-003");
        }
    }

    /**
     * The job runs on 1 November and charges all three October bills (due 24 October): 204 + 154 + 2150. The bank
     * file comes after it. RS-001 paid 3035.00 on 20 October, its 1000.00 carried in plus its bill of 2035.00, so
     * the bill was covered by its due date and its charge of 204.00 is reversed, dated 25 October like the charge:
     * RS-001 then owes 1000 + 2035 + 204 - 3035 - 204 = 0.00. RS-003 paid 20000.00 of its 21500.00 on the 24th,
     * which does not cover the bill, so its charge of 2150 stays. A later run charges no bill again.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void paymentImportedAfterJobReversesCharge(TestDatabase database) throws Exception {
        TestClock clock = new TestClock(RUN_DATE);
        try (ConfigurableApplicationContext app = database.start(dataDir, clock)) {
            billOctober(app);
            clock.moveTo(LocalDate.of(2026, 11, 1));
            LateCharges job = app.getBean(LateCharges.class);
            assertThat(job.apply(LocalDate.of(2026, 10, 25)).count()).isEqualTo(3);
            Path bankFile = dataDir.resolve("bank-2026-11-03.csv");
            Files.writeString(bankFile, """
                    bank_reference,consumer_no,paid_on,amount,channel
                    B-1,RS-001,2026-10-20,3035.00,BANK
                    B-2,RS-003,2026-10-24,20000.00,BANK
                    """);
            clock.moveTo(LocalDate.of(2026, 11, 3));

            app.getBean(Payments.class).importFile(bankFile);

            JdbcClient jdbc = app.getBean(JdbcClient.class);
            List<String> reversed = jdbc.sql("select c.consumer_no from late_charge_reversal r"
                    + " join bill b on b.id = r.bill_id join consumer c on c.id = b.consumer_id")
                    .query(String.class).list();
            assertThat(reversed).containsExactly("RS-001");
            BigDecimal reversal = jdbc.sql("select amount from ledger_entry where entry_type = 'LATE_CHARGE_REVERSAL'")
                    .query(BigDecimal.class).single();
            assertThat(reversal).isEqualByComparingTo("-204.00");
            LocalDate reversalDate = jdbc.sql("select entry_date from ledger_entry"
                    + " where entry_type = 'LATE_CHARGE_REVERSAL'").query(LocalDate.class).single();
            assertThat(reversalDate).isEqualTo(LocalDate.of(2026, 10, 25));
            BigDecimal balance = jdbc.sql("select sum(e.amount) from ledger_entry e join consumer c"
                    + " on c.id = e.consumer_id where c.consumer_no = 'RS-001'").query(BigDecimal.class).single();
            assertThat(balance).isEqualByComparingTo("0.00");
            assertThat(job.apply(LocalDate.of(2026, 10, 31)).count()).isZero();
            assertThat(jdbc.sql("select count(*) from late_charge").query(Long.class).single()).isEqualTo(3);
        }
    }

    /** October's run stays a draft: its bills are not issued, so none draws a late charge, though none is paid. */
    @Test
    void draftBillsDrawNoLateCharge() {
        TestClock clock = new TestClock(RUN_DATE);
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            billOctoberReadings(app);
            app.getBean(BillRuns.class).draft(YearMonth.of(2026, 10), RUN_DATE, BillingScope.all(), Riverside.OFFICER);
            clock.moveTo(LocalDate.of(2026, 11, 1));

            LateChargeResult result = app.getBean(LateCharges.class).apply(LocalDate.of(2026, 10, 31));

            assertThat(result.count()).isZero();
            assertThat(app.getBean(JdbcClient.class).sql("select count(*) from bill where status = 'DRAFT'")
                    .query(Long.class).single()).isEqualTo(3);
        }
    }

    private static void billOctober(ConfigurableApplicationContext app) {
        Riverside.importRegistry(app);
        billOctoberReadings(app);
        app.getBean(BillRuns.class).run(YearMonth.of(2026, 10), RUN_DATE, BillingScope.all());
    }

    private static void billOctoberReadings(ConfigurableApplicationContext app) {
        app.getBean(Readings.class).upload(Riverside.DATA.resolve("readings-2026-10.csv"),
                ReadingUploadMode.TAKE_VALID_ROWS);
    }
}
