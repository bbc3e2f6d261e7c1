package org.smartcbs.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.core.rows.InvalidFileException;
import org.smartcbs.core.tariff.Quote;
import org.smartcbs.core.tariff.TariffPricer;
import org.smartcbs.readings.ReadingUploadMode;
import org.smartcbs.readings.Readings;
import org.smartcbs.tariffs.TariffFile;
import org.smartcbs.tariffs.TariffVersion;
import org.smartcbs.tariffs.TariffVersions;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A tariff change inside a billing period, the stored version of each bill, and export of a version. */
class TariffChangeBillingTest {

    @TempDir
    Path dataDir;

    /**
     * RS-001's period runs from 5 September to 5 October, 30 days. A new commercial-style flat tariff takes effect
     * on 20 September: the first version prices 15 days, the second 15. 150 units split by days are 75 and 75.
     * Version 1: 10.00 a unit and a fixed 100 a month; version 2: 12.00 a unit and a fixed 130. Energy 75 x 10 =
     * 750.00 and 75 x 12 = 900.00; the fixed charges are prorated by days, 100 x 15/30 = 50.00 and 130 x 15/30 =
     * 65.00. Total 1765.00.
     */
    @Test
    void periodSpanningTwoVersionsIsPricedInParts() throws Exception {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 10));
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            TariffVersions tariffs = app.getBean(TariffVersions.class);
            tariffs.importFile(flat("2026-01-01", "10.00", "100"), "RESIDENTIAL");
            tariffs.importFile(flat("2026-09-20", "12.00", "130"), "RESIDENTIAL");
            app.getBean(Readings.class).upload(Riverside.DATA.resolve("readings-2026-10.csv"),
                    ReadingUploadMode.TAKE_VALID_ROWS);

            BillRunResult run = app.getBean(BillRuns.class).run(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 10),
                    new BillingScope(BillingScope.Type.CONSUMER, "RS-001"));

            assertThat(run.currentCharges()).hasToString("1765.00");
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            List<String> descriptions = jdbc.sql("select description from bill_line order by line_no")
                    .query(String.class).list();
            assertThat(descriptions).anyMatch(d -> d.startsWith("from 2026-09-05: "));
            assertThat(descriptions).anyMatch(d -> d.startsWith("from 2026-09-20: "));
            long versionId = jdbc.sql("select tariff_version_id from bill").query(Long.class).single();
            assertThat(tariffs.findById(versionId)).map(TariffVersion::effectiveFrom)
                    .hasValue(LocalDate.of(2026, 9, 20));
        }
    }

    /** Any issued bill priced again from its stored units, days and version gives the same lines and total. */
    @Test
    void storedBillIsPricedAgainIdentically() {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 10));
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            app.getBean(Readings.class).upload(Riverside.DATA.resolve("readings-2026-10.csv"),
                    ReadingUploadMode.TAKE_VALID_ROWS);
            app.getBean(BillRuns.class).run(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 10), BillingScope.all());
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            TariffVersions tariffs = app.getBean(TariffVersions.class);

            for (long billId : jdbc.sql("select id from bill").query(Long.class).list()) {
                var stored = jdbc.sql("select units, period_start, period_end, tariff_version_id, current_charges"
                        + " from bill where id = ?").param(billId).query().singleRow();
                TariffVersion version = tariffs.findById(((Number) stored.get("tariff_version_id")).longValue())
                        .orElseThrow();
                int days = (int) java.time.temporal.ChronoUnit.DAYS.between(
                        toDate(stored.get("period_start")), toDate(stored.get("period_end")));
                Quote again = TariffPricer.price(version.tariff(), new BigDecimal(stored.get("units").toString()),
                        days);

                assertThat(again.total()).isEqualByComparingTo(new BigDecimal(stored.get("current_charges").toString()));
                List<BigDecimal> amounts = jdbc.sql("select amount from bill_line where bill_id = ? order by line_no")
                        .param(billId).query(BigDecimal.class).list();
                assertThat(amounts).hasSameSizeAs(again.lines());
                for (int i = 0; i < amounts.size(); i++) {
                    assertThat(amounts.get(i)).isEqualByComparingTo(again.lines().get(i).amount());
                }
            }
        }
    }

    @Test
    void exportedVersionImportsAsTheSameTariff() throws Exception {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            TariffVersions tariffs = app.getBean(TariffVersions.class);
            Path source = Path.of("samples/green-valley/tariffs/GVHS-RESIDENTIAL-2026.json");
            TariffVersion stored = tariffs.importFile(source, null).version();

            String exported = tariffs.export(stored.id());
            Path again = dataDir.resolve("exported.json");
            Files.writeString(again, exported);
            TariffVersions.Imported reimported = tariffs.importFile(again, null);

            assertThat(reimported.created()).isFalse();
            assertThat(TariffFile.read(exported)).isEqualTo(TariffFile.read(Files.readString(source)));
        }
    }

    /**
     * A version no bill has used is corrected in place. Once RS-001's October bill (period 5 September to
     * 5 October) has used it, another correction is rejected. A version effective from 6 October, after that
     * period, is still open to correction.
     */
    @Test
    void onlyAnUnusedVersionCanChange() throws Exception {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 10));
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            TariffVersions tariffs = app.getBean(TariffVersions.class);
            tariffs.importFile(flat("2026-01-01", "10.00", "100"), "RESIDENTIAL");
            TariffVersions.Imported corrected = tariffs.importFile(flat("2026-01-01", "11.00", "100"), "RESIDENTIAL");
            assertThat(corrected.created()).isTrue();
            assertThat(tariffs.find("FLAT", LocalDate.of(2026, 1, 1)).orElseThrow().tariff())
                    .isEqualTo(TariffFile.read(Files.readString(flat("2026-01-01", "11.00", "100"))));

            app.getBean(Readings.class).upload(Riverside.DATA.resolve("readings-2026-10.csv"),
                    ReadingUploadMode.TAKE_VALID_ROWS);
            app.getBean(BillRuns.class).run(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 10),
                    new BillingScope(BillingScope.Type.CONSUMER, "RS-001"));

            Path change = flat("2026-01-01", "12.00", "100");
            assertThatThrownBy(() -> tariffs.importFile(change, "RESIDENTIAL"))
                    .isInstanceOf(InvalidFileException.class)
                    .hasMessageContaining("has priced 1 bill(s) and can no longer change");
            assertThat(tariffs.find("FLAT", LocalDate.of(2026, 1, 1)).orElseThrow().tariff())
                    .isEqualTo(TariffFile.read(Files.readString(flat("2026-01-01", "11.00", "100"))));

            tariffs.importFile(flat("2026-10-06", "13.00", "100"), "RESIDENTIAL");
            TariffVersions.Imported later = tariffs.importFile(flat("2026-10-06", "14.00", "100"), "RESIDENTIAL");
            assertThat(later.created()).isTrue();
        }
    }

    private Path flat(String effectiveFrom, String rate, String fixed) throws Exception {
        Path file = dataDir.resolve("FLAT-" + effectiveFrom + "-" + rate + ".json");
        Files.writeString(file, """
                {"format": "smart-cbs-tariff/1", "code": "FLAT", "name": "Flat", "currency": "PKR",
                 "effectiveFrom": "%s",
                 "schedules": [{"upTo": null, "method": "TELESCOPIC", "slabs": [{"upTo": null, "rate": "%s"}]}],
                 "charges": [{"code": "FC", "type": "FIXED", "amount": "%s"}]}
                """.formatted(effectiveFrom, rate, fixed));
        return file;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
