package org.smartcbs.readings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcbs.billing.BillRunResult;
import org.smartcbs.billing.BillRuns;
import org.smartcbs.billing.BillingScope;
import org.smartcbs.cli.DemoFixture;
import org.smartcbs.core.rows.ImportResult;
import org.smartcbs.core.rows.RowRejection;
import org.smartcbs.meters.Meters;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The checks that make a reading fit to bill, on uploads and on readings typed in. */
class ReadingChecksTest {

    @TempDir
    Path dataDir;

    /** Every fault typed into the November sheet gets its own row message, and the valid rows are taken. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void novemberSheetFaultsAreReportedByRow(TestDatabase database) {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 10));
        try (ConfigurableApplicationContext app = database.start(dataDir, clock)) {
            DemoFixture.importGreenValleyRegistry(app);
            Readings readings = app.getBean(Readings.class);
            readings.upload(DemoFixture.GREEN_VALLEY.resolve("readings-2026-10.xlsx"), ReadingUploadMode.TAKE_VALID_ROWS);
            clock.moveTo(LocalDate.of(2026, 11, 10));

            ImportResult november = readings.upload(DemoFixture.GREEN_VALLEY.resolve("readings-2026-11.xlsx"),
                    ReadingUploadMode.TAKE_VALID_ROWS);

            assertThat(november.rejections()).extracting(RowRejection::message).containsExactly(
                    "row 42, Meter No \"M999999\": meter M999999 is not in the meter register",
                    "row 52, meter M400256, Current Reading: \"-35\" is negative",
                    "row 62, meter M400307, Current Reading: \"N/A\" is not a number",
                    "row 72, meter M400358, Reading Date \"2027-01-15\": is in the future (today is 2026-11-10)",
                    "row 341, meter Total rows, Reading Date: the cell is empty");
            assertThat(november.taken()).isEqualTo(332);
            assertThat(november.skipped()).isEqualTo(1);
            assertThat(latestValue(app, "M400039")).isEqualTo(48061);
            assertThat(latestValue(app, "M400068")).isEqualTo(48739);
            assertThat(app.getBean(JdbcClient.class).sql("select count(*) from reading r join meter m on m.id ="
                    + " r.meter_id where m.serial = 'M400051' and r.reading_date = ?").param(LocalDate.of(2026, 11, 5))
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(app.getBean(JdbcClient.class).sql("select remark from reading r join meter m on m.id ="
                    + " r.meter_id where m.serial = 'M400071' and r.kind = 'ACTUAL' and r.reading_date > ?")
                    .param(LocalDate.of(2026, 10, 31)).query(String.class).single())
                    .isEqualTo("meter glass broken, reading estimated by reader");

            ImportResult again = readings.upload(DemoFixture.GREEN_VALLEY.resolve("readings-2026-11.xlsx"),
                    ReadingUploadMode.TAKE_VALID_ROWS);
            assertThat(again.taken()).isZero();
            assertThat(again.skipped()).isEqualTo(333);
        }
    }

    @Test
    void allOrNothingWritesNothingWhenARowFails() {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 10));
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            ImportResult result = app.getBean(Readings.class).upload(Riverside.DATA.resolve("readings-2026-10.csv"),
                    ReadingUploadMode.ALL_OR_NOTHING);

            assertThat(result.committed()).isFalse();
            assertThat(result.rejections()).extracting(RowRejection::message)
                    .containsExactly("row 5, Meter No \"MR-5\": meter MR-5 is not assigned to an active consumer");
            assertThat(app.getBean(JdbcClient.class).sql("select count(*) from reading where kind = 'ACTUAL'")
                    .query(Long.class).single()).isZero();
        }
    }

    /**
     * MR-2 reads 99950 on 5 September; 00070 on 5 October is a rollover of 120 units. On 5 November 99990 would be a
     * "rollover" of 99920 steps, not plausible, so it is held; the officer corrects it to 00090, 20 units.
     */
    @Test
    void implausibleRolloverIsHeldAndCorrectedOnReview() {
        TestClock clock = new TestClock(LocalDate.of(2026, 11, 10));
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            Readings readings = app.getBean(Readings.class);
            ImportResult entered = readings.enter(List.of(
                    new ReadingRow(1, "MR-2", LocalDate.of(2026, 10, 5), 70, "Raza", null),
                    new ReadingRow(2, "MR-2", LocalDate.of(2026, 11, 5), 50, "Raza", "dial hard to read"),
                    new ReadingRow(3, "MR-1", LocalDate.of(2026, 9, 1), 900, "Raza", null),
                    new ReadingRow(4, "MR-1", LocalDate.of(2026, 10, 5), 1000, "Raza", null)),
                    ReadingUploadMode.TAKE_VALID_ROWS, Riverside.READER);

            assertThat(entered.rejections()).extracting(RowRejection::message).containsExactly(
                    "row 3, meter MR-1, Reading Date \"2026-09-01\": is not after the previous reading on 2026-09-05");
            long meter = app.getBean(Meters.class).findBySerial("MR-2").orElseThrow().id();
            Reading held = readings.held(meter).get(0);
            assertThat(held.holdReason()).contains("fell from 70 to 50");
            Reading zero = readings.held(app.getBean(Meters.class).findBySerial("MR-1").orElseThrow().id()).get(0);
            assertThat(zero.holdReason()).isEqualTo("zero consumption");

            BillRunResult withHeld = app.getBean(BillRuns.class).run(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 10),
                    new BillingScope(BillingScope.Type.CONSUMER, "RS-001"));
            assertThat(withHeld.exceptions()).extracting(e -> e.reason())
                    .containsExactly("the reading of meter MR-1 is held for review");

            assertThatThrownBy(() -> readings.review(held.id(), Readings.Review.ACCEPT, null, Riverside.READER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("METER_READER");
            Reading corrected = readings.review(held.id(), Readings.Review.CORRECT, 90L, Riverside.OFFICER);
            assertThat(corrected.status()).isEqualTo("ACCEPTED");
            assertThat(corrected.consumption()).isEqualByComparingTo(new BigDecimal("20"));
            assertThat(readings.review(zero.id(), Readings.Review.REJECT, null, Riverside.OFFICER).status())
                    .isEqualTo("REJECTED");
        }
    }

    /** MR-1 last read 1,000 on 5 September; 1,000 again on 5 October is zero consumption, so it is held. */
    @Test
    void heldReadingReviewedByAnotherEmployee() {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 10));
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            Readings readings = app.getBean(Readings.class);
            readings.enter(List.of(new ReadingRow(1, "MR-1", LocalDate.of(2026, 10, 5), 1000, null, "house locked")),
                    ReadingUploadMode.TAKE_VALID_ROWS, Riverside.OFFICER);
            Reading held = readings.held(app.getBean(Meters.class).findBySerial("MR-1").orElseThrow().id()).get(0);

            assertThatThrownBy(() -> readings.review(held.id(), Readings.Review.ACCEPT, null, Riverside.OFFICER))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("bilal asked for the review of reading " + held.id() + " and so cannot decide on it;"
                            + " another employee must approve or reject it");
            Reading accepted = readings.review(held.id(), Readings.Review.ACCEPT, null, Riverside.SECOND_OFFICER);
            assertThat(accepted.status()).isEqualTo("ACCEPTED");
            assertThat(accepted.remark()).isEqualTo("house locked");
        }
    }

    /** With three earlier consumptions of 100 units, 400 units is more than three times the average: held. */
    @Test
    void consumptionFarAboveTheAverageIsHeld() {
        TestClock clock = new TestClock(LocalDate.of(2027, 1, 10));
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            Readings readings = app.getBean(Readings.class);
            readings.enter(List.of(
                    new ReadingRow(1, "MR-1", LocalDate.of(2026, 10, 5), 1100, null, null),
                    new ReadingRow(2, "MR-1", LocalDate.of(2026, 11, 5), 1200, null, null),
                    new ReadingRow(3, "MR-1", LocalDate.of(2026, 12, 5), 1300, null, null),
                    new ReadingRow(4, "MR-1", LocalDate.of(2027, 1, 5), 1700, null, null)),
                    ReadingUploadMode.TAKE_VALID_ROWS, Riverside.READER);

            List<Reading> held = readings.held(app.getBean(Meters.class).findBySerial("MR-1").orElseThrow().id());
            assertThat(held).hasSize(1);
            assertThat(held.get(0).registerValue()).isEqualTo(1700);
            assertThat(held.get(0).holdReason()).isEqualTo("consumption 400 is more than 3 times the average 100");
        }
    }

    private static long latestValue(ConfigurableApplicationContext app, String serial) {
        return app.getBean(JdbcClient.class).sql("select r.register_value from reading r join meter m on m.id ="
                + " r.meter_id where m.serial = ? order by r.reading_date desc limit 1").param(serial)
                .query(Long.class).single();
    }
}
