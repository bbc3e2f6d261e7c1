package org.smartcbs.documents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcbs.core.money.Money;

class ReceiptPdfTest {

    private final ReceiptPdf renderer = new ReceiptPdf();

    @Test
    void receiptShowsPaymentAndAllocations() {
        String text = PdfText.singlePage(renderer.render(DocumentSamples.receipt()));

        for (String expected : List.of(
                "Riverside Power Cooperative",
                "Payment receipt",
                "HBL-20260215-00417",
                "BLK-A-1001",
                "Amina Rahman",
                "15 Feb 2026",
                "BANK",
                "PKR 12,870.59",
                "B-2026-01-0001",
                "10,558.45",
                "B-2026-02-0001",
                "2,312.14",
                "PKR 2,374.41")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void unallocatedReceiptShowsCredit() {
        var receipt = new ReceiptDocument("Riverside Power Cooperative", "CASH-0009", "BLK-A-1001",
                "Amina Rahman", LocalDate.of(2026, 2, 1), Money.of("500"), "COUNTER", List.of(),
                Money.of("-500"), "PKR");

        String text = PdfText.singlePage(renderer.render(receipt));

        assertTrue(text.contains("Not applied to any item"), text);
        assertTrue(text.contains("Balance after payment (credit)"), text);
        assertTrue(text.contains("PKR -500.00"), text);
    }
}
