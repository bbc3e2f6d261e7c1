package org.smartcbs.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.billing.BillRuns;
import org.smartcbs.billing.BillingScope;
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
}
