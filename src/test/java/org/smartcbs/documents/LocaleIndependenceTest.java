package org.smartcbs.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Documents must read the same whatever the JVM's default locale. */
class LocaleIndependenceTest {

    private static final List<Locale> LOCALES = List.of(Locale.US, Locale.GERMANY, Locale.FRANCE);

    private final Locale original = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    @Test
    void amountFormatIgnoresDefaultLocale() {
        for (Locale locale : LOCALES) {
            Locale.setDefault(locale);
            assertEquals("12,870.59", AmountFormat.format(new BigDecimal("12870.585")), locale.toString());
            assertEquals("-1,234,567.00", AmountFormat.format(new BigDecimal("-1234567")), locale.toString());
            assertEquals("12870.59", AmountFormat.plain(new BigDecimal("12870.59")), locale.toString());
            assertEquals("1.5", AmountFormat.percent(new BigDecimal("1.50")), locale.toString());
        }
    }

    @Test
    void billTextIgnoresDefaultLocale() {
        BillPdf renderer = new BillPdf();
        assertSameUnderEveryLocale(() -> PdfText.pages(
                renderer.render(DocumentSamples.bill("B-2026-01-0001", "BLK-A-1001"))));
    }

    @Test
    void receiptTextIgnoresDefaultLocale() {
        ReceiptPdf renderer = new ReceiptPdf();
        assertSameUnderEveryLocale(() -> PdfText.pages(renderer.render(DocumentSamples.receipt())));
    }

    @Test
    void statementIgnoresDefaultLocale() {
        StatementExport export = new StatementExport();
        assertSameUnderEveryLocale(() -> PdfText.pages(export.pdf(DocumentSamples.statement())));

        Locale.setDefault(Locale.US);
        byte[] reference = export.csv(DocumentSamples.statement());
        for (Locale locale : LOCALES) {
            Locale.setDefault(locale);
            assertArrayEquals(reference, export.csv(DocumentSamples.statement()), "CSV under " + locale);
        }
    }

    private static void assertSameUnderEveryLocale(Supplier<List<String>> text) {
        Locale.setDefault(Locale.US);
        List<String> reference = text.get();
        for (Locale locale : LOCALES) {
            Locale.setDefault(locale);
            assertEquals(reference, text.get(), "text under " + locale);
        }
    }
}
