package org.smartcbs.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.smartcbs.core.money.Money;

class StatementExportTest {

    private final StatementExport export = new StatementExport();

    @Test
    void pdfShowsEntriesAndBalances() {
        String text = PdfText.singlePage(export.pdf(DocumentSamples.statement()));

        for (String expected : List.of(
                "Statement of account",
                "BLK-A-1001",
                "Amina Rahman",
                "01 Jan 2026",
                "31 Jan 2026",
                "Opening balance",
                "10,558.45",
                "03 Jan 2026",
                "B-2026-01-0001",
                "4,686.55",
                "15,245.00",
                "HBL 417, counter 2",
                "16,000.00",
                "-755.00",
                "Closing balance",
                "500.00")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void csvHasExactContent() {
        String csv = new String(export.csv(DocumentSamples.statement()), StandardCharsets.UTF_8);

        // 10558.45 + 4686.55 = 15245.00; 15245.00 - 16000.00 = -755.00; -755.00 + 1255.00 = 500.00.
        assertEquals("date,type,reference,amount,balance\r\n"
                + "2026-01-01,Opening balance,,,10558.45\r\n"
                + "2026-01-03,BILL,B-2026-01-0001,4686.55,15245.00\r\n"
                + "2026-01-20,PAYMENT,\"HBL 417, counter 2\",-16000.00,-755.00\r\n"
                + "2026-01-28,ADJUSTMENT,'=SUM(A1:A9),1255.00,500.00\r\n"
                + "2026-01-31,Closing balance,,,500.00\r\n", csv);
    }

    @Test
    void csvOfEmptyStatementHasBalances() {
        var empty = new StatementDocument("Riverside Power Cooperative", "BLK-A-1001", "Amina Rahman",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), Money.of("25.00"), List.of(),
                Money.of("25.00"), "PKR");

        assertEquals("date,type,reference,amount,balance\r\n"
                + "2026-01-01,Opening balance,,,25.00\r\n"
                + "2026-01-31,Closing balance,,,25.00\r\n",
                new String(export.csv(empty), StandardCharsets.UTF_8));
    }

    @Test
    void csvKeepsNonAsciiText() {
        var line = new StatementLine(LocalDate.of(2026, 1, 5), "PAYMENT", "Zahlung Müller", Money.of("-1.00"),
                Money.of("-1.00"));
        var statement = new StatementDocument("Riverside Power Cooperative", "BLK-A-1001", "Amina Rahman",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), Money.ZERO, List.of(line),
                Money.of("-1.00"), "PKR");

        String csv = new String(export.csv(statement), StandardCharsets.UTF_8);

        assertTrue(csv.contains("Zahlung Müller"), csv);
    }

    @Test
    void xlsxHasTypedCells() throws IOException {
        byte[] bytes = export.xlsx(DocumentSamples.statement());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet(StatementWorkbook.SHEET_NAME);
            assertEquals("Riverside Power Cooperative", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("BLK-A-1001", sheet.getRow(1).getCell(1).getStringCellValue());
            assertDate(sheet.getRow(3).getCell(1), LocalDate.of(2026, 1, 1));
            assertDate(sheet.getRow(4).getCell(1), LocalDate.of(2026, 1, 31));
            assertAmount(sheet.getRow(6).getCell(4), "10558.45");

            Row header = sheet.getRow(StatementWorkbook.HEADER_ROW);
            assertEquals("Date", header.getCell(0).getStringCellValue());
            assertEquals("Balance", header.getCell(4).getStringCellValue());

            Row first = sheet.getRow(StatementWorkbook.HEADER_ROW + 1);
            assertDate(first.getCell(0), LocalDate.of(2026, 1, 3));
            assertEquals(CellType.STRING, first.getCell(1).getCellType());
            assertEquals("BILL", first.getCell(1).getStringCellValue());
            assertEquals("B-2026-01-0001", first.getCell(2).getStringCellValue());
            assertAmount(first.getCell(3), "4686.55");
            assertAmount(first.getCell(4), "15245.00");

            Row payment = sheet.getRow(StatementWorkbook.HEADER_ROW + 2);
            assertAmount(payment.getCell(3), "-16000.00");
            assertAmount(payment.getCell(4), "-755.00");

            Row adjustment = sheet.getRow(StatementWorkbook.HEADER_ROW + 3);
            assertEquals(CellType.STRING, adjustment.getCell(2).getCellType(), "reference stays text");
            assertEquals("=SUM(A1:A9)", adjustment.getCell(2).getStringCellValue());

            Row closing = sheet.getRow(StatementWorkbook.HEADER_ROW + 4);
            assertEquals("Closing balance", closing.getCell(0).getStringCellValue());
            assertAmount(closing.getCell(4), "500.00");
            assertEquals(StatementWorkbook.HEADER_ROW + 4, sheet.getLastRowNum(), "last row");
        }
    }

    @Test
    void statementRejectsBrokenBalance() {
        var line = new StatementLine(LocalDate.of(2026, 1, 3), "BILL", "B-1", Money.of("100.00"),
                Money.of("150.00"));

        assertThrows(IllegalArgumentException.class, () -> new StatementDocument("Org", "C-1", "Name",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), Money.ZERO, List.of(line),
                Money.of("150.00"), "PKR"));
    }

    @Test
    void statementRejectsWrongClosingBalance() {
        assertThrows(IllegalArgumentException.class, () -> new StatementDocument("Org", "C-1", "Name",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), Money.ZERO, List.of(), Money.of("1.00"),
                "PKR"));
    }

    private static void assertDate(Cell cell, LocalDate expected) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), "date cell type");
        assertTrue(DateUtil.isCellDateFormatted(cell), "date cell format");
        assertEquals(expected, cell.getLocalDateTimeCellValue().toLocalDate());
    }

    private static void assertAmount(Cell cell, String expected) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), "amount cell type");
        assertEquals("#,##0.00", cell.getCellStyle().getDataFormatString(), "amount cell format");
        assertEquals(Money.of(expected), Money.of(BigDecimal.valueOf(cell.getNumericCellValue())));
    }
}
