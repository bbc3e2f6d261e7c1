package org.smartcbs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.ledger.Ledger;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The billing cycle on the hand-worked Riverside dataset. Every expected figure is worked out below from the
 * dataset's files, independently of the code.
 *
 * <p>October (run 2026-10-10, due 2026-10-24):
 * <ul>
 * <li>RS-001, MR-1 1000 to 1150: 150 units, telescopic 100 x 10.00 + 50 x 15.00 = 1750.00, fixed 100 gives
 * 1850.00, tax 10% of the subtotal 185.00, total 2035.00 (already whole).
 * <li>RS-002, MR-2 99950 to 00070 on five digits rolls over: 120 units, 1000.00 + 20 x 15.00 = 1300.00, + 100 =
 * 1400.00, tax 140.00, total 1540.00.
 * <li>RS-003, MR-3 500 to 800 with multiplier 2: 600 units, non-telescopic all at 35.00 = 21000.00, + 500 =
 * 21500.00.
 * <li>MR-5 belongs to a disconnected consumer: its row is rejected. RS-004 is pending and RS-006 has no meter.
 * </ul>
 * October: 3 bills, 2035 + 1540 + 21500 = 25075.00, 1 rejected row.
 *
 * <p>Payments (imported 2026-11-01): P1 3035.00, P2 1040.00, P3 20000.00 and P7 200.00 are taken (24275.00); the
 * repeated P3, the unknown RS-999 and P6 dated after today are rejected.
 *
 * <p>Late charges as of 2026-10-25: RS-001 owed 1000 + 2035 and paid 3035 by the due date, so none. RS-002 owed
 * -500 + 1540 = 1040 but paid on 2026-10-25, after the due date: 10% of 1540 = 154. RS-003 owed 21500 and paid
 * 20000 by the due date: 10% of 21500 = 2150. Two charges, 2304.00.
 *
 * <p>November (run 2026-11-10): RS-001 80 units = 800 + 100 = 900, tax 90, 990.00. RS-002 200 units = 1000 + 1500
 * + 100 = 2600, tax 260, 2860.00. RS-003 250 x 2 = 500 units, at the first slab's 30.00 = 15000 + 500 = 15500.00.
 * Three bills, 19350.00.
 *
 * <p>Receivables: openings 1000 - 500 + 200 + 300 = 1000, + 25075 + 2304 + 19350 - 24275 = 23454.00.
 */
class RiversideCycleTest {

    private static final Path RIVERSIDE = Path.of("src/test/resources/datasets/riverside");

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void cycleGivesHandWorkedFigures(TestDatabase database) {
        StepClock clock = new StepClock();
        try (ConfigurableApplicationContext app = database.start(dataDir, clock)) {
            DemoCycle.Result result = new DemoCycle(app, clock).run(RIVERSIDE);

            DemoCycle.MonthResult october = result.months().get(0);
            assertThat(october.month()).isEqualTo(YearMonth.of(2026, 10));
            assertThat(october.bills()).isEqualTo(3);
            assertThat(october.rejectedRows()).isEqualTo(1);
            assertThat(october.currentCharges()).hasToString("25075.00");

            assertThat(result.payments().taken()).isEqualTo(4);
            assertThat(result.payments().rejectedRows()).isEqualTo(3);
            assertThat(result.paymentsTotal()).hasToString("24275.00");

            assertThat(result.lateCharges().count()).isEqualTo(2);
            assertThat(result.lateCharges().total()).hasToString("2304.00");

            DemoCycle.MonthResult november = result.months().get(1);
            assertThat(november.bills()).isEqualTo(3);
            assertThat(november.rejectedRows()).isZero();
            assertThat(november.currentCharges()).hasToString("19350.00");

            assertThat(result.receivables()).hasToString("23454.00");
            assertBalance(app, "RS-001", "990.00");
            assertBalance(app, "RS-002", "3014.00");
            assertBalance(app, "RS-003", "19150.00");
            assertBalance(app, "RS-004", "0.00");
            assertBalance(app, "RS-005", "300.00");
            assertBalance(app, "RS-006", "0.00");
        }
    }

    private static void assertBalance(ConfigurableApplicationContext app, String consumerNo, String expected) {
        long id = app.getBean(Consumers.class).require(consumerNo).id();
        assertThat(app.getBean(Ledger.class).balance(id)).as(consumerNo).hasToString(expected);
    }
}
