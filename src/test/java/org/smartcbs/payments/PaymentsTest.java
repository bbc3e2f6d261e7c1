package org.smartcbs.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcbs.billing.BillRuns;
import org.smartcbs.billing.BillingScope;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.core.money.Money;
import org.smartcbs.documents.ReceiptDocument;
import org.smartcbs.readings.ReadingUploadMode;
import org.smartcbs.readings.Readings;
import org.smartcbs.ledger.Ledger;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Cashier payments: concurrent postings, a reference taken once, and reversal. */
class PaymentsTest {

    @TempDir
    Path dataDir;

    /**
     * RS-001 owes its opening balance of 1000.00. Ten cashiers post 150.00 each at the same moment: 1500.00 in all,
     * so every payment is kept and the consumer ends with a credit of 500.00.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void concurrentPaymentsAreAllKept(TestDatabase database) throws Exception {
        try (ConfigurableApplicationContext app = database.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            Payments payments = app.getBean(Payments.class);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(10);
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String reference = "CASH-" + i;
                Callable<Object> post = () -> {
                    start.await();
                    return payments.post("RS-001", new BigDecimal("150.00"), reference, "CASH", Riverside.CASHIER);
                };
                results.add(pool.submit(post));
            }
            start.countDown();
            for (Future<Object> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            long consumer = app.getBean(Consumers.class).require("RS-001").id();
            assertThat(app.getBean(Ledger.class).balance(consumer)).hasToString("-500.00");
            assertThat(app.getBean(JdbcClient.class).sql("select count(*) from payment").query(Long.class).single())
                    .isEqualTo(10);
        }
    }

    /**
     * RS-003 carries nothing in and is billed 21500.00 on 10 October. Ten cashiers post 2500.00 each at the same
     * moment, 25000.00 in all. The receipts together pay exactly the bill, 21500.00, and keep 3500.00 as credit.
     * November's bill of 15500.00 then uses that credit: 15500.00 - 3500.00 = 12000.00 owed.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void concurrentPaymentsAboveABillKeepTheCredit(TestDatabase database) throws Exception {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 10));
        try (ConfigurableApplicationContext app = database.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            Readings readings = app.getBean(Readings.class);
            BillRuns runs = app.getBean(BillRuns.class);
            BillingScope rs003 = new BillingScope(BillingScope.Type.CONSUMER, "RS-003");
            readings.upload(Riverside.DATA.resolve("readings-2026-10.csv"), ReadingUploadMode.TAKE_VALID_ROWS);
            runs.run(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 10), rs003);
            clock.moveTo(LocalDate.of(2026, 10, 15));
            Payments payments = app.getBean(Payments.class);

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(10);
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String reference = "CASH-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return payments.post("RS-003", new BigDecimal("2500.00"), reference, "CASH", Riverside.CASHIER);
                }));
            }
            start.countDown();
            for (Future<Object> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            long consumer = app.getBean(Consumers.class).require("RS-003").id();
            Ledger ledger = app.getBean(Ledger.class);
            assertThat(ledger.balance(consumer)).hasToString("-3500.00");
            AccountDocuments documents = app.getBean(AccountDocuments.class);
            Money toBill = Money.ZERO;
            Money toCredit = Money.ZERO;
            for (int i = 0; i < 10; i++) {
                for (ReceiptDocument.Allocation line : documents.receipt("CASH-" + i).allocations()) {
                    if (line.reference().equals("credit for later bills")) {
                        toCredit = toCredit.plus(line.amount());
                    } else {
                        assertThat(line.reference()).isEqualTo("2026-10-000001");
                        toBill = toBill.plus(line.amount());
                    }
                }
            }
            assertThat(toBill).hasToString("21500.00");
            assertThat(toCredit).hasToString("3500.00");

            clock.moveTo(LocalDate.of(2026, 11, 10));
            readings.upload(Riverside.DATA.resolve("readings-2026-11.csv"), ReadingUploadMode.TAKE_VALID_ROWS);
            runs.run(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 10), rs003);
            assertThat(ledger.balance(consumer)).hasToString("12000.00");
            assertThat(app.getBean(JdbcClient.class).sql("select amount_payable from bill where billing_month = '2026-11'")
                    .query(BigDecimal.class).single()).isEqualByComparingTo("12000.00");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sameReferenceTwiceAtOnceIsTakenOnce(TestDatabase database) throws Exception {
        try (ConfigurableApplicationContext app = database.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            Payments payments = app.getBean(Payments.class);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return payments.post("RS-001", new BigDecimal("400.00"), "CHQ-77", "CHEQUE", Riverside.CASHIER);
                }));
            }
            start.countDown();
            int failed = 0;
            for (Future<Object> result : results) {
                try {
                    result.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("CHQ-77 was already taken");
                    failed++;
                }
            }
            pool.shutdown();

            assertThat(failed).isEqualTo(1);
            long consumer = app.getBean(Consumers.class).require("RS-001").id();
            assertThat(app.getBean(Ledger.class).balance(consumer)).hasToString("600.00");
        }
    }

    /** A bounced cheque: RS-003 owes nothing, pays 500.00 (credit 500.00), then the reversal owes it again. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void reversalReopensWhatThePaymentPaid(TestDatabase database) {
        try (ConfigurableApplicationContext app = database.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            Payments payments = app.getBean(Payments.class);
            long consumer = app.getBean(Consumers.class).require("RS-003").id();

            assertThat(payments.post("RS-003", new BigDecimal("500"), "CHQ-1", "CHEQUE", Riverside.CASHIER))
                    .hasToString("-500.00");
            payments.reverse("CHQ-1", "cheque bounced", Riverside.CASHIER);

            assertThat(app.getBean(Ledger.class).balance(consumer)).hasToString("0.00");
            assertThatThrownBy(() -> payments.reverse("CHQ-1", "again", Riverside.CASHIER))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("reversed already");
            assertThatThrownBy(() -> payments.post("RS-003", new BigDecimal("10.001"), "X-1", "CASH",
                    Riverside.CASHIER)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.001");
            assertThatThrownBy(() -> payments.post("RS-003", new BigDecimal("10"), "X-2", "CASH", Riverside.READER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("METER_READER");
        }
    }
}
