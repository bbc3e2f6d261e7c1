package org.smartcbs.documents;

import static org.smartcbs.documents.PdfBlocks.BOLD;
import static org.smartcbs.documents.PdfBlocks.HEADING;
import static org.smartcbs.documents.PdfBlocks.SMALL;
import static org.smartcbs.documents.PdfBlocks.TEXT;
import static org.smartcbs.documents.PdfBlocks.TITLE;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.smartcbs.core.money.Money;

/**
 * Writes a ledger statement as PDF, CSV or XLSX. The three carry the same entries and balances.
 *
 * <p>The PDF shows debits and credits in separate columns. CSV and XLSX keep one signed amount column
 * (debit positive, credit negative) so that the file can be summed.
 */
public final class StatementExport {

    /** Header of the CSV export. */
    public static final String CSV_HEADER = "date,type,reference,amount,balance";

    /** Renders the statement as an A4 PDF, repeating the column headings on every page. */
    public byte[] pdf(StatementDocument statement) {
        String title = "Statement " + statement.consumerNumber();
        return PdfBlocks.write(PageSize.A4, title, (document, writer) -> {
            document.add(new Paragraph(statement.organisationName(), TITLE));
            document.add(new Paragraph("Statement of account", HEADING));

            PdfPTable details = PdfBlocks.table(1.1f, 2.4f, 1, 1.8f);
            details.setSpacingBefore(10);
            PdfBlocks.detail(details, "Consumer number", statement.consumerNumber());
            PdfBlocks.detail(details, "From", DocumentDates.day(statement.from()));
            PdfBlocks.detail(details, "Name", statement.consumerName());
            PdfBlocks.detail(details, "To", DocumentDates.day(statement.to()));
            document.add(details);

            document.add(entries(statement));

            Paragraph footer = new Paragraph("Amounts are in " + statement.currency()
                    + ". A negative balance is a credit.", SMALL);
            footer.setSpacingBefore(10);
            document.add(footer);
        });
    }

    /**
     * Writes the statement as UTF-8 CSV under {@link #CSV_HEADER}, with ISO dates and plain two-decimal amounts:
     * an {@code Opening balance} record dated on the first day, one record per entry, and a {@code Closing
     * balance} record dated on the last day. The two balance records leave the amount empty, so the amount column
     * still sums to the change over the period.
     *
     * <p>Text starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so that a
     * spreadsheet opening the file does not run it as a formula.
     */
    public byte[] csv(StatementDocument statement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER.split(",")).get();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format)) {
            printer.printRecord(DateTimeFormatter.ISO_LOCAL_DATE.format(statement.from()), "Opening balance", "", "",
                    AmountFormat.plain(statement.openingBalance()));
            for (StatementLine line : statement.lines()) {
                printer.printRecord(
                        DateTimeFormatter.ISO_LOCAL_DATE.format(line.date()),
                        neutralise(line.type()),
                        neutralise(line.reference()),
                        AmountFormat.plain(line.amount()),
                        AmountFormat.plain(line.balance()));
            }
            printer.printRecord(DateTimeFormatter.ISO_LOCAL_DATE.format(statement.to()), "Closing balance", "", "",
                    AmountFormat.plain(statement.closingBalance()));
        } catch (IOException e) {
            throw new UncheckedIOException("writing the statement CSV for consumer "
                    + statement.consumerNumber() + " failed", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the statement as an XLSX workbook with one sheet: the consumer and period on top, then one row per
     * entry with date cells and numeric amount cells, then the closing balance.
     */
    public byte[] xlsx(StatementDocument statement) {
        return StatementWorkbook.write(statement);
    }

    private static PdfPTable entries(StatementDocument statement) {
        PdfPTable table = PdfBlocks.table(1.2f, 1.3f, 2.2f, 1.2f, 1.2f, 1.3f);
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        table.addCell(PdfBlocks.header("Date", Element.ALIGN_LEFT));
        table.addCell(PdfBlocks.header("Type", Element.ALIGN_LEFT));
        table.addCell(PdfBlocks.header("Reference", Element.ALIGN_LEFT));
        table.addCell(PdfBlocks.header("Debit", Element.ALIGN_RIGHT));
        table.addCell(PdfBlocks.header("Credit", Element.ALIGN_RIGHT));
        table.addCell(PdfBlocks.header("Balance", Element.ALIGN_RIGHT));

        balanceRow(table, "Opening balance", statement.openingBalance());
        for (StatementLine line : statement.lines()) {
            Money amount = line.amount();
            table.addCell(PdfBlocks.ruled(DocumentDates.day(line.date()), TEXT, Element.ALIGN_LEFT));
            table.addCell(PdfBlocks.ruled(line.type(), TEXT, Element.ALIGN_LEFT));
            table.addCell(PdfBlocks.ruled(line.reference(), TEXT, Element.ALIGN_LEFT));
            String debit = amount.isNegative() ? "" : AmountFormat.format(amount);
            String credit = amount.isNegative() ? AmountFormat.format(amount.negate()) : "";
            table.addCell(PdfBlocks.ruled(debit, TEXT, Element.ALIGN_RIGHT));
            table.addCell(PdfBlocks.ruled(credit, TEXT, Element.ALIGN_RIGHT));
            table.addCell(PdfBlocks.ruled(AmountFormat.format(line.balance()), TEXT, Element.ALIGN_RIGHT));
        }
        balanceRow(table, "Closing balance", statement.closingBalance());
        return table;
    }

    private static void balanceRow(PdfPTable table, String label, Money balance) {
        PdfPCell labelCell = PdfBlocks.ruled(label, BOLD, Element.ALIGN_LEFT);
        labelCell.setColspan(5);
        labelCell.setBackgroundColor(PdfBlocks.SHADE);
        table.addCell(labelCell);
        PdfPCell amountCell = PdfBlocks.ruled(AmountFormat.format(balance), BOLD, Element.ALIGN_RIGHT);
        amountCell.setBackgroundColor(PdfBlocks.SHADE);
        table.addCell(amountCell);
    }

    /** Prefixes text that a spreadsheet would read as a formula with an apostrophe. */
    static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + text;
        }
        return text;
    }
}
