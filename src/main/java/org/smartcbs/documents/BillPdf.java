package org.smartcbs.documents;

import static org.smartcbs.documents.PdfBlocks.BOLD;
import static org.smartcbs.documents.PdfBlocks.HEADING;
import static org.smartcbs.documents.PdfBlocks.SMALL;
import static org.smartcbs.documents.PdfBlocks.TEXT;
import static org.smartcbs.documents.PdfBlocks.TITLE;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.Barcode128;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import org.smartcbs.core.money.Money;

/**
 * Renders bills as A4 PDFs: the consumer's details and readings, every charge line with its arithmetic, the
 * ledger summary, the due date and a Code 128 barcode carrying the {@link #paymentCode payment code}.
 *
 * <p>OpenPDF 2.0.5 has no QR code generator, so the payment code is a linear barcode.
 */
public final class BillPdf {

    /** Prefix of every payment code, so that a scanner can tell a SMART CBS bill from other barcodes. */
    public static final String PAYMENT_CODE_PREFIX = "SMARTCBS";

    /** Renders one bill as a one-page PDF. */
    public byte[] render(BillDocument bill) {
        return PdfBlocks.write(PageSize.A4, "Bill " + bill.billNumber(), (document, writer) -> {
            addBill(document, writer, bill);
        });
    }

    /**
     * Renders the bills of a run as one PDF for printing, each bill starting on a new page.
     *
     * <p>NOTE: a bill with 30 or more one-line charge lines does not fit on one A4 page and continues on a
     * second page, so the page count then exceeds the bill count.
     *
     * @throws IllegalArgumentException if {@code bills} is empty, because a PDF needs at least one page
     */
    public byte[] renderRun(List<BillDocument> bills) {
        if (bills.isEmpty()) {
            throw new IllegalArgumentException("bill run print file needs at least one bill, got none");
        }
        String title = "Bills " + bills.get(0).billNumber() + " to " + bills.get(bills.size() - 1).billNumber();
        return PdfBlocks.write(PageSize.A4, title, (document, writer) -> {
            for (int i = 0; i < bills.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                addBill(document, writer, bills.get(i));
            }
        });
    }

    /**
     * Returns the text the bill's barcode encodes: prefix, consumer number and amount payable by the due date,
     * separated by {@code |}, such as {@code SMARTCBS|BLK-A-1001|15245.00}. A bill in credit carries
     * {@code 0.00}, because there is nothing to collect.
     *
     * @throws IllegalArgumentException if the consumer number contains {@code |} or characters outside
     *     printable ASCII, which Code 128 cannot carry or a scanner could not split
     */
    public static String paymentCode(BillDocument bill) {
        String consumer = bill.consumerNumber();
        for (int i = 0; i < consumer.length(); i++) {
            char c = consumer.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '|') {
                throw new IllegalArgumentException("bill " + bill.billNumber()
                        + ": consumer number contains a character that a payment barcode cannot carry at position "
                        + (i + 1) + "; use printable ASCII without '|'");
            }
        }
        Money payable = bill.payableByDueDate().max(Money.ZERO);
        return PAYMENT_CODE_PREFIX + "|" + consumer + "|" + AmountFormat.plain(payable);
    }

    /**
     * Returns the arithmetic behind a line's amount, such as {@code 100 kWh x 22.44 = 2,244.00} or
     * {@code 1.5% of 4,336.50 = 65.05}, or an empty string when the line has no figures to show.
     */
    static String calculation(BillDocumentLine line, String unit) {
        String amount = AmountFormat.format(line.amount());
        if (line.quantity() != null && line.rate() != null) {
            return AmountFormat.quantity(line.quantity()) + " " + unit + " x " + AmountFormat.rate(line.rate())
                    + " = " + amount;
        }
        if (line.rate() != null && line.base() != null) {
            return AmountFormat.percent(line.rate()) + "% of " + AmountFormat.format(line.base()) + " = " + amount;
        }
        if (line.base() != null) {
            return "base " + AmountFormat.format(line.base());
        }
        if (line.quantity() != null) {
            return AmountFormat.quantity(line.quantity()) + " " + unit;
        }
        return "";
    }

    /** Returns the units range an energy line prices, such as {@code 0–100} or {@code above 300}. */
    static String range(BillDocumentLine line) {
        if (line.rangeFrom() == null) {
            return "";
        }
        if (line.rangeTo() == null) {
            return "above " + AmountFormat.quantity(line.rangeFrom());
        }
        return AmountFormat.quantity(line.rangeFrom()) + "\u2013" + AmountFormat.quantity(line.rangeTo());
    }

    private static void addBill(Document document, PdfWriter writer, BillDocument bill) {
        document.add(heading(bill));
        document.add(consumerDetails(bill));
        document.add(readings(bill));
        document.add(charges(bill));
        document.add(summaryAndPayment(writer, bill));
        Paragraph footer = new Paragraph("Amounts are in " + bill.currency() + ". A negative previous balance is a"
                + " credit. Payment after " + DocumentDates.day(bill.dueDate()) + " must include the late charge.",
                SMALL);
        footer.setSpacingBefore(10);
        document.add(footer);
    }

    private static PdfPTable heading(BillDocument bill) {
        PdfPTable table = PdfBlocks.table(3, 2);
        table.setSpacingBefore(0);
        PdfPCell left = new PdfPCell();
        left.setBorder(Rectangle.NO_BORDER);
        left.setVerticalAlignment(Element.ALIGN_BOTTOM);
        left.addElement(new Paragraph(bill.organisationName(), TITLE));
        left.addElement(new Paragraph("Bill for " + DocumentDates.month(bill.billingMonth()), HEADING));
        table.addCell(left);

        PdfPTable facts = new PdfPTable(new float[] {1, 1});
        PdfBlocks.detail(facts, "Bill number", bill.billNumber());
        PdfBlocks.detail(facts, "Issue date", DocumentDates.day(bill.issueDate()));
        PdfBlocks.detail(facts, "Due date", DocumentDates.day(bill.dueDate()));
        PdfPCell right = new PdfPCell(facts);
        right.setBorder(Rectangle.NO_BORDER);
        right.setVerticalAlignment(Element.ALIGN_BOTTOM);
        table.addCell(right);
        return table;
    }

    private static PdfPTable consumerDetails(BillDocument bill) {
        PdfPTable table = PdfBlocks.table(1.1f, 2.4f, 1, 1.8f);
        table.setSpacingBefore(10);
        PdfBlocks.detail(table, "Consumer number", bill.consumerNumber());
        PdfBlocks.detail(table, "Billing month", DocumentDates.month(bill.billingMonth()));
        PdfBlocks.detail(table, "Name", bill.consumerName());
        PdfBlocks.detail(table, "Period", DocumentDates.day(bill.periodStart()) + " to "
                + DocumentDates.day(bill.periodEnd()));
        PdfBlocks.detail(table, "Address", PdfBlocks.orDash(bill.address()));
        PdfBlocks.detail(table, "Meter serial", PdfBlocks.orDash(bill.meterSerial()));
        PdfBlocks.detail(table, "Setup", PdfBlocks.orDash(bill.setupName()));
        PdfBlocks.detail(table, "Tariff", bill.tariffCode());
        return table;
    }

    private static PdfPTable readings(BillDocument bill) {
        PdfPTable table = PdfBlocks.table(1, 1, 1);
        table.setSpacingBefore(10);
        table.addCell(PdfBlocks.header("Previous reading", Element.ALIGN_CENTER));
        table.addCell(PdfBlocks.header("Current reading", Element.ALIGN_CENTER));
        table.addCell(PdfBlocks.header("Units (" + bill.unit() + ")", Element.ALIGN_CENTER));
        table.addCell(PdfBlocks.ruled(Long.toString(bill.previousReading()), TEXT, Element.ALIGN_CENTER));
        table.addCell(PdfBlocks.ruled(Long.toString(bill.currentReading()), TEXT, Element.ALIGN_CENTER));
        table.addCell(PdfBlocks.ruled(AmountFormat.quantity(bill.units()), BOLD, Element.ALIGN_CENTER));
        return table;
    }

    private static PdfPTable charges(BillDocument bill) {
        PdfPTable table = PdfBlocks.table(3.2f, 1.1f, 3.2f, 1.5f);
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        table.addCell(PdfBlocks.header("Charge", Element.ALIGN_LEFT));
        table.addCell(PdfBlocks.header("Range", Element.ALIGN_CENTER));
        table.addCell(PdfBlocks.header("Calculation", Element.ALIGN_LEFT));
        table.addCell(PdfBlocks.header("Amount (" + bill.currency() + ")", Element.ALIGN_RIGHT));
        for (BillDocumentLine line : bill.lines()) {
            table.addCell(PdfBlocks.ruled(line.description(), TEXT, Element.ALIGN_LEFT));
            table.addCell(PdfBlocks.ruled(range(line), TEXT, Element.ALIGN_CENTER));
            table.addCell(PdfBlocks.ruled(calculation(line, bill.unit()), TEXT, Element.ALIGN_LEFT));
            table.addCell(PdfBlocks.ruled(AmountFormat.format(line.amount()), TEXT, Element.ALIGN_RIGHT));
        }
        PdfPCell total = PdfBlocks.ruled("Current charges", BOLD, Element.ALIGN_LEFT);
        total.setColspan(3);
        total.setBackgroundColor(PdfBlocks.SHADE);
        table.addCell(total);
        PdfPCell totalAmount = PdfBlocks.ruled(AmountFormat.format(bill.currentCharges()), BOLD,
                Element.ALIGN_RIGHT);
        totalAmount.setBackgroundColor(PdfBlocks.SHADE);
        table.addCell(totalAmount);
        return table;
    }

    private static PdfPTable summaryAndPayment(PdfWriter writer, BillDocument bill) {
        PdfPTable table = PdfBlocks.table(1, 1);
        table.setSpacingBefore(12);
        table.setKeepTogether(true);
        PdfPCell summary = new PdfPCell(summary(bill));
        summary.setBorder(Rectangle.NO_BORDER);
        summary.setPaddingRight(8);
        table.addCell(summary);
        PdfPCell payment = new PdfPCell(payment(writer, bill));
        payment.setBorder(Rectangle.NO_BORDER);
        payment.setPaddingLeft(8);
        table.addCell(payment);
        return table;
    }

    private static PdfPTable summary(BillDocument bill) {
        PdfPTable table = new PdfPTable(new float[] {2.4f, 1.3f});
        table.setWidthPercentage(100);
        table.addCell(PdfBlocks.header("Account summary", Element.ALIGN_LEFT));
        table.addCell(PdfBlocks.header(bill.currency(), Element.ALIGN_RIGHT));
        String balanceLabel = bill.previousBalance().isNegative()
                ? "Previous balance (credit)"
                : "Previous balance (arrears)";
        summaryRow(table, balanceLabel, bill.previousBalance(), false);
        summaryRow(table, "Late charges and adjustments", bill.lateChargesAndAdjustments(), false);
        summaryRow(table, "Current charges", bill.currentCharges(), false);
        summaryRow(table, "Installment due", bill.installmentDue(), false);
        summaryRow(table, "Payable by " + DocumentDates.day(bill.dueDate()), bill.payableByDueDate(), true);
        summaryRow(table, "Late charge", bill.lateCharge(), false);
        summaryRow(table, "Payable after " + DocumentDates.day(bill.dueDate()), bill.payableAfterDueDate(), true);
        return table;
    }

    private static void summaryRow(PdfPTable table, String label, Money amount, boolean strong) {
        PdfPCell labelCell = PdfBlocks.ruled(label, strong ? BOLD : TEXT, Element.ALIGN_LEFT);
        PdfPCell amountCell = PdfBlocks.ruled(AmountFormat.format(amount), strong ? BOLD : TEXT,
                Element.ALIGN_RIGHT);
        if (strong) {
            labelCell.setBackgroundColor(PdfBlocks.SHADE);
            amountCell.setBackgroundColor(PdfBlocks.SHADE);
        }
        table.addCell(labelCell);
        table.addCell(amountCell);
    }

    private static PdfPTable payment(PdfWriter writer, BillDocument bill) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        PdfPCell box = new PdfPCell();
        box.setBorderColor(PdfBlocks.RULE);
        box.setPadding(8);
        box.addElement(new Paragraph("Due date " + DocumentDates.day(bill.dueDate()), HEADING));
        Paragraph amount = new Paragraph(bill.currency() + " " + AmountFormat.format(bill.payableByDueDate()),
                TITLE);
        amount.setSpacingAfter(6);
        box.addElement(amount);

        Barcode128 barcode = new Barcode128();
        barcode.setCode(paymentCode(bill));
        barcode.setBarHeight(32);
        barcode.setX(0.7f);
        barcode.setSize(7);
        Image image = barcode.createImageWithBarcode(writer.getDirectContent(), null, null);
        image.setAlignment(Element.ALIGN_CENTER);
        box.addElement(image);
        table.addCell(box);
        return table;
    }
}
