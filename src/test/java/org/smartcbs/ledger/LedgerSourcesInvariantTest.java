package org.smartcbs.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcbs.billing.BillRuns;
import org.smartcbs.billing.BillingScope;
import org.smartcbs.billing.LateCharges;
import org.smartcbs.payments.Adjustments;
import org.smartcbs.payments.InstallmentPlans;
import org.smartcbs.payments.Payments;
import org.smartcbs.readings.ReadingUploadMode;
import org.smartcbs.readings.Readings;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger invariant with every kind of entry on the Riverside dataset: the sum of all balances equals the
 * opening balances + bills + late charges + debit adjustments - payments - credit adjustments + reversals, less
 * the installments that have not fallen due. Each term is summed from its own table, not from the ledger.
 */
class LedgerSourcesInvariantTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void balancesAddUpWithEveryEntryType(TestDatabase database) throws IOException {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 1));
        try (ConfigurableApplicationContext app = database.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            clock.moveTo(LocalDate.of(2026, 10, 10));
            app.getBean(Readings.class).upload(Riverside.DATA.resolve("readings-2026-10.csv"),
                    ReadingUploadMode.TAKE_VALID_ROWS);
            app.getBean(BillRuns.class).run(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 10), BillingScope.all());

            clock.moveTo(LocalDate.of(2026, 10, 20));
            Payments payments = app.getBean(Payments.class);
            payments.post("RS-001", new BigDecimal("3035.00"), "R-1", "CASH", Riverside.CASHIER);
            payments.post("RS-003", new BigDecimal("5000.00"), "C-1", "CHEQUE", Riverside.CASHIER);
            Adjustments adjustments = app.getBean(Adjustments.class);
            adjustments.request("RS-002", Adjustments.Kind.CREDIT, new BigDecimal("100.00"), "meter read twice",
                    Riverside.OFFICER);
            long debit = adjustments.request("RS-003", Adjustments.Kind.DEBIT, new BigDecimal("6000.00"),
                    "unbilled consumption found", Riverside.OFFICER).id();
            adjustments.approve(debit, Riverside.SECOND_OFFICER);
            long rejected = adjustments.request("RS-001", Adjustments.Kind.CREDIT, new BigDecimal("7000.00"),
                    "no reason found", Riverside.OFFICER).id();
            adjustments.reject(rejected, Riverside.SECOND_OFFICER);

            clock.moveTo(LocalDate.of(2026, 10, 22));
            payments.reverse("C-1", "cheque bounced", Riverside.CASHIER);
            app.getBean(InstallmentPlans.class).create("RS-003", new BigDecimal("9000.00"), BigDecimal.ZERO, 3,
                    LocalDate.of(2026, 10, 30), false, Riverside.OFFICER);

            clock.moveTo(LocalDate.of(2026, 11, 1));
            app.getBean(LateCharges.class).apply(LocalDate.of(2026, 11, 1));

            JdbcClient jdbc = app.getBean(JdbcClient.class);
            BigDecimal balances = BigDecimal.ZERO;
            for (Long consumer : jdbc.sql("select id from consumer").query(Long.class).list()) {
                balances = balances.add(app.getBean(Ledger.class).balance(consumer).amount());
            }
            BigDecimal expected = openingBalancesInFile()
                    .add(sum(jdbc, "select sum(current_charges) from bill where status = 'ISSUED'"))
                    .add(sum(jdbc, "select sum(amount) from late_charge"))
                    .add(sum(jdbc, "select sum(amount) from adjustment where kind = 'DEBIT' and status = 'POSTED'"))
                    .subtract(sum(jdbc, "select sum(amount) from payment"))
                    .subtract(sum(jdbc, "select sum(amount) from adjustment where kind = 'CREDIT' and status = 'POSTED'"))
                    .add(sum(jdbc, "select sum(p.amount) from payment_reversal r join payment p on p.id = r.payment_id"))
                    .subtract(sum(jdbc, "select sum(amount) from installment where status = 'PENDING'"));

            assertThat(balances).isEqualByComparingTo(expected);
            // By hand: openings 1000 - 500 + 0 + 200 + 300 + 0 = 1000.00; bills 2035 + 1540 + 21500 = 25075.00;
            // debit 6000.00; payments 3035 + 5000 = 8035.00; credit 100.00; reversal 5000.00. The plan of 9000.00
            // has 3000.00 due on 30 October and 6000.00 pending. Late charges: RS-002 owed 940.00 and RS-003
            // owed 21500.00 + 6000.00 - 9000.00 = 18500.00 at the due date, so 10% of 1540 = 154 and of 21500 =
            // 2150. RS-001 paid 3035.00 on time. Total: 1000 + 25075 + 2304 + 6000 - 8035 - 100 + 5000 - 6000.
            assertThat(balances).isEqualByComparingTo("25244.00");
        }
    }

    /** Sums the opening_balance column of the dataset's consumers.csv, straight from the file. */
    private static BigDecimal openingBalancesInFile() throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        BigDecimal total = BigDecimal.ZERO;
        try (Reader reader = Files.newBufferedReader(Riverside.DATA.resolve("consumers.csv"));
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                total = total.add(new BigDecimal(record.get("opening_balance")));
            }
        }
        return total;
    }

    private static BigDecimal sum(JdbcClient jdbc, String sql) {
        BigDecimal value = jdbc.sql(sql).query(BigDecimal.class).optional().orElse(null);
        return value == null ? BigDecimal.ZERO : value;
    }
}
