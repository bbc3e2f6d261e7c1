package org.smartcbs.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.consumers.Consumer;
import org.smartcbs.consumers.ConsumerRegistration;
import org.smartcbs.consumers.ConsumerStatus;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.meters.MeterAssignments;
import org.smartcbs.meters.Meters;
import org.smartcbs.setups.Setups;
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

    /**
     * Substation SS-1 feeds feeder FD-2, which feeds area AR-3. AR-3's one consumer is active on MR-6; FD-2's one
     * consumer awaits approval of MR-7. So AR-3 counts 1 connected and active; FD-2 has 1 pending of its own plus
     * AR-3's 1 connected and active; SS-1 has nothing of its own and the same totals as FD-2.
     */
    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "H2")
    void nestedSetupsAddUp(TestDatabase database) throws Exception {
        try (ConfigurableApplicationContext app = database.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            Path setups = dataDir.resolve("setups.csv");
            Files.writeString(setups, "setup_code,name,description,parent_code\nSS-1,Riverside Substation,,\n"
                    + "FD-2,Feeder 2,,SS-1\nAR-3,Area 3,,FD-2\n");
            app.getBean(Setups.class).importFile(setups);
            Path meters = dataDir.resolve("meters.csv");
            Files.writeString(meters, "meter_serial,register_digits,multiplier\nMR-7,5,1\n");
            app.getBean(Meters.class).importFile(meters);
            Consumers consumers = app.getBean(Consumers.class);
            MeterAssignments assignments = app.getBean(MeterAssignments.class);
            LocalDate day = LocalDate.of(2026, 10, 1);
            Consumer inArea = consumers.register(new ConsumerRegistration(null, "Gul Khan", null, "77777-7777777-7",
                    null, null, "Plot 1", "AR-3", "RESIDENTIAL", "RIVERSIDE-RESIDENTIAL-2026", null, day),
                    Riverside.OFFICER);
            consumers.approveRegistration(inArea.consumerNo(), Riverside.SECOND_OFFICER);
            assignments.approve(assignments.request("MR-6", inArea.consumerNo(), day, 0, Riverside.OFFICER),
                    Riverside.SECOND_OFFICER);
            Consumer onFeeder = consumers.register(new ConsumerRegistration(null, "Hina Aslam", null,
                    "88888-8888888-8", null, null, "Plot 2", "FD-2", "RESIDENTIAL", null, null, day), Riverside.OFFICER);
            assignments.request("MR-7", onFeeder.consumerNo(), day, 0, Riverside.OFFICER);

            Map<String, SetupSummary> own = new HashMap<>();
            app.getBean(SetupSummaries.class).all().forEach(summary -> own.put(summary.setupCode(), summary));
            Map<String, SetupSummary> total = new HashMap<>();
            app.getBean(SetupSummaries.class).withNested().forEach(summary -> total.put(summary.setupCode(), summary));

            assertThat(own.get("SS-1")).isEqualTo(new SetupSummary("SS-1", "Riverside Substation", null, 0, 0, 0, 0));
            assertThat(own.get("FD-2")).isEqualTo(new SetupSummary("FD-2", "Feeder 2", "SS-1", 0, 0, 0, 1));
            assertThat(total.get("AR-3")).isEqualTo(new SetupSummary("AR-3", "Area 3", "FD-2", 1, 1, 0, 0));
            assertThat(total.get("FD-2")).isEqualTo(new SetupSummary("FD-2", "Feeder 2", "SS-1", 1, 1, 0, 1));
            assertThat(total.get("SS-1")).isEqualTo(new SetupSummary("SS-1", "Riverside Substation", null, 1, 1, 0, 1));
            assertThat(total.get("RS-1")).isEqualTo(own.get("RS-1"));

            ConnectionDirectory directory = app.getBean(ConnectionDirectory.class);
            assertThat(directory.search(new ConnectionSearch(null, "SS-1", null, null, null, null, 0, 50)).entries())
                    .extracting(ConnectionListEntry::consumerNo).containsExactly("AR-3-1001", "FD-2-1001");
            assertThat(directory.search(new ConnectionSearch(null, "AR-3", null, null, null, null, 0, 50)).entries())
                    .extracting(ConnectionListEntry::consumerNo).containsExactly("AR-3-1001");
            assertThat(directory.search(new ConnectionSearch(null, "XX-9", null, null, null, null, 0, 50)).total())
                    .isZero();
            // Only AR-3's consumer names a tariff of its own; RS-003 is Riverside's one commercial consumer.
            assertThat(directory.search(new ConnectionSearch(null, null, null, null, "RIVERSIDE-RESIDENTIAL-2026",
                    null, 0, 50)).entries()).extracting(ConnectionListEntry::consumerNo).containsExactly("AR-3-1001");
            assertThat(directory.search(new ConnectionSearch(null, null, null, "COMMERCIAL", null, null, 0, 50))
                    .entries()).extracting(ConnectionListEntry::consumerNo).containsExactly("RS-003");
        }
    }

    private static java.util.List<String> numbers(ConnectionDirectory directory, String text) {
        return directory.search(ConnectionSearch.forText(text)).entries().stream().map(ConnectionListEntry::consumerNo)
                .toList();
    }
}
