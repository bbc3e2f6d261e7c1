package org.smartcbs.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.readings.ReadingUploadMode;
import org.smartcbs.readings.Readings;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;

/** The PDF of an issued bill and of a whole run, read back as text. */
class BillDocumentsTest {

    @TempDir
    Path dataDir;

    @Test
    void billPdfShowsTheArithmeticAndTheDueDate() throws IOException {
        LocalDate runDate = LocalDate.of(2026, 10, 10);
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(runDate))) {
            Riverside.importRegistry(app);
            app.getBean(Readings.class).upload(Riverside.DATA.resolve("readings-2026-10.csv"),
                    ReadingUploadMode.TAKE_VALID_ROWS);
            BillRunResult run = app.getBean(BillRuns.class).run(YearMonth.of(2026, 10), runDate, BillingScope.all());
            BillDocuments documents = app.getBean(BillDocuments.class);

            String text = pages(documents.pdf("2026-10-000001")).get(0);

            // RS-001: 150 units, 100 at 10.00 and 50 at 15.00; 1000.00 carried in, 2035.00 current, due 24 October.
            assertThat(text).contains("2026-10-000001", "RS-001", "Asif Noor", "MR-1");
            assertThat(text).contains("100 kWh x 10.00 = 1,000.00", "50 kWh x 15.00 = 750.00");
            assertThat(text).contains("10% of 1,850.00 = 185.00");
            assertThat(text).contains("2,035.00", "3,035.00", "24 Oct 2026");

            List<String> runPages = pages(documents.runPdf(run.runId()));
            assertThat(runPages).hasSize(3);
            assertThat(runPages.get(2)).contains("2026-10-000003", "RS-003");
        }
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return pages;
        }
    }
}
