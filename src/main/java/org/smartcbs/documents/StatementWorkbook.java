package org.smartcbs.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.smartcbs.core.money.Money;

/** The XLSX layout of a statement, kept apart from {@link StatementExport}'s PDF and CSV code. */
final class StatementWorkbook {

    static final String SHEET_NAME = "Statement";

    /** Index of the column-heading row. Entries start on the row after it. */
    static final int HEADER_ROW = 8;

    private static final String AMOUNT_FORMAT = "#,##0.00";
    private static final String DATE_FORMAT = "yyyy-mm-dd";

    private final XSSFWorkbook workbook;
    private final CellStyle amountStyle;
    private final CellStyle dateStyle;
    private final CellStyle boldStyle;
    private final CellStyle boldAmountStyle;

    private StatementWorkbook(XSSFWorkbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        short amountFormat = workbook.createDataFormat().getFormat(AMOUNT_FORMAT);
        amountStyle = workbook.createCellStyle();
        amountStyle.setDataFormat(amountFormat);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
        boldStyle = workbook.createCellStyle();
        boldStyle.setFont(bold);
        boldAmountStyle = workbook.createCellStyle();
        boldAmountStyle.setDataFormat(amountFormat);
        boldAmountStyle.setFont(bold);
    }

    static byte[] write(StatementDocument statement) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new StatementWorkbook(workbook).fill(statement);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the statement workbook for consumer "
                    + statement.consumerNumber() + " failed", e);
        }
    }

    private void fill(StatementDocument statement) {
        Sheet sheet = workbook.createSheet(SHEET_NAME);
        int[] widths = {14, 14, 28, 16, 16};
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }

        text(sheet.createRow(0), 0, statement.organisationName(), boldStyle);
        Row consumer = sheet.createRow(1);
        text(consumer, 0, "Consumer number", boldStyle);
        text(consumer, 1, statement.consumerNumber(), null);
        Row name = sheet.createRow(2);
        text(name, 0, "Name", boldStyle);
        text(name, 1, statement.consumerName(), null);
        Row from = sheet.createRow(3);
        text(from, 0, "From", boldStyle);
        date(from, 1, statement.from());
        Row to = sheet.createRow(4);
        text(to, 0, "To", boldStyle);
        date(to, 1, statement.to());
        Row currency = sheet.createRow(5);
        text(currency, 0, "Currency", boldStyle);
        text(currency, 1, statement.currency(), null);
        Row opening = sheet.createRow(6);
        text(opening, 0, "Opening balance", boldStyle);
        amount(opening, 4, statement.openingBalance(), boldAmountStyle);

        Row header = sheet.createRow(HEADER_ROW);
        String[] headings = {"Date", "Type", "Reference", "Amount", "Balance"};
        for (int column = 0; column < headings.length; column++) {
            text(header, column, headings[column], boldStyle);
        }
        int rowIndex = HEADER_ROW + 1;
        for (StatementLine line : statement.lines()) {
            Row row = sheet.createRow(rowIndex++);
            date(row, 0, line.date());
            text(row, 1, line.type(), null);
            text(row, 2, line.reference(), null);
            amount(row, 3, line.amount(), amountStyle);
            amount(row, 4, line.balance(), amountStyle);
        }
        Row closing = sheet.createRow(rowIndex);
        text(closing, 0, "Closing balance", boldStyle);
        amount(closing, 4, statement.closingBalance(), boldAmountStyle);
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private void date(Row row, int column, LocalDate value) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(dateStyle);
    }

    /**
     * Writes an amount as a numeric cell. XLSX stores every number as an IEEE double, so the conversion
     * happens here and nowhere else. A two-decimal amount below 10^13 reads back as the same decimal.
     */
    private static void amount(Row row, int column, Money value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value.amount().doubleValue());
        cell.setCellStyle(style);
    }
}
