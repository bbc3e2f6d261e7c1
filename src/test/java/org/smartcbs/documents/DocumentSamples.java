package org.smartcbs.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.smartcbs.core.money.Money;

/** Documents with known figures, shared by the renderer tests. */
final class DocumentSamples {

    private DocumentSamples() {
    }

    /**
     * Returns a bill whose figures add up: energy 2,244.00 + 2,092.50 = 4,336.50, duty 1.5% of that = 65.05,
     * current charges 4,686.55, arrears 10,558.45, payable 15,245.00.
     */
    static BillDocument bill(String billNumber, String consumerNumber) {
        List<BillDocumentLine> lines = List.of(
                new BillDocumentLine("ENERGY", "Energy", new BigDecimal("100"), new BigDecimal("22.44"),
                        new BigDecimal("0"), new BigDecimal("100"), null, new BigDecimal("2244.00")),
                new BillDocumentLine("ENERGY", "Energy", new BigDecimal("75"), new BigDecimal("27.90"),
                        new BigDecimal("100"), new BigDecimal("200"), null, new BigDecimal("2092.50")),
                new BillDocumentLine("FIXED", "Fixed charge", null, null, null, null, null,
                        new BigDecimal("250.00")),
                new BillDocumentLine("ED", "Electricity duty", null, new BigDecimal("1.5"), null, null,
                        new BigDecimal("4336.50"), new BigDecimal("65.0475")),
                new BillDocumentLine("TV", "TV fee", null, null, null, null, null, new BigDecimal("35.00")));
        return new BillDocument(
                "Riverside Power Cooperative",
                billNumber,
                consumerNumber,
                "Amina Rahman",
                "House 12, Street 4, Block A, Riverside",
                "Block A",
                "MTR-778812",
                YearMonth.of(2026, 1),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31),
                4_825,
                5_000,
                new BigDecimal("175"),
                "RES-1",
                lines,
                Money.of("4686.55"),
                Money.of("10558.45"),
                Money.ZERO,
                Money.ZERO,
                Money.of("15245.00"),
                Money.of("468.66"),
                Money.of("15713.66"),
                LocalDate.of(2026, 2, 3),
                LocalDate.of(2026, 2, 17),
                "PKR");
    }

    static ReceiptDocument receipt() {
        return new ReceiptDocument(
                "Riverside Power Cooperative",
                "HBL-20260215-00417",
                "BLK-A-1001",
                "Amina Rahman",
                LocalDate.of(2026, 2, 15),
                Money.of("12870.59"),
                "BANK",
                List.of(new ReceiptDocument.Allocation("B-2026-01-0001", Money.of("10558.45")),
                        new ReceiptDocument.Allocation("B-2026-02-0001", Money.of("2312.14"))),
                Money.of("2374.41"),
                "PKR");
    }

    /** Returns a statement with a bill, a payment with a comma in its reference, and a credit below zero. */
    static StatementDocument statement() {
        List<StatementLine> lines = List.of(
                new StatementLine(LocalDate.of(2026, 1, 3), "BILL", "B-2026-01-0001", Money.of("4686.55"),
                        Money.of("15245.00")),
                new StatementLine(LocalDate.of(2026, 1, 20), "PAYMENT", "HBL 417, counter 2",
                        Money.of("-16000.00"), Money.of("-755.00")),
                new StatementLine(LocalDate.of(2026, 1, 28), "ADJUSTMENT", "=SUM(A1:A9)", Money.of("1255.00"),
                        Money.of("500.00")));
        return new StatementDocument(
                "Riverside Power Cooperative",
                "BLK-A-1001",
                "Amina Rahman",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31),
                Money.of("10558.45"),
                lines,
                Money.of("500.00"),
                "PKR");
    }
}
