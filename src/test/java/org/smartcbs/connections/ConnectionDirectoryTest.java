package org.smartcbs.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.consumers.ConsumerStatus;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;

/** Consumer search by each field, the connection-list filters, paging and the exports. */
class ConnectionDirectoryTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void searchFindsByEveryField(TestDatabase database) throws Exception {
        try (ConfigurableApplicationContext app = database.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            ConnectionDirectory directory = app.getBean(ConnectionDirectory.class);

            assertThat(numbers(directory, "RS-003")).containsExactly("RS-003");
            assertThat(numbers(directory, "traders")).containsExactly("RS-003");
            assertThat(numbers(directory, "33333-3333333-3")).containsExactly("RS-003");
            assertThat(numbers(directory, "0300-3333333")).containsExactly("RS-003");
            assertThat(numbers(directory, "MR-3")).containsExactly("RS-003");
            assertThat(numbers(directory, "river market")).containsExactly("RS-003");
            assertThat(numbers(directory, "river road")).containsExactly("RS-001", "RS-002", "RS-004", "RS-005",
                    "RS-006");

            ConnectionDirectory.Page active = directory.search(new ConnectionSearch(null, "RS-1", ConsumerStatus.ACTIVE,
                    "RESIDENTIAL", null, "name", 0, 2));
            assertThat(active.total()).isEqualTo(3);
            assertThat(active.entries()).extracting(ConnectionListEntry::name).containsExactly("Asif Noor", "Bilal Rana");

            String csv = new String(directory.exportCsv(new ConnectionSearch(null, null, ConsumerStatus.DISCONNECTED,
                    null, null, null, 0, 50)), StandardCharsets.UTF_8);
            assertThat(csv).isEqualTo("consumer_no,name,setup_code,category,tariff_code,status,meter_serial\r\n"
                    + "RS-005,Ehsan Mir,RS-1,RESIDENTIAL,,DISCONNECTED,MR-5\r\n");

            byte[] xlsx = directory.exportXlsx(new ConnectionSearch(null, null, null, null, null, null, 0, 50));
            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(6);
                assertThat(workbook.getSheetAt(0).getRow(6).getCell(0).getStringCellValue()).isEqualTo("RS-006");
            }
        }
    }

    /**
     * Riverside's feeder RS-1: MR-1 to MR-5 serve consumers (MR-6 is in stock). RS-001 to RS-003 are active,
     * RS-005 is disconnected and RS-004 awaits approval; a request to assign MR-6 to RS-006 is pending too.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void setupShowsItsMetersCountedFromTheData(TestDatabase database) {
        try (ConfigurableApplicationContext app = database.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            app.getBean(org.smartcbs.meters.MeterAssignments.class).request("MR-6", "RS-006", LocalDate.of(2026, 10, 1),
                    0, Riverside.OFFICER);

            SetupSummary feeder = app.getBean(SetupSummaries.class).all().get(0);

            assertThat(feeder.setupCode()).isEqualTo("RS-1");
            assertThat(feeder.connected()).isEqualTo(5);
            assertThat(feeder.active()).isEqualTo(3);
            assertThat(feeder.disconnected()).isEqualTo(1);
            assertThat(feeder.pending()).isEqualTo(2);
        }
    }

    private static java.util.List<String> numbers(ConnectionDirectory directory, String text) {
        return directory.search(ConnectionSearch.forText(text)).entries().stream().map(ConnectionListEntry::consumerNo)
                .toList();
    }
}
