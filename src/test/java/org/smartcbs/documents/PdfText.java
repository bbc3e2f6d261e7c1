package org.smartcbs.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Text of a rendered PDF, one string per page, read back with OpenPDF's text extractor. */
final class PdfText {

    private PdfText() {
    }

    /** Checks the PDF header and returns the text of each page. */
    static List<String> pages(byte[] pdf) {
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII), "PDF header");
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the text of a PDF that must have exactly one page. */
    static String singlePage(byte[] pdf) {
        List<String> pages = pages(pdf);
        assertEquals(1, pages.size(), "page count");
        return pages.get(0);
    }
}
