package org.smartcbs.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.function.BiConsumer;

/**
 * Fonts, cells and document set-up shared by the PDF renderers.
 *
 * <p>The fonts are the standard Helvetica faces with the WinAnsi (cp1252) encoding, so no font file is
 * embedded. Characters outside cp1252, such as Urdu or Chinese letters, are left out of the printed text.
 */
final class PdfBlocks {

    // TODO: embed a Unicode font when consumer names or addresses need characters outside cp1252.
    static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    static final Font HEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
    static final Font TEXT = new Font(Font.HELVETICA, 8.5f, Font.NORMAL);
    static final Font BOLD = new Font(Font.HELVETICA, 8.5f, Font.BOLD);
    static final Font SMALL = new Font(Font.HELVETICA, 7, Font.NORMAL, Color.DARK_GRAY);

    static final Color SHADE = new Color(0xE8, 0xEC, 0xF2);
    static final Color RULE = new Color(0xB0, 0xB8, 0xC4);

    private static final float MARGIN = 36;

    private PdfBlocks() {
    }

    /** Creates a PDF of the given page size, lets {@code content} add to it, and returns its bytes. */
    static byte[] write(Rectangle pageSize, String title, BiConsumer<Document, PdfWriter> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(pageSize, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("SMART CBS");
        document.open();
        content.accept(document, writer);
        document.close();
        return out.toByteArray();
    }

    /** Creates a full-width table with the given relative column widths. */
    static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        return table;
    }

    /** Creates an unbordered cell. */
    static PdfPCell plain(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        return cell;
    }

    /** Creates an unbordered right-aligned cell, for amounts. */
    static PdfPCell plainRight(String text, Font font) {
        PdfPCell cell = plain(text, font);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** Creates a shaded header cell of a ruled table. */
    static PdfPCell header(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BOLD));
        cell.setBackgroundColor(SHADE);
        cell.setBorderColor(RULE);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    /** Creates a body cell of a ruled table. */
    static PdfPCell ruled(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderColor(RULE);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    /** Adds a label cell and a value cell to a two-column (or wider) details table. */
    static void detail(PdfPTable table, String label, String value) {
        table.addCell(plain(label, SMALL));
        table.addCell(plain(value, BOLD));
    }

    /** Returns the text, or a dash when it is missing or blank. */
    static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
