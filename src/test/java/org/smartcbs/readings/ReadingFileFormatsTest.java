package org.smartcbs.readings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartcbs.readings.TestWorkbooks.HEADER;
import static org.smartcbs.readings.TestWorkbooks.row;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingFileFormatsTest {

    private static final LocalDate NOV_4 = LocalDate.of(2026, 11, 4);
    private static final LocalDate NOV_5 = LocalDate.of(2026, 11, 5);

    @TempDir
    Path folder;

    private final ReadingFileReader reader = new ReadingFileReader();

    private ReadingFile read(Path file) {
        return reader.read(file, ReadingFileOptions.defaults());
    }

    private static List<List<Object>> mixedSheet() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(row("M1001", NOV_4, 12345, "Reader 1", null));
        rows.add(row("M1002", NOV_5, 0, "Reader 2", "gate locked, read \"through\" the window"));
        rows.add(row(" M1003 ", NOV_5, "048061", null, null));
        rows.add(null);
        rows.add(row("M1004", NOV_4, "1,234", "Reader 1", null));
        rows.add(row("M1004", NOV_4, 1234, "Reader 1", null));
        rows.add(row("M1005", NOV_4, "N/A", "Reader 1", null));
        rows.add(row(400025, "05/11/2026", 99999, "Reader 3", "line one\nline two"));
        return rows;
    }

    @Test
    void xlsXlsxAndCsvGiveSameRows() throws IOException {
        ReadingFile xlsx = read(TestWorkbooks.xlsx(folder, "mixed.xlsx", mixedSheet()));
        ReadingFile xls = read(TestWorkbooks.xls(folder, "mixed.xls", mixedSheet()));
        ReadingFile csv = read(TestWorkbooks.csv(folder, "mixed.csv", mixedSheet()));

        assertThat(xlsx.rows()).hasSize(5);
        assertThat(xls.rows()).isEqualTo(xlsx.rows());
        assertThat(csv.rows()).isEqualTo(xlsx.rows());
        for (ReadingFile file : List.of(xlsx, xls, csv)) {
            assertThat(file.blankRows()).isEqualTo(1);
            assertThat(file.duplicateRows()).isEqualTo(1);
            assertThat(file.problems()).extracting(RowProblem::reason)
                    .containsExactly("row 8, Current Reading: \"N/A\" is not a number");
        }
    }

    @Test
    void mixedSheetValues() throws IOException {
        ReadingFile file = read(TestWorkbooks.xlsx(folder, "mixed.xlsx", mixedSheet()));

        assertThat(file.rows()).containsExactly(
                new ReadingRow(2, "M1001", NOV_4, 12345, "Reader 1", null),
                new ReadingRow(3, "M1002", NOV_5, 0, "Reader 2", "gate locked, read \"through\" the window"),
                new ReadingRow(4, "M1003", NOV_5, 48061, null, null),
                new ReadingRow(6, "M1004", NOV_4, 1234, "Reader 1", null),
                new ReadingRow(9, "400025", NOV_5, 99999, "Reader 3", "line one\nline two"));
    }

    @Test
    void inputStreamOverloadReadsUpload() throws IOException {
        Path file = TestWorkbooks.xlsx(folder, "upload.xlsx", mixedSheet());
        try (InputStream in = Files.newInputStream(file)) {
            ReadingFile upload = reader.read(in, "upload.xlsx", ReadingFileOptions.defaults());

            assertThat(upload.fileName()).isEqualTo("upload.xlsx");
            assertThat(upload.rows()).isEqualTo(read(file).rows());
        }
    }

    @Test
    void streamedWorkbookWithInlineStrings() throws IOException {
        Path file = TestWorkbooks.write(new SXSSFWorkbook(), folder.resolve("streamed.xlsx"),
                workbook -> TestWorkbooks.addSheet(workbook, "Readings", mixedSheet()));

        assertThat(read(file).rows()).isEqualTo(read(TestWorkbooks.xlsx(folder, "plain.xlsx", mixedSheet())).rows());
    }

    private static List<List<Object>> mergedSheet() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(row("M3001", NOV_4, 100, "Reader 1"));
        rows.add(row("M3002", NOV_5, 200, "Reader 2"));
        rows.add(row("M3003", null, 300, null));
        rows.add(row("M3004", null, 400, null));
        return rows;
    }

    /** Merges the date and the reader of rows 3 to 5 into B3:B5 and D3:D5. */
    private static void mergeDates(Workbook workbook) {
        TestWorkbooks.addSheet(workbook, "Readings", mergedSheet());
        workbook.getSheetAt(0).addMergedRegion(CellRangeAddress.valueOf("B3:B5"));
        workbook.getSheetAt(0).addMergedRegion(CellRangeAddress.valueOf("D3:D5"));
    }

    @Test
    void mergedCellsFilledFromTopLeft() throws IOException {
        Path xlsx = TestWorkbooks.write(new XSSFWorkbook(), folder.resolve("merged.xlsx"), ReadingFileFormatsTest::mergeDates);
        Path xls = TestWorkbooks.write(new HSSFWorkbook(), folder.resolve("merged.xls"), ReadingFileFormatsTest::mergeDates);

        for (Path file : List.of(xlsx, xls)) {
            ReadingFile result = read(file);
            assertThat(result.problems()).isEmpty();
            assertThat(result.rows()).containsExactly(
                    new ReadingRow(2, "M3001", NOV_4, 100, "Reader 1", null),
                    new ReadingRow(3, "M3002", NOV_5, 200, "Reader 2", null),
                    new ReadingRow(4, "M3003", NOV_5, 300, "Reader 2", null),
                    new ReadingRow(5, "M3004", NOV_5, 400, "Reader 2", null));
        }
    }

    @Test
    void mergedCellsRejected() throws IOException {
        Path xlsx = TestWorkbooks.write(new XSSFWorkbook(), folder.resolve("merged.xlsx"), ReadingFileFormatsTest::mergeDates);
        Path xls = TestWorkbooks.write(new HSSFWorkbook(), folder.resolve("merged.xls"), ReadingFileFormatsTest::mergeDates);
        ReadingFileOptions reject = ReadingFileOptions.defaults().withMergedCells(MergedCellPolicy.REJECT);

        for (Path file : List.of(xlsx, xls)) {
            ReadingFile result = reader.read(file, reject);
            assertThat(result.rows()).extracting(ReadingRow::rowNumber).containsExactly(2, 3);
            assertThat(result.problems()).extracting(RowProblem::reason).containsExactly(
                    "row 4, Reading Date: the cell is part of the merged cells B3:B5; unmerge them and type the value"
                            + " in each row",
                    "row 4, Reader: the cell is part of the merged cells D3:D5; unmerge them and type the value"
                            + " in each row",
                    "row 5, Reading Date: the cell is part of the merged cells B3:B5; unmerge them and type the value"
                            + " in each row",
                    "row 5, Reader: the cell is part of the merged cells D3:D5; unmerge them and type the value"
                            + " in each row");
        }
    }

    private static List<List<Object>> serialSheet() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(row("M2001", 44869, 10, null, null));
        return rows;
    }

    @Test
    void xlsx1904DatesRead() throws IOException {
        Path file = TestWorkbooks.write(new XSSFWorkbook(), folder.resolve("mac.xlsx"), workbook -> {
            ((XSSFWorkbook) workbook).getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            TestWorkbooks.addSheet(workbook, "Readings", serialSheet());
        });

        assertThat(read(file).rows()).extracting(ReadingRow::readingDate).containsExactly(LocalDate.of(2026, 11, 5));
    }

    @Test
    void xls1904DatesRead() throws IOException {
        Path file = TestWorkbooks.write(new HSSFWorkbook(), folder.resolve("mac.xls"), workbook -> {
            HSSFWorkbook hssf = (HSSFWorkbook) workbook;
            DateWindow1904Record window =
                    (DateWindow1904Record) hssf.getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid);
            window.setWindowing((short) 1);
            TestWorkbooks.addSheet(workbook, "Readings", serialSheet());
        });

        assertThat(read(file).rows()).extracting(ReadingRow::readingDate).containsExactly(LocalDate.of(2026, 11, 5));
    }

    @Test
    void serialIn1900SystemForComparison() throws IOException {
        ReadingFile file = read(TestWorkbooks.xlsx(folder, "windows.xlsx", serialSheet()));

        assertThat(file.rows()).extracting(ReadingRow::readingDate).containsExactly(LocalDate.of(2022, 11, 4));
    }

    private static void hiddenFirstSheet(Workbook workbook) {
        List<List<Object>> old = List.of(HEADER, row("OLD1", NOV_4, 1, null, null));
        List<List<Object>> current = List.of(HEADER, row("NEW1", NOV_5, 2, null, null));
        TestWorkbooks.addSheet(workbook, "Old", old);
        TestWorkbooks.addSheet(workbook, "Current", current);
        TestWorkbooks.addSheet(workbook, "Other", List.of(HEADER, row("OTHER1", NOV_5, 3, null, null)));
        workbook.setActiveSheet(1);
        workbook.setSheetHidden(0, true);
    }

    @Test
    void hiddenFirstSheetIgnored() throws IOException {
        Path xlsx = TestWorkbooks.write(new XSSFWorkbook(), folder.resolve("hidden.xlsx"), ReadingFileFormatsTest::hiddenFirstSheet);
        Path xls = TestWorkbooks.write(new HSSFWorkbook(), folder.resolve("hidden.xls"), ReadingFileFormatsTest::hiddenFirstSheet);

        for (Path file : List.of(xlsx, xls)) {
            ReadingFile result = read(file);
            assertThat(result.sheetName()).isEqualTo("Current");
            assertThat(result.rows()).extracting(ReadingRow::meterSerial).containsExactly("NEW1");
        }
    }

    @Test
    void sheetChosenByName() throws IOException {
        Path xlsx = TestWorkbooks.write(new XSSFWorkbook(), folder.resolve("hidden.xlsx"), ReadingFileFormatsTest::hiddenFirstSheet);
        Path xls = TestWorkbooks.write(new HSSFWorkbook(), folder.resolve("hidden.xls"), ReadingFileFormatsTest::hiddenFirstSheet);

        for (Path file : List.of(xlsx, xls)) {
            ReadingFile other = reader.read(file, ReadingFileOptions.defaults().withSheetName("other"));
            assertThat(other.sheetName()).isEqualTo("Other");
            assertThat(other.rows()).extracting(ReadingRow::meterSerial).containsExactly("OTHER1");

            ReadingFile hidden = reader.read(file, ReadingFileOptions.defaults().withSheetName("Old"));
            assertThat(hidden.rows()).extracting(ReadingRow::meterSerial).containsExactly("OLD1");

            assertThatThrownBy(() -> reader.read(file, ReadingFileOptions.defaults().withSheetName("March")))
                    .isInstanceOf(ReadingFileException.class)
                    .hasMessageContaining("has no sheet named \"March\"; its sheets are \"Old\", \"Current\", \"Other\"");
        }
    }

    @Test
    void headerOnRowThreeReordered() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Green Valley readings, November"));
        rows.add(null);
        rows.add(row("note", "REGISTER", "  serial   no ", "Date", "Meter reader"));
        rows.add(row("estimated", 5100, "M5001", NOV_4, "Reader 4"));
        rows.add(row(null, "5,1", "M5002", NOV_4, "Reader 4"));

        for (Path file : List.of(TestWorkbooks.xlsx(folder, "row3.xlsx", rows), TestWorkbooks.xls(folder, "row3.xls", rows),
                TestWorkbooks.csv(folder, "row3.csv", rows))) {
            ReadingFile result = read(file);
            assertThat(result.headerRow()).isEqualTo(3);
            assertThat(result.rows()).containsExactly(new ReadingRow(4, "M5001", NOV_4, 5100, "Reader 4", "estimated"));
            assertThat(result.problems()).extracting(RowProblem::field).containsExactly("REGISTER");
        }
    }

    @Test
    void customHeaderNamesAndMonthFirstDates() throws IOException {
        List<List<Object>> rows = List.of(
                row("Zähler", "Datum", "Stand"),
                row("M6001", "11/05/2026", 10));
        ReadingFileOptions options = ReadingFileOptions.defaults()
                .withHeaderNames(ReadingField.METER, List.of("Zähler"))
                .withHeaderNames(ReadingField.DATE, List.of("Datum"))
                .withHeaderNames(ReadingField.VALUE, List.of("Stand"))
                .withDateOrder(DateOrder.MDY);

        ReadingFile result = reader.read(TestWorkbooks.csv(folder, "us.csv", rows), options);

        assertThat(result.rows()).containsExactly(new ReadingRow(2, "M6001", NOV_5, 10, null, null));
    }

    @Test
    void formulaCellsUseCachedValues() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(row(new TestWorkbooks.Formula("\"M\"&\"7001\""), new TestWorkbooks.Formula("DATE(2026,11,5)"),
                new TestWorkbooks.Formula("1000+234"), "Reader 1", null));
        rows.add(row("M7002", NOV_4, new TestWorkbooks.Formula("1/0"), "Reader 1", null));
        rows.add(row("M7003", NOV_4, new TestWorkbooks.Formula("10/4"), "Reader 1", null));

        for (Path file : List.of(TestWorkbooks.xlsx(folder, "formula.xlsx", rows), TestWorkbooks.xls(folder, "formula.xls", rows))) {
            ReadingFile result = read(file);
            assertThat(result.rows()).containsExactly(new ReadingRow(2, "M7001", NOV_5, 1234, "Reader 1", null));
            assertThat(result.problems()).extracting(RowProblem::reason).containsExactly(
                    "row 3, Current Reading: the cell shows the error #DIV/0!",
                    "row 4, Current Reading: \"2.5\" is not a whole number");
        }
    }

    @Test
    void fractionalNumericReadingRejected() throws IOException {
        List<List<Object>> rows = List.of(HEADER, row("M8001", NOV_4, 12.5, null, null));

        ReadingFile result = read(TestWorkbooks.xls(folder, "fraction.xls", rows));

        assertThat(result.problems()).extracting(RowProblem::reason)
                .containsExactly("row 2, Current Reading: \"12.5\" is not a whole number");
    }

    /** Writes meter 48061 as a number that Excel shows as 048061 through the format 000000. */
    private static void zeroPaddedMeter(Workbook workbook) {
        TestWorkbooks.addSheet(workbook, "Readings", List.of(HEADER, row(48061, NOV_4, 7, null, null)));
        CellStyle padded = workbook.createCellStyle();
        padded.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("000000"));
        workbook.getSheetAt(0).getRow(1).getCell(0).setCellStyle(padded);
    }

    @Test
    void zeroPaddedNumericMeterKeepsZeros() throws IOException {
        Path xlsx = TestWorkbooks.write(new XSSFWorkbook(), folder.resolve("padded.xlsx"), ReadingFileFormatsTest::zeroPaddedMeter);
        Path xls = TestWorkbooks.write(new HSSFWorkbook(), folder.resolve("padded.xls"), ReadingFileFormatsTest::zeroPaddedMeter);

        for (Path file : List.of(xlsx, xls)) {
            assertThat(read(file).rows()).extracting(ReadingRow::meterSerial).containsExactly("048061");
        }
    }

    @Test
    void gapRowsInXlsxCountAsBlank() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(row("M9001", NOV_4, 1, null, null));
        rows.add(null);
        rows.add(null);
        rows.add(row("M9002", NOV_4, 2, null, null));
        rows.add(null);

        ReadingFile result = read(TestWorkbooks.xlsx(folder, "gaps.xlsx", rows));

        assertThat(result.rows()).hasSize(2);
        assertThat(result.blankRows()).isEqualTo(2);
    }
}
