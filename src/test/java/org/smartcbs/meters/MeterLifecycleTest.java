package org.smartcbs.meters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcbs.billing.BillRunResult;
import org.smartcbs.billing.BillRuns;
import org.smartcbs.billing.BillingScope;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.readings.ReadingUploadMode;
import org.smartcbs.readings.Readings;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Meter assignment with approval, and a replacement billed on both meters. */
class MeterLifecycleTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void assignmentNeedsASecondEmployee(TestDatabase database) {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 1));
        try (ConfigurableApplicationContext app = database.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            MeterAssignments assignments = app.getBean(MeterAssignments.class);

            long request = assignments.request("MR-6", "RS-006", LocalDate.of(2026, 10, 1), 0, Riverside.OFFICER);

            assertThatThrownBy(() -> assignments.approve(request, Riverside.OFFICER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot decide");
            assertThatThrownBy(() -> assignments.approve(request, Riverside.READER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("METER_READER");
            assertThatThrownBy(() -> assignments.request("MR-6", "RS-006", LocalDate.of(2026, 10, 1), 0,
                    Riverside.SECOND_OFFICER)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is requested for consumer RS-006");

            assignments.approve(request, Riverside.SECOND_OFFICER);
            long consumerId = app.getBean(Consumers.class).require("RS-006").id();
            assertThat(app.getBean(Meters.class).activeMeterOf(consumerId)).map(Meter::serial).hasValue("MR-6");
            assertThatThrownBy(() -> assignments.approve(request, Riverside.ADMIN))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("APPROVED already");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "H2")
    void faultyMeterCannotBeAssigned(TestDatabase database) {
        try (ConfigurableApplicationContext app = database.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            Meters meters = app.getBean(Meters.class);
            MeterAssignments assignments = app.getBean(MeterAssignments.class);

            assertThatThrownBy(() -> meters.reportFaulty("MR-1", Riverside.READER))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("meter MR-1 serves consumer RS-001; replace it first, then report it faulty");
            assertThatThrownBy(() -> meters.reportFaulty("MR-6", Riverside.CASHIER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CASHIER");
            assertThat(meters.reportFaulty("MR-6", Riverside.READER).status()).isEqualTo("FAULTY");
            assertThatThrownBy(() -> assignments.request("MR-6", "RS-006", LocalDate.of(2026, 10, 1), 0,
                    Riverside.OFFICER)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("meter MR-6 is FAULTY, not in stock");
        }
    }

    /**
     * RS-001's meter MR-1 is billed for October up to 4,520. On 20 October it is replaced: the old meter ends at
     * 4,610 (90 units) and the new one MR-6 runs from 0 to 140 by 5 November (140 units), 230 units in all. On the
     * residential tariff, telescopic: 100 x 10 + 100 x 15 + 30 x 20 = 3100.00, the fixed charge 100 once gives
     * 3200.00, tax 10% is 320.00, total 3520.00.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void replacementIsBilledOnBothMeters(TestDatabase database) throws Exception {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 10));
        try (ConfigurableApplicationContext app = database.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            Readings readings = app.getBean(Readings.class);
            Path october = dataDir.resolve("readings-2026-10.csv");
            Files.writeString(october, "Meter No,Reading Date,Current Reading\nMR-1,05/10/2026,4520\n");
            readings.upload(october, ReadingUploadMode.ALL_OR_NOTHING);
            BillRuns runs = app.getBean(BillRuns.class);
            runs.run(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 10), new BillingScope(BillingScope.Type.CONSUMER,
                    "RS-001"));

            clock.moveTo(LocalDate.of(2026, 10, 20));
            MeterAssignments assignments = app.getBean(MeterAssignments.class);
            long replacement = assignments.requestReplacement("RS-001", "MR-6", 4610, 0, LocalDate.of(2026, 10, 20),
                    Riverside.OFFICER);
            assertThatThrownBy(() -> assignments.approve(replacement, Riverside.OFFICER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot decide");
            assertThat(app.getBean(Meters.class).findBySerial("MR-1")).map(Meter::status).hasValue("INSTALLED");
            assignments.approve(replacement, Riverside.SECOND_OFFICER);
            clock.moveTo(LocalDate.of(2026, 11, 10));
            Path november = dataDir.resolve("readings-2026-11.csv");
            Files.writeString(november, "Meter No,Reading Date,Current Reading\nMR-6,05/11/2026,140\n");
            readings.upload(november, ReadingUploadMode.ALL_OR_NOTHING);
            BillRunResult result = runs.run(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 10),
                    new BillingScope(BillingScope.Type.CONSUMER, "RS-001"));

            assertThat(result.bills()).isEqualTo(1);
            assertThat(result.currentCharges()).hasToString("3520.00");
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select units from bill where billing_month = '2026-11'").query(java.math.BigDecimal.class)
                    .single()).isEqualByComparingTo("230");
            assertThat(jdbc.sql("select count(*) from bill_line l join bill b on b.id = l.bill_id"
                    + " where b.billing_month = '2026-11' and l.code = 'FC'").query(Long.class).single()).isEqualTo(1);
            assertThat(app.getBean(Meters.class).findBySerial("MR-1")).map(Meter::status).hasValue("REMOVED");
        }
    }

    @Test
    void importRejectsOddMeterRows() throws Exception {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            Path file = dataDir.resolve("odd-meters.csv");
            // Today is 2026-10-01. MX-5 is the one valid row: installed and read on the same day, phase in
            // small letters.
            Files.writeString(file, """
                    meter_serial,make,phase,register_digits,multiplier,installed_on,consumer_no,last_reading,last_reading_date
                    MX-1,Hexing,QUAD,5,1,2021-01-01,,100,2026-09-01
                    MX-2,Hexing,SINGLE,5,1,2026-10-02,,100,2026-09-01
                    MX-3,Hexing,THREE,5,1,2026-09-15,,100,2026-09-01
                    MX-4,Hexing,SINGLE,5,1,2021-01-01,,100,2026-02-30
                    MX-5,Hexing,three,5,1,2026-09-01,,100,2026-09-01
                    """);
            Meters meters = app.getBean(Meters.class);

            var result = meters.importFile(file);

            assertThat(result.committed()).isFalse();
            assertThat(result.rejections()).extracting(r -> r.message()).containsExactly(
                    "row 2, phase \"QUAD\": is not a phase; write SINGLE or THREE, or leave it blank",
                    "row 3, installed_on \"2026-10-02\": is after today, 2026-10-01; write the day the meter was"
                            + " installed",
                    "row 3, installed_on \"2026-10-02\": is after last_reading_date 2026-09-01; a meter is read on or"
                            + " after the day it is installed",
                    "row 4, installed_on \"2026-09-15\": is after last_reading_date 2026-09-01; a meter is read on or"
                            + " after the day it is installed",
                    "row 5, last_reading_date \"2026-02-30\": is not a valid date; write YYYY-MM-DD");
            assertThat(meters.findBySerial("MX-5")).isEmpty();
        }
    }
}
