package org.smartcbs.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcbs.billing.BillRuns;
import org.smartcbs.billing.BillingScope;
import org.smartcbs.billing.LateCharges;
import org.smartcbs.cli.Launcher;
import org.smartcbs.documents.ReceiptDocument;
import org.smartcbs.documents.StatementDocument;
import org.smartcbs.readings.ReadingUploadMode;
import org.smartcbs.readings.Readings;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Receipts and statements of RS-001: 1000.00 carried over on 1 October, the October bill 2035.00 on the 10th, then
 * payments of 1500.00 on the 20th and 2000.00 on the 22nd.
 */
class AccountDocumentsTest {

    @TempDir
    Path dataDir;

    @Test
    void receiptShowsWhatThePaymentPaidOldestFirst() throws Exception {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 1));
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            clock.moveTo(LocalDate.of(2026, 10, 10));
            app.getBean(Readings.class).upload(Riverside.DATA.resolve("readings-2026-10.csv"),
                    ReadingUploadMode.TAKE_VALID_ROWS);
            app.getBean(BillRuns.class).run(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 10),
                    new BillingScope(BillingScope.Type.CONSUMER, "RS-001"));
            Payments payments = app.getBean(Payments.class);
            clock.moveTo(LocalDate.of(2026, 10, 20));
            payments.post("RS-001", new BigDecimal("1500.00"), "R-1", "CASH", Riverside.CASHIER);
            clock.moveTo(LocalDate.of(2026, 10, 22));
            payments.post("RS-001", new BigDecimal("2000.00"), "R-2", "CASH", Riverside.CASHIER);
            AccountDocuments documents = app.getBean(AccountDocuments.class);

            // R-1 pays the 1000.00 carried over, then 500.00 of the bill.
            ReceiptDocument first = documents.receipt("R-1");
            assertThat(first.allocations()).extracting(a -> a.reference() + " " + a.amount())
                    .containsExactly("balance carried over 1000.00", "2026-10-000001 500.00");
            assertThat(first.balanceAfter()).hasToString("1535.00");
            // R-2 pays the bill's other 1535.00, and 465.00 is credit.
            ReceiptDocument second = documents.receipt("R-2");
            assertThat(second.allocations()).extracting(a -> a.reference() + " " + a.amount())
                    .containsExactly("2026-10-000001 1535.00", "credit for later bills 465.00");

            // When R-1 bounces, R-2 pays what R-1 had: the 1000.00 carried over first.
            payments.reverse("R-1", "cheque bounced", Riverside.CASHIER);
            assertThat(documents.receipt("R-2").allocations()).extracting(a -> a.reference() + " " + a.amount())
                    .containsExactly("balance carried over 1000.00", "2026-10-000001 1000.00");

            try (PdfReader reader = new PdfReader(documents.receiptPdf("R-2"))) {
                String text = new PdfTextExtractor(reader).getTextFromPage(1);
                assertThat(text).contains("R-2", "RS-001", "2,000.00");
            }
        }
    }

    /**
     * RS-001 carries 1000.00 in and is billed 2035.00 on 10 October, due on the 24th. A debit adjustment of 100.00
     * follows on the 20th, and the late charge of 10% of 2035.00, rounded to 204.00, on the 25th. On 2 November
     * RS-001 pays 3200.00. Oldest first, the late charge goes with its bill, before the later adjustment:
     * 3200.00 - 1000.00 - 2035.00 = 165.00 for it. With late charges last, the adjustment's 100.00 comes first and
     * 65.00 is left for the late charge.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "OLDEST_FIRST      | balance carried over 1000.00; 2026-10-000001 2035.00; late charge 2026-10-000001 165.00",
        "LATE_CHARGES_LAST | balance carried over 1000.00; 2026-10-000001 2035.00; ADJ-1 100.00;"
                + " late charge 2026-10-000001 65.00"})
    void receiptFollowsConfiguredAllocationOrder(String order, String expected) throws Exception {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 1));
        Map<String, String> properties = new HashMap<>(TestDatabase.H2.properties());
        properties.put("smartcbs.payments.allocation-order", order);
        try (ConfigurableApplicationContext app = Launcher.open(dataDir, clock, WebApplicationType.NONE, properties)) {
            Riverside.importRegistry(app);
            clock.moveTo(LocalDate.of(2026, 10, 10));
            app.getBean(Readings.class).upload(Riverside.DATA.resolve("readings-2026-10.csv"),
                    ReadingUploadMode.TAKE_VALID_ROWS);
            app.getBean(BillRuns.class).run(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 10),
                    new BillingScope(BillingScope.Type.CONSUMER, "RS-001"));
            clock.moveTo(LocalDate.of(2026, 10, 20));
            app.getBean(Adjustments.class).request("RS-001", Adjustments.Kind.DEBIT, new BigDecimal("100.00"),
                    "meter seal replaced", Riverside.OFFICER);
            clock.moveTo(LocalDate.of(2026, 11, 2));
            assertThat(app.getBean(LateCharges.class).apply(LocalDate.of(2026, 10, 25)).total()).hasToString("204.00");
            app.getBean(Payments.class).post("RS-001", new BigDecimal("3200.00"), "R-5", "CASH", Riverside.CASHIER);

            ReceiptDocument receipt = app.getBean(AccountDocuments.class).receipt("R-5");

            assertThat(receipt.allocations()).extracting(a -> a.reference() + " " + a.amount())
                    .containsExactlyElementsOf(List.of(expected.split("; ")));
            // 1000.00 + 2035.00 + 100.00 + 204.00 - 3200.00 = 139.00 still owed, whatever the order.
            assertThat(receipt.balanceAfter()).hasToString("139.00");
        }
    }

    @Test
    void statementOfARangeStartsFromTheBalanceBeforeIt() throws Exception {
        TestClock clock = new TestClock(LocalDate.of(2026, 10, 1));
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, clock)) {
            Riverside.importRegistry(app);
            clock.moveTo(LocalDate.of(2026, 10, 20));
            app.getBean(Payments.class).post("RS-001", new BigDecimal("400.00"), "R-7", "CASH", Riverside.CASHIER);
            AccountDocuments documents = app.getBean(AccountDocuments.class);

            StatementDocument statement = documents.statement("RS-001", LocalDate.of(2026, 10, 2),
                    LocalDate.of(2026, 10, 31));
            assertThat(statement.openingBalance()).hasToString("1000.00");
            assertThat(statement.closingBalance()).hasToString("600.00");

            String csv = new String(documents.statement("RS-001", LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 31),
                    AccountDocuments.Format.CSV), StandardCharsets.UTF_8);
            // RS-001 carried in 1000.00 and paid 400.00 on the 20th: 1000.00 - 400.00 = 600.00.
            assertThat(csv).isEqualTo("date,type,reference,amount,balance\r\n"
                    + "2026-10-02,Opening balance,,,1000.00\r\n"
                    + "2026-10-20,PAYMENT,R-7,-400.00,600.00\r\n"
                    + "2026-10-31,Closing balance,,,600.00\r\n");
            byte[] xlsx = documents.statement("RS-001", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                    AccountDocuments.Format.XLSX);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Statement");
            }
            try (PdfReader reader = new PdfReader(documents.statement("RS-001", LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 10, 31), AccountDocuments.Format.PDF))) {
                assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("R-7", "600.00");
            }
        }
    }
}
