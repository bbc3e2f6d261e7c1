package org.smartcbs.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.cli.Launcher;
import org.smartcbs.readings.ReadingRow;
import org.smartcbs.readings.ReadingUploadMode;
import org.smartcbs.readings.Readings;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Estimated bills for missing readings, at most two in a row, trued up on the next actual reading. RS-001 is on
 * the Riverside residential tariff: 10.00 a unit up to 100, 15.00 to 200, 20.00 above, a fixed 100 and 10% tax.
 */
class EstimatedBillsTest {

    private static final BillingScope RS_001 = new BillingScope(BillingScope.Type.CONSUMER, "RS-001");

    @TempDir
    Path dataDir;

    @Test
    void twoEstimatesThenTrueUp() {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 1));
        try (ConfigurableApplicationContext app = Launcher.open(dataDir, clock, WebApplicationType.NONE,
                Map.of("smartcbs.billing.missing-readings", "ESTIMATE"))) {
            Riverside.importRegistry(app);
            // MR-1 starts at 1000: 100, 120 and 140 units read in October, November and December.
            bill(app, clock, 2026, 10, 1100L);
            bill(app, clock, 2026, 11, 1220L);
            bill(app, clock, 2026, 12, 1360L);

            // January and February have no reading: (100 + 120 + 140) / 3 = 120 units each, priced 100 x 10 +
            // 20 x 15 = 1300.00, + 100 = 1400.00, tax 140.00, 1540.00.
            BillRunResult january = bill(app, clock, 2027, 1, null);
            BillRunResult february = bill(app, clock, 2027, 2, null);
            assertThat(january.currentCharges()).hasToString("1540.00");
            assertThat(february.currentCharges()).hasToString("1540.00");
            // A third month without a reading is not estimated.
            BillRunResult march = bill(app, clock, 2027, 3, null);
            assertThat(march.bills()).isZero();
            assertThat(march.exceptions()).extracting(BillRunException::reason).singleElement().asString()
                    .contains("last 2 bills were estimated");

            // April's reading 1660 is 300 units since December's actual 1360: 100 x 10 + 100 x 15 + 100 x 20 =
            // 4500.00, + 100 = 4600.00, tax 460.00, 5060.00, less the two estimates' 3080.00: 1980.00.
            BillRunResult april = bill(app, clock, 2027, 4, 1660L);
            assertThat(april.currentCharges()).hasToString("1980.00");

            JdbcClient jdbc = app.getBean(JdbcClient.class);
            List<Boolean> estimated = jdbc.sql("select estimated from bill order by billing_month").query(Boolean.class)
                    .list();
            assertThat(estimated).containsExactly(false, false, false, true, true, false);
            assertThat(jdbc.sql("select amount from bill_line l join bill b on b.id = l.bill_id where"
                    + " b.billing_month = '2027-04' and l.code = 'ESTIMATED_BILLS'").query(BigDecimal.class).single())
                    .isEqualByComparingTo("-3080.00");
        }
    }

    private static BillRunResult bill(ConfigurableApplicationContext app, TestClock clock, int year, int month,
            Long register) {
        LocalDate runDate = LocalDate.of(year, month, 10);
        clock.moveTo(runDate);
        if (register != null) {
            app.getBean(Readings.class).enter(List.of(new ReadingRow(1, "MR-1", LocalDate.of(year, month, 5),
                    register, null, null)), ReadingUploadMode.ALL_OR_NOTHING, Riverside.READER);
        }
        return app.getBean(BillRuns.class).run(YearMonth.of(year, month), runDate, RS_001);
    }
}
