package org.smartcbs.readings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.cli.Launcher;
import org.smartcbs.core.rows.ImportResult;
import org.smartcbs.core.rows.InvalidFileException;
import org.smartcbs.meters.Meters;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Uploads read with the organisation's configured reading-file settings, and a chosen hidden sheet. */
class ReadingUploadSettingsTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start(Map<String, String> settings) {
        return Launcher.open(dataDir, new TestClock(LocalDate.of(2026, 10, 10)), WebApplicationType.NONE, settings);
    }

    /**
     * The organisation heads its columns "Consumer Meter", "Read On" and "Register Reading" and types dates month
     * first. MR-1 last read 1000 on 5 September; "10/05/2026" month first is 5 October, and 1100 - 1000 = 100 units.
     */
    @Test
    void configuredHeadersAndMonthFirstDates() throws Exception {
        try (ConfigurableApplicationContext app = start(Map.of(
                "smartcbs.readings.header-names.meter", "Consumer Meter",
                "smartcbs.readings.header-names.date", "Read On",
                "smartcbs.readings.header-names.value", "Register Reading",
                "smartcbs.readings.date-order", "MDY"))) {
            Riverside.importRegistry(app);
            Path file = dataDir.resolve("october.csv");
            Files.writeString(file, "Consumer Meter,Read On,Register Reading\nMR-1,10/05/2026,1100\n");

            ImportResult result = app.getBean(Readings.class).upload(file, ReadingUploadMode.ALL_OR_NOTHING);

            assertThat(result.rejections()).isEmpty();
            assertThat(result.taken()).isEqualTo(1);
            long meter = app.getBean(Meters.class).findBySerial("MR-1").orElseThrow().id();
            Reading latest = app.getBean(Readings.class).latestAccepted(meter).orElseThrow();
            assertThat(latest.readingDate()).isEqualTo(LocalDate.of(2026, 10, 5));
            assertThat(latest.consumption()).isEqualByComparingTo("100");
        }
    }

    @Test
    void configuredSizeLimitRejectsFile() throws Exception {
        try (ConfigurableApplicationContext app = start(Map.of("smartcbs.readings.max-file-bytes", "40"))) {
            Riverside.importRegistry(app);
            Path file = dataDir.resolve("october.csv");
            // 38 bytes of header line and 21 of the row: 59 bytes, over the limit of 40.
            Files.writeString(file, "Meter No,Reading Date,Current Reading\nMR-1,05/10/2026,1100\n");

            assertThatThrownBy(() -> app.getBean(Readings.class).upload(file, ReadingUploadMode.TAKE_VALID_ROWS))
                    .isInstanceOf(InvalidFileException.class).hasMessageContaining("larger than the limit of 40 bytes");

            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from reading_upload").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from reading where kind = 'ACTUAL'").query(Long.class).single())
                    .isZero();
        }
    }

    @Test
    void invalidDateOrderSettingNamed() {
        assertThatThrownBy(() -> start(Map.of("smartcbs.readings.date-order", "DAY_FIRST")).close())
                .hasStackTraceContaining("smartcbs.readings.date-order \"DAY_FIRST\" is invalid; use one of [DMY, MDY, YMD]");
    }

    /** The visible first sheet is a cover note; the readings are on a hidden sheet that the user names. */
    @Test
    void chosenHiddenSheetUploaded() throws Exception {
        try (ConfigurableApplicationContext app = start(Map.of())) {
            Riverside.importRegistry(app);
            Path file = dataDir.resolve("october.xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                workbook.createSheet("Cover").createRow(0).createCell(0).setCellValue("October readings, route R1");
                Sheet readings = workbook.createSheet("Field Copy");
                Row header = readings.createRow(0);
                header.createCell(0).setCellValue("Meter No");
                header.createCell(1).setCellValue("Reading Date");
                header.createCell(2).setCellValue("Current Reading");
                Row row = readings.createRow(1);
                row.createCell(0).setCellValue("MR-1");
                row.createCell(1).setCellValue("05/10/2026");
                row.createCell(2).setCellValue(1100);
                workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
                workbook.write(out);
            }
            Readings readings = app.getBean(Readings.class);

            assertThatThrownBy(() -> readings.upload(file, ReadingUploadMode.TAKE_VALID_ROWS))
                    .isInstanceOf(InvalidFileException.class).hasMessageContaining("has no header row");
            ImportResult chosen = readings.upload(file, ReadingUploadMode.TAKE_VALID_ROWS, "Field Copy");

            assertThat(chosen.taken()).isEqualTo(1);
            assertThat(chosen.rejections()).isEmpty();
        }
    }

    /** Each malformed file is rejected as a whole with its name in the message, and nothing of it is stored. */
    @Test
    void malformedFilesLeaveNothingBehind() throws Exception {
        try (ConfigurableApplicationContext app = start(Map.of())) {
            Riverside.importRegistry(app);
            Path good = dataDir.resolve("good.xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(good)) {
                Row header = workbook.createSheet("Readings").createRow(0);
                header.createCell(0).setCellValue("Meter No");
                header.createCell(1).setCellValue("Reading Date");
                header.createCell(2).setCellValue("Current Reading");
                Row row = workbook.getSheetAt(0).createRow(1);
                row.createCell(0).setCellValue("MR-1");
                row.createCell(1).setCellValue("05/10/2026");
                row.createCell(2).setCellValue(1100);
                workbook.write(out);
            }
            byte[] whole = Files.readAllBytes(good);
            byte[] noise = new byte[4096];
            new Random(7).nextBytes(noise);
            List<Path> malformed = List.of(
                    Files.write(dataDir.resolve("noise.xlsx"), noise),
                    Files.write(dataDir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2)),
                    Files.writeString(dataDir.resolve("export.xls"), "Meter No,Reading Date,Current Reading\n"),
                    Files.writeString(dataDir.resolve("scan.pdf"), "%PDF-1.7 not really"),
                    Files.write(dataDir.resolve("empty.csv"), new byte[0]),
                    Files.writeString(dataDir.resolve("no-header.csv"), "MR-1,05/10/2026,1100\n"));
            Readings readings = app.getBean(Readings.class);

            for (Path file : malformed) {
                assertThatThrownBy(() -> readings.upload(file, ReadingUploadMode.TAKE_VALID_ROWS))
                        .as(file.getFileName().toString()).isInstanceOf(InvalidFileException.class)
                        .hasMessageStartingWith(file.getFileName().toString());
            }
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from reading_upload").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from reading where kind = 'ACTUAL'").query(Long.class).single())
                    .isZero();
            assertThat(readings.upload(good, ReadingUploadMode.TAKE_VALID_ROWS).taken()).isEqualTo(1);
        }
    }
}
