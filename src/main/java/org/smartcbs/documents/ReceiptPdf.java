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

/** Renders payment receipts as one-page A5 PDFs. */
public final class ReceiptPdf {

    /** Renders one receipt: the payment, the items it was applied to and the balance left. */
    public byte[] render(ReceiptDocument receipt) {
        return PdfBlocks.write(PageSize.A5, "Receipt " + receipt.reference(), (document, writer) -> {
            document.add(new Paragraph(receipt.organisationName(), TITLE));
            document.add(new Paragraph("Payment receipt", HEADING));

            PdfPTable details = PdfBlocks.table(1, 1.6f);
            details.setSpacingBefore(10);
            PdfBlocks.detail(details, "Receipt reference", receipt.reference());
            PdfBlocks.detail(details, "Consumer number", receipt.consumerNumber());
            PdfBlocks.detail(details, "Name", receipt.consumerName());
            PdfBlocks.detail(details, "Paid on", DocumentDates.day(receipt.paidOn()));
            PdfBlocks.detail(details, "Channel", receipt.channel());
            PdfBlocks.detail(details, "Amount paid",
                    receipt.currency() + " " + AmountFormat.format(receipt.amount()));
            document.add(details);

            document.add(allocations(receipt));

            String balanceLabel = receipt.balanceAfter().isNegative() ? "Balance after payment (credit)"
                    : "Balance after payment";
            PdfPTable balance = PdfBlocks.table(2.6f, 1);
            balance.setSpacingBefore(8);
            balance.addCell(PdfBlocks.plain(balanceLabel, BOLD));
            balance.addCell(PdfBlocks.plainRight(
                    receipt.currency() + " " + AmountFormat.format(receipt.balanceAfter()), BOLD));
            document.add(balance);

            Paragraph footer = new Paragraph("Amounts are in " + receipt.currency()
                    + ". A negative balance is a credit.", SMALL);
            footer.setSpacingBefore(10);
            document.add(footer);
        });
    }

    private static PdfPTable allocations(ReceiptDocument receipt) {
        PdfPTable table = PdfBlocks.table(2.6f, 1);
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        table.addCell(PdfBlocks.header("Applied to", Element.ALIGN_LEFT));
        table.addCell(PdfBlocks.header("Amount (" + receipt.currency() + ")", Element.ALIGN_RIGHT));
        if (receipt.allocations().isEmpty()) {
            PdfPCell none = PdfBlocks.ruled("Not applied to any item", TEXT, Element.ALIGN_LEFT);
            none.setColspan(2);
            table.addCell(none);
        }
        for (ReceiptDocument.Allocation allocation : receipt.allocations()) {
            table.addCell(PdfBlocks.ruled(allocation.reference(), TEXT, Element.ALIGN_LEFT));
            table.addCell(PdfBlocks.ruled(AmountFormat.format(allocation.amount()), TEXT, Element.ALIGN_RIGHT));
        }
        return table;
    }
}
