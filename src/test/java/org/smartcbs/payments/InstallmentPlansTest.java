package org.smartcbs.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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
import org.smartcbs.billing.BillRuns;
import org.smartcbs.billing.BillingScope;
import org.smartcbs.billing.LateChargeResult;
import org.smartcbs.billing.LateCharges;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.core.money.Money;
import org.smartcbs.ledger.Ledger;
import org.smartcbs.readings.ReadingUploadMode;
import org.smartcbs.readings.Readings;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Installment plans on arrears: exact splits, falling due, a missed installment, and no late charge inside. */
class InstallmentPlansTest {

    @TempDir
    Path dataDir;

    /**
     * RS-001's 1000.00 carried in goes on a plan of three monthly installments from 15 October: 333.33, 333.33 and
     * 333.34. The first is paid on its date; the second is not, so the plan ends and the last 333.34 falls due.
     */
    @Test
    void missedInstallmentEndsThePlan() {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 1));
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            InstallmentPlans plans = app.getBean(InstallmentPlans.class);
            Ledger ledger = app.getBean(Ledger.class);
            long consumer = app.getBean(Consumers.class).require("RS-001").id();

            InstallmentPlan plan = plans.create("RS-001", new BigDecimal("1000.00"), BigDecimal.ZERO, 3,
                    LocalDate.of(2026, 10, 15), false, Riverside.OFFICER);
            assertThat(plan.installments()).extracting(i -> i.amount().toString())
                    .containsExactly("333.33", "333.33", "333.34");
            assertThat(ledger.balance(consumer)).isEqualTo(Money.ZERO);

            clock.moveTo(LocalDate.of(2026, 10, 15));
            plans.applyDue(LocalDate.of(2026, 10, 15));
            assertThat(ledger.balance(consumer)).hasToString("333.33");
            app.getBean(Payments.class).post("RS-001", new BigDecimal("333.33"), "R-1", "CASH", Riverside.CASHIER);

            clock.moveTo(LocalDate.of(2026, 11, 16));
            plans.applyDue(LocalDate.of(2026, 11, 15));
            assertThat(ledger.balance(consumer)).hasToString("333.33");
            plans.applyDue(LocalDate.of(2026, 11, 16));

            assertThat(plans.find(plan.id()).status()).isEqualTo("ENDED");
            assertThat(ledger.balance(consumer)).hasToString("666.67");
            plans.applyDue(LocalDate.of(2026, 11, 16));
            assertThat(ledger.balance(consumer)).hasToString("666.67");
        }
    }

    /**
     * RS-003 is billed 21500.00 on 10 October, due on the 24th. 20000.00 of it goes on a plan on bills; RS-003 pays
     * the other 1500.00 by the due date, so no late charge falls on the amount inside the plan. November's bill
     * carries the first installment, 20000 / 2 = 10000.00.
     */
    @Test
    void planAmountsDrawNoLateChargeAndComeOnTheNextBill() {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 10));
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            Readings readings = app.getBean(Readings.class);
            readings.upload(Riverside.DATA.resolve("readings-2026-10.csv"), ReadingUploadMode.TAKE_VALID_ROWS);
            BillRuns runs = app.getBean(BillRuns.class);
            BillingScope rs003 = new BillingScope(BillingScope.Type.CONSUMER, "RS-003");
            runs.run(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 10), rs003);
            InstallmentPlans plans = app.getBean(InstallmentPlans.class);
            plans.create("RS-003", new BigDecimal("20000"), BigDecimal.ZERO, 2, LocalDate.of(2026, 11, 1), true,
                    Riverside.OFFICER);
            clock.moveTo(LocalDate.of(2026, 10, 20));
            app.getBean(Payments.class).post("RS-003", new BigDecimal("1500"), "R-9", "BANK", Riverside.CASHIER);

            clock.moveTo(LocalDate.of(2026, 11, 10));
            assertThat(app.getBean(LateCharges.class).apply(LocalDate.of(2026, 10, 25)).count()).isZero();
            readings.upload(Riverside.DATA.resolve("readings-2026-11.csv"), ReadingUploadMode.TAKE_VALID_ROWS);
            runs.run(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 10), rs003);

            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select installment_due from bill where billing_month = '2026-11'")
                    .query(BigDecimal.class).single()).isEqualByComparingTo("10000");
            // Payable: nothing carried, 10000.00 of the plan and November's 15500.00.
            assertThat(jdbc.sql("select amount_payable from bill where billing_month = '2026-11'")
                    .query(BigDecimal.class).single()).isEqualByComparingTo("25500");
            assertThatThrownBy(() -> plans.create("RS-003", new BigDecimal("1"), BigDecimal.ZERO, 1,
                    LocalDate.of(2026, 12, 1), true, Riverside.OFFICER)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("active installment plan");
        }
    }

    /** Two officers put RS-001's arrears on a plan at the same moment: one plan is made, the other rejected. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoPlansAtOnceMakeOne(TestDatabase database) throws Exception {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 1));
        try (ConfigurableApplicationContext app = database.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            InstallmentPlans plans = app.getBean(InstallmentPlans.class);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<InstallmentPlan>> both = new ArrayList<>();
            for (String officer : List.of(Riverside.OFFICER, Riverside.SECOND_OFFICER)) {
                both.add(pool.submit(() -> {
                    start.await();
                    return plans.create("RS-001", new BigDecimal("600.00"), BigDecimal.ZERO, 2,
                            LocalDate.of(2026, 11, 1), false, officer);
                }));
            }
            start.countDown();
            int rejected = 0;
            for (Future<InstallmentPlan> result : both) {
                try {
                    result.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    // The later request finds the first plan, or, when it starts after the first one committed,
                    // finds only 400.00 owed; either way it is rejected.
                    assertThat(e.getCause()).isInstanceOfAny(IllegalStateException.class,
                            IllegalArgumentException.class);
                    assertThat(e.getCause().getMessage()).containsAnyOf("active installment plan",
                            "is more than the 400.00 that RS-001 owes");
                    rejected++;
                }
            }
            pool.shutdown();

            assertThat(rejected).isEqualTo(1);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from installment_plan").query(Long.class).single()).isEqualTo(1);
            long consumer = app.getBean(Consumers.class).require("RS-001").id();
            // 1000.00 carried in - 600.00 on the one plan = 400.00.
            assertThat(app.getBean(Ledger.class).balance(consumer)).hasToString("400.00");
        }
    }

    /**
     * RS-003 is billed 21500.00 on 10 October and pays 1500.00 on the 12th. A plan on the bill takes what is unpaid
     * of it, 21500.00 - 1500.00 = 20000.00: a down payment of 2000.00 on 1 November, then 18000.00 / 3 = 6000.00
     * on each of the next three months, on their own dates. Nothing of the bill is owed now, so it draws no late
     * charge. A second plan on the bill is rejected, because nothing of it is unpaid now, and so is a bill given
     * with another consumer's number.
     */
    @Test
    void planOnABillTakesItsUnpaidPart() {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 10));
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            app.getBean(Readings.class).upload(Riverside.DATA.resolve("readings-2026-10.csv"),
                    ReadingUploadMode.TAKE_VALID_ROWS);
            app.getBean(BillRuns.class).run(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 10),
                    new BillingScope(BillingScope.Type.CONSUMER, "RS-003"));
            clock.moveTo(LocalDate.of(2026, 10, 12));
            app.getBean(Payments.class).post("RS-003", new BigDecimal("1500.00"), "R-1", "CASH", Riverside.CASHIER);
            InstallmentPlans plans = app.getBean(InstallmentPlans.class);

            InstallmentPlan plan = plans.createOnBill("RS-003", "2026-10-000001", new BigDecimal("2000.00"), 3,
                    LocalDate.of(2026, 11, 1), false, Riverside.OFFICER);

            assertThat(plan.billNo()).isEqualTo("2026-10-000001");
            assertThat(plan.total()).hasToString("20000.00");
            assertThat(plan.installments()).extracting(i -> i.number() + " " + i.dueDate() + " " + i.amount())
                    .containsExactly("0 2026-11-01 2000.00", "1 2026-12-01 6000.00", "2 2027-01-01 6000.00",
                            "3 2027-02-01 6000.00");
            long consumer = app.getBean(Consumers.class).require("RS-003").id();
            assertThat(app.getBean(Ledger.class).balance(consumer)).isEqualTo(Money.ZERO);
            clock.moveTo(LocalDate.of(2026, 10, 26));
            assertThat(app.getBean(LateCharges.class).apply(LocalDate.of(2026, 10, 26)).count()).isZero();
            assertThatThrownBy(() -> plans.createOnBill("RS-003", "2026-10-000001", BigDecimal.ZERO, 2,
                    LocalDate.of(2026, 11, 1), false, Riverside.OFFICER)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("nothing to put on a plan");
            assertThatThrownBy(() -> plans.createOnBill("RS-001", "2026-10-000001", BigDecimal.ZERO, 2,
                    LocalDate.of(2026, 11, 1), false, Riverside.OFFICER))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2026-10-000001 is not an issued bill of consumer RS-001");
        }
    }

    /**
     * RS-003's plan of 20000.00 in two on bills, as above: November's bill carries 10000.00 of the plan and
     * 15500.00 of its own, due on 24 November. RS-003 pays only the 10000.00 by then. The installment was posted
     * before the bill's own charges, so it is paid and the plan goes on, while the bill draws 10% of its own
     * 15500.00, 1550.
     */
    @Test
    void installmentOnABillPaidAloneKeepsThePlan() {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 10));
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            Readings readings = app.getBean(Readings.class);
            readings.upload(Riverside.DATA.resolve("readings-2026-10.csv"), ReadingUploadMode.TAKE_VALID_ROWS);
            BillRuns runs = app.getBean(BillRuns.class);
            BillingScope rs003 = new BillingScope(BillingScope.Type.CONSUMER, "RS-003");
            runs.run(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 10), rs003);
            InstallmentPlans plans = app.getBean(InstallmentPlans.class);
            InstallmentPlan plan = plans.create("RS-003", new BigDecimal("20000"), BigDecimal.ZERO, 2,
                    LocalDate.of(2026, 11, 1), true, Riverside.OFFICER);
            Payments payments = app.getBean(Payments.class);
            clock.moveTo(LocalDate.of(2026, 10, 20));
            payments.post("RS-003", new BigDecimal("1500"), "R-9", "BANK", Riverside.CASHIER);
            clock.moveTo(LocalDate.of(2026, 11, 10));
            readings.upload(Riverside.DATA.resolve("readings-2026-11.csv"), ReadingUploadMode.TAKE_VALID_ROWS);
            runs.run(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 10), rs003);
            clock.moveTo(LocalDate.of(2026, 11, 20));
            payments.post("RS-003", new BigDecimal("10000"), "R-10", "BANK", Riverside.CASHIER);
            clock.moveTo(LocalDate.of(2026, 11, 25));

            LateChargeResult result = app.getBean(LateCharges.class).apply(LocalDate.of(2026, 11, 25));

            assertThat(plans.find(plan.id()).status()).isEqualTo("ACTIVE");
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select status from installment where plan_id = ? and number = 1").param(plan.id())
                    .query(String.class).single()).isEqualTo("PAID");
            assertThat(result.count()).isEqualTo(1);
            assertThat(result.total()).hasToString("1550.00");
        }
    }

    /**
     * RS-001's 1000.00 goes on three installments on their own dates from 15 October: 333.33, 333.33, 333.34.
     * Nothing is paid. On 16 November the late-charge job runs twice at once and then 50 times. It posts the first
     * two installments as they fall due, finds the first one missed, ends the plan and posts the last 333.34. That
     * is one transfer out of 1000.00 and three back, so the balance is 1000.00 again.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void concurrentJobsPostEachInstallmentOnce(TestDatabase database) throws Exception {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 1));
        try (ConfigurableApplicationContext app = database.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            InstallmentPlans plans = app.getBean(InstallmentPlans.class);
            InstallmentPlan plan = plans.create("RS-001", new BigDecimal("1000.00"), BigDecimal.ZERO, 3,
                    LocalDate.of(2026, 10, 15), false, Riverside.OFFICER);
            clock.moveTo(LocalDate.of(2026, 11, 16));
            LateCharges job = app.getBean(LateCharges.class);

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(pool.submit(() -> {
                    start.await();
                    return job.apply(LocalDate.of(2026, 11, 16));
                }));
            }
            start.countDown();
            for (Future<?> run : both) {
                run.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            for (int run = 0; run < 50; run++) {
                job.apply(LocalDate.of(2026, 11, 16));
            }

            long consumer = app.getBean(Consumers.class).require("RS-001").id();
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from ledger_entry where entry_type = 'INSTALLMENT_TRANSFER'")
                    .query(Long.class).single()).isEqualTo(4);
            // 1000.00 carried in - 1000.00 into the plan + 333.33 + 333.33 + 333.34 back = 1000.00.
            assertThat(app.getBean(Ledger.class).balance(consumer)).hasToString("1000.00");
            assertThat(plans.find(plan.id()).status()).isEqualTo("ENDED");
        }
    }
}
