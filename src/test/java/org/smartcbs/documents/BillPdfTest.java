package org.smartcbs.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcbs.core.money.Money;

class BillPdfTest {

    private final BillPdf renderer = new BillPdf();

    @Test
    void billShowsDetailsAndArithmetic() {
        String text = PdfText.singlePage(renderer.render(DocumentSamples.bill("B-2026-01-0001", "BLK-A-1001")));

        for (String expected : List.of(
                "Riverside Power Cooperative",
                "B-2026-01-0001",
                "BLK-A-1001",
                "Amina Rahman",
                "MTR-778812",
                "January 2026",
                "01 Jan 2026 to 31 Jan 2026",
                "4825",
                "5000",
                "175",
                "100 kWh x 22.44 = 2,244.00",
                "75 kWh x 27.90 = 2,092.50",
                "0\u2013100",
                "100\u2013200",
                "1.5% of 4,336.50 = 65.05",
                "250.00",
                "35.00",
                "4,686.55",
                "10,558.45",
                "15,245.00",
                "468.66",
                "15,713.66",
                "17 Feb 2026",
                "03 Feb 2026",
                "SMARTCBS|BLK-A-1001|15245.00")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void billLabelsCreditBalance() {
        BillDocument arrears = DocumentSamples.bill("B-2026-01-0001", "BLK-A-1001");
        BillDocument credit = new BillDocument(arrears.organisationName(), arrears.billNumber(),
                arrears.consumerNumber(), arrears.consumerName(), null, null, null, arrears.billingMonth(),
                arrears.periodStart(), arrears.periodEnd(), arrears.previousReading(), arrears.currentReading(),
                arrears.units(), "m3", arrears.tariffCode(), arrears.lines(), arrears.currentCharges(),
                Money.of("-5000.00"), Money.ZERO, Money.ZERO, Money.of("-313.45"), Money.ZERO,
                Money.of("-313.45"), arrears.issueDate(), arrears.dueDate(), "PKR");

        String text = PdfText.singlePage(renderer.render(credit));

        assertTrue(text.contains("Previous balance (credit)"), text);
        assertTrue(text.contains("-5,000.00"), text);
        assertTrue(text.contains("100 m3 x 22.44 = 2,244.00"), text);
        assertTrue(text.contains("Units (m3)"), text);
        assertEquals("SMARTCBS|BLK-A-1001|0.00", BillPdf.paymentCode(credit));
    }

    @Test
    void paymentCodeCarriesConsumerAndAmount() {
        var bill = DocumentSamples.bill("B-2026-01-0001", "BLK-A-1001");

        assertEquals("SMARTCBS|BLK-A-1001|15245.00", BillPdf.paymentCode(bill));
    }

    @Test
    void paymentCodeRejectsSeparatorInConsumer() {
        var bill = DocumentSamples.bill("B-2026-01-0001", "BLK|1001");

        assertThrows(IllegalArgumentException.class, () -> BillPdf.paymentCode(bill));
    }

    @Test
    void runPrintsOneBillPerPage() {
        List<BillDocument> bills = List.of(
                DocumentSamples.bill("B-2026-01-0001", "BLK-A-1001"),
                DocumentSamples.bill("B-2026-01-0002", "BLK-A-1002"),
                DocumentSamples.bill("B-2026-01-0003", "BLK-B-2001"));

        List<String> pages = PdfText.pages(renderer.renderRun(bills));

        assertEquals(3, pages.size(), "page count");
        for (int i = 0; i < bills.size(); i++) {
            String page = pages.get(i);
            BillDocument bill = bills.get(i);
            assertTrue(page.contains(bill.billNumber()), "page " + (i + 1) + " bill number");
            assertTrue(page.contains(bill.consumerNumber()), "page " + (i + 1) + " consumer number");
            for (BillDocument other : bills) {
                if (other != bill) {
                    assertTrue(!page.contains(other.billNumber()),
                            "page " + (i + 1) + " shows " + other.billNumber());
                }
            }
        }
    }

    @Test
    void runRejectsEmptyList() {
        assertThrows(IllegalArgumentException.class, () -> renderer.renderRun(List.of()));
    }

    @Test
    void calculationCoversLineKinds() {
        var perUnit = new BillDocumentLine("ENERGY", "Energy", new BigDecimal("1234.5"),
                new BigDecimal("5.125"), new BigDecimal("300"), null, null,
                new BigDecimal("6326.8125"));
        var rounding = new BillDocumentLine("ROUNDING", "Rounding", null, null, null, null,
                new BigDecimal("4686.55"), new BigDecimal("0.45"));
        var fixed = new BillDocumentLine("FIXED", "Fixed charge", null, null, null, null, null,
                new BigDecimal("250"));

        assertEquals("1,234.5 kWh x 5.125 = 6,326.81", BillPdf.calculation(perUnit, "kWh"));
        assertEquals("above 300", BillPdf.range(perUnit));
        assertEquals("base 4,686.55", BillPdf.calculation(rounding, "kWh"));
        assertEquals("", BillPdf.calculation(fixed, "kWh"));
        assertEquals("", BillPdf.range(fixed));
    }
}
