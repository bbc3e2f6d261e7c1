package org.smartcbs.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcbs.cli.Launcher;
import org.smartcbs.consumers.ConnectionRequests;
import org.smartcbs.consumers.ConsumerStatus;
import org.smartcbs.readings.ReadingRow;
import org.smartcbs.readings.ReadingUploadMode;
import org.smartcbs.readings.Readings;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Final bills of disconnected connections. The run after a disconnection bills the units up to the final reading,
 * and later runs leave the connection out. RS-001 is on the Riverside residential tariff: 10.00 a unit up to 100,
 * 15.00 to 200, 20.00 above, a fixed 100 and 10% tax.
 */
class FinalBillsTest {

    private static final BillingScope RS_001 = new BillingScope(BillingScope.Type.CONSUMER, "RS-001");

    @TempDir
    Path dataDir;

    /**
     * October bills RS-001 up to 1150 on 5 October. Its final reading of 1230 on 5 November is taken before the
     * disconnection is approved, so November bills 80 units: 80 x 10 = 800.00, + 100 = 900.00, tax 90.00, 990.00.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void disconnectedConsumerGetsFinalBillOnce(TestDatabase database) {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 10));
        try (ConfigurableApplicationContext app = start(database, clock, "SKIP")) {
            Readings readings = app.getBean(Readings.class);
            BillRuns runs = app.getBean(BillRuns.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            readings.upload(Riverside.DATA.resolve("readings-2026-10.csv"), ReadingUploadMode.TAKE_VALID_ROWS);
            assertThat(runs.run(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 10), BillingScope.all()).bills())
                    .isEqualTo(3);

            clock.moveTo(LocalDate.of(2026, 11, 5));
            assertThat(readings.upload(Riverside.DATA.resolve("readings-2026-11.csv"),
                    ReadingUploadMode.ALL_OR_NOTHING).taken()).isEqualTo(3);
            disconnect(app, "RS-001", LocalDate.of(2026, 11, 5));

            clock.moveTo(LocalDate.of(2026, 11, 10));
            BillRunResult november = runs.run(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 10),
                    BillingScope.all());
            assertThat(november.bills()).isEqualTo(3);
            assertThat(november.exceptions()).extracting(BillRunException::consumerNo).containsExactly("RS-006");
            assertThat(billOf(jdbc, "RS-001", "2026-11", "current_charges", BigDecimal.class))
                    .isEqualByComparingTo("990.00");
            assertThat(billOf(jdbc, "RS-001", "2026-11", "units", BigDecimal.class)).isEqualByComparingTo("80");
            assertThat(billOf(jdbc, "RS-001", "2026-11", "period_end", LocalDate.class))
                    .isEqualTo(LocalDate.of(2026, 11, 5));
            assertThat(billOf(jdbc, "RS-001", "2026-11", "status", String.class)).isEqualTo("ISSUED");
            assertThat(billOf(jdbc, "RS-001", "2026-11", "estimated", Boolean.class)).isFalse();
            assertThat(billOf(jdbc, "RS-001", "2026-11", "due_date", LocalDate.class))
                    .isEqualTo(billOf(jdbc, "RS-002", "2026-11", "due_date", LocalDate.class));
            assertThat(jdbc.sql("select amount from bill_line l join bill b on b.id = l.bill_id join consumer c"
                    + " on c.id = b.consumer_id where c.consumer_no = 'RS-001' and b.billing_month = '2026-11'"
                    + " and l.code = 'FC'").query(BigDecimal.class).single()).isEqualByComparingTo("100");
            assertThat(jdbc.sql("select amount from ledger_entry e join consumer c on c.id = e.consumer_id"
                    + " where c.consumer_no = 'RS-001' and e.entry_type = 'BILL' order by e.entry_date")
                    .query(BigDecimal.class).list()).extracting(BigDecimal::toPlainString)
                    .containsExactly("2035.00", "990.00");

            // December has no reading after the final one, so RS-001 is neither billed nor an exception.
            clock.moveTo(LocalDate.of(2026, 12, 10));
            BillRunResult december = runs.run(YearMonth.of(2026, 12), LocalDate.of(2026, 12, 10),
                    BillingScope.all());
            assertThat(december.bills()).isZero();
            assertThat(december.exceptions()).extracting(BillRunException::consumerNo)
                    .containsExactly("RS-002", "RS-003", "RS-006");
            assertThat(jdbc.sql("select count(*) from bill b join consumer c on c.id = b.consumer_id"
                    + " where c.consumer_no = 'RS-001'").query(Long.class).single()).isEqualTo(2);
        }
    }

    /**
     * With a reading window from the 6th to the 9th, the readings of 5 November are before November's window. The
     * active connections are listed for it, but RS-001's final reading is billed: 80 units, 990.00 as above.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void finalReadingBeforeWindowIsBilled(TestDatabase database) {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 10));
        try (ConfigurableApplicationContext app = start(database, clock, "SKIP")) {
            Readings readings = app.getBean(Readings.class);
            BillRuns runs = app.getBean(BillRuns.class);
            readings.upload(Riverside.DATA.resolve("readings-2026-10.csv"), ReadingUploadMode.TAKE_VALID_ROWS);
            assertThat(runs.run(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 10), BillingScope.all()).bills())
                    .isEqualTo(3);
            clock.moveTo(LocalDate.of(2026, 11, 5));
            readings.upload(Riverside.DATA.resolve("readings-2026-11.csv"), ReadingUploadMode.ALL_OR_NOTHING);
            disconnect(app, "RS-001", LocalDate.of(2026, 11, 5));
            app.getBean(BillSettings.class).define(new BillSettingsDefinition(null, LocalDate.of(2026, 11, 1),
                    "DAYS_AFTER_ISSUE", 14, 0, "", false, "PERCENT_OF_CURRENT_CHARGES", new BigDecimal("10"), null,
                    null, 0, 2, 6, 9, null), Riverside.ADMIN);

            clock.moveTo(LocalDate.of(2026, 11, 10));
            BillRunResult november = runs.run(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 10),
                    BillingScope.all());

            assertThat(november.bills()).isEqualTo(1);
            assertThat(november.exceptions()).extracting(BillRunException::consumerNo)
                    .containsExactly("RS-002", "RS-003", "RS-006");
            assertThat(billOf(app.getBean(JdbcClient.class), "RS-001", "2026-11", "current_charges",
                    BigDecimal.class)).isEqualByComparingTo("990.00");
        }
    }

    /**
     * RS-001 reads 100, 120 and 140 units in October, November and December, enough actual periods to estimate
     * January. Disconnected in January without a final reading, it gets no estimate and is no exception.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void disconnectedWithoutReadingIsNotEstimated(TestDatabase database) {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 1));
        try (ConfigurableApplicationContext app = start(database, clock, "ESTIMATE")) {
            billWithReading(app, clock, YearMonth.of(2026, 10), 1100L);
            billWithReading(app, clock, YearMonth.of(2026, 11), 1220L);
            billWithReading(app, clock, YearMonth.of(2026, 12), 1360L);
            disconnect(app, "RS-001", LocalDate.of(2027, 1, 3));

            clock.moveTo(LocalDate.of(2027, 1, 10));
            BillRunResult january = app.getBean(BillRuns.class).run(YearMonth.of(2027, 1), LocalDate.of(2027, 1, 10),
                    RS_001);

            assertThat(january.bills()).isZero();
            assertThat(january.exceptions()).isEmpty();
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from reading where kind = 'ESTIMATED'").query(Long.class).single())
                    .isZero();
            assertThat(jdbc.sql("select count(*) from bill").query(Long.class).single()).isEqualTo(3);
        }
    }

    /**
     * January is estimated at the average of 100, 120 and 140 units: 120 units, 100 x 10 + 20 x 15 = 1300.00,
     * + 100 = 1400.00, tax 140.00, 1540.00. The final reading of 1500 on 8 January is entered after that run, and
     * February bills the 140 units since December: 100 x 10 + 40 x 15 = 1600.00, + 100 = 1700.00, tax 170.00,
     * 1870.00, less the 1540.00 estimated, 330.00.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void finalReadingAfterEstimateTruesItUp(TestDatabase database) {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 1));
        try (ConfigurableApplicationContext app = start(database, clock, "ESTIMATE")) {
            BillRuns runs = app.getBean(BillRuns.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            billWithReading(app, clock, YearMonth.of(2026, 10), 1100L);
            billWithReading(app, clock, YearMonth.of(2026, 11), 1220L);
            billWithReading(app, clock, YearMonth.of(2026, 12), 1360L);
            clock.moveTo(LocalDate.of(2027, 1, 10));
            assertThat(runs.run(YearMonth.of(2027, 1), LocalDate.of(2027, 1, 10), RS_001).bills()).isEqualTo(1);
            assertThat(billOf(jdbc, "RS-001", "2027-01", "estimated", Boolean.class)).isTrue();
            assertThat(billOf(jdbc, "RS-001", "2027-01", "current_charges", BigDecimal.class))
                    .isEqualByComparingTo("1540.00");

            clock.moveTo(LocalDate.of(2027, 1, 12));
            app.getBean(Readings.class).enter(List.of(new ReadingRow(1, "MR-1", LocalDate.of(2027, 1, 8), 1500L, null,
                    null)), ReadingUploadMode.ALL_OR_NOTHING, Riverside.READER);
            disconnect(app, "RS-001", LocalDate.of(2027, 1, 12));
            clock.moveTo(LocalDate.of(2027, 2, 10));
            BillRunResult february = runs.run(YearMonth.of(2027, 2), LocalDate.of(2027, 2, 10), RS_001);

            assertThat(february.bills()).isEqualTo(1);
            assertThat(billOf(jdbc, "RS-001", "2027-02", "estimated", Boolean.class)).isFalse();
            assertThat(billOf(jdbc, "RS-001", "2027-02", "current_charges", BigDecimal.class))
                    .isEqualByComparingTo("330.00");
        }
    }

    private ConfigurableApplicationContext start(TestDatabase database, TestClock clock, String missingReadings) {
        Map<String, String> properties = new HashMap<>(database.properties());
        properties.put("smartcbs.billing.missing-readings", missingReadings);
        ConfigurableApplicationContext app = Launcher.open(dataDir, clock, WebApplicationType.NONE, properties);
        Riverside.importRegistry(app);
        return app;
    }

    /** Enters MR-1's reading on the 5th of the month and runs the month for RS-001 on the 10th. */
    private static void billWithReading(ConfigurableApplicationContext app, TestClock clock, YearMonth month,
            long register) {
        clock.moveTo(month.atDay(10));
        app.getBean(Readings.class).enter(List.of(new ReadingRow(1, "MR-1", month.atDay(5), register, null, null)),
                ReadingUploadMode.ALL_OR_NOTHING, Riverside.READER);
        assertThat(app.getBean(BillRuns.class).run(month, month.atDay(10), RS_001).bills()).isEqualTo(1);
    }

    /** Requests the disconnection as one billing officer and approves it as the other. */
    private static void disconnect(ConfigurableApplicationContext app, String consumerNo, LocalDate effectiveOn) {
        ConnectionRequests requests = app.getBean(ConnectionRequests.class);
        long id = requests.request(consumerNo, ConnectionRequests.Kind.DISCONNECT, "consumer moved out",
                effectiveOn, Riverside.OFFICER);
        assertThat(requests.approve(id, Riverside.SECOND_OFFICER).status()).isEqualTo(ConsumerStatus.DISCONNECTED);
    }

    private static <T> T billOf(JdbcClient jdbc, String consumerNo, String month, String column, Class<T> type) {
        return jdbc.sql("select b." + column + " from bill b join consumer c on c.id = b.consumer_id"
                + " where c.consumer_no = ? and b.billing_month = ?").params(consumerNo, month).query(type).single();
    }
}
