package org.smartcbs.consumers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.billing.BillRunResult;
import org.smartcbs.billing.BillRuns;
import org.smartcbs.billing.BillingScope;
import org.smartcbs.cli.Launcher;
import org.smartcbs.core.rows.ImportMode;
import org.smartcbs.core.rows.ImportResult;
import org.smartcbs.identity.Employees;
import org.smartcbs.readings.ReadingUploadMode;
import org.smartcbs.readings.Readings;
import org.smartcbs.setups.Setups;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registration, status moves, disconnection requests and the import's all-or-nothing rule. */
class ConsumerRegistryTest {

    @TempDir
    Path dataDir;

    private static ConsumerRegistration registration(String nationalId, String phone) {
        return new ConsumerRegistration(null, "Gul Khan", "Khan Zaman", nationalId, phone, "gul@example.com",
                "House 7, River Road", "RS-1", "RESIDENTIAL", null, new BigDecimal("2"), LocalDate.of(2026, 10, 1));
    }

    @Test
    void registrationGeneratesNumberAndNormalisesPhone() {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            Consumers consumers = app.getBean(Consumers.class);

            Consumer first = consumers.register(registration("77777-7777777-7", "0321-7241616"), Riverside.OFFICER);
            Consumer second = consumers.register(registration("88888-8888888-8", "+92 321 7241617"), Riverside.OFFICER);

            assertThat(first.consumerNo()).isEqualTo("RS-1-1001");
            assertThat(second.consumerNo()).isEqualTo("RS-1-1002");
            assertThat(first.phone()).isEqualTo("+923217241616");
            assertThat(second.phone()).isEqualTo("+923217241617");
            assertThat(first.status()).isEqualTo(ConsumerStatus.PENDING_APPROVAL);
        }
    }

    @Test
    void registrationRejectsSameNationalIdAndBadFields() {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            Consumers consumers = app.getBean(Consumers.class);

            assertThatThrownBy(() -> consumers.register(registration("11111-1111111-1", "0300-1234567"),
                    Riverside.OFFICER)).isInstanceOf(RegistrationException.class)
                    .hasMessageContaining("national_id").hasMessageContaining("open connection")
                    .hasMessageNotContaining("11111-1111111-1");
            assertThatThrownBy(() -> consumers.register(registration("1234", "12"), Riverside.OFFICER))
                    .isInstanceOf(RegistrationException.class).hasMessageContaining("not a valid national id")
                    .hasMessageContaining("not a valid phone number");
            ConsumerRegistration badEmail = new ConsumerRegistration(null, "Gul Khan", null, "77777-7777777-7", null,
                    "gul@example", null, "RS-1", "RESIDENTIAL", null, null, null);
            assertThatThrownBy(() -> consumers.register(badEmail, Riverside.OFFICER))
                    .isInstanceOf(RegistrationException.class)
                    .hasMessage("the consumer was not registered: email is not a valid e-mail address");
        }
    }

    @Test
    void statusMovesFollowTheLifecycle() {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            Consumers consumers = app.getBean(Consumers.class);

            assertThatThrownBy(() -> consumers.changeStatus("RS-004", ConsumerStatus.DISCONNECTED, Riverside.OFFICER))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("consumer RS-004 is PENDING_APPROVAL and cannot move to DISCONNECTED");
            assertThatThrownBy(() -> consumers.changeStatus("RS-004", ConsumerStatus.ACTIVE, Riverside.OFFICER))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("consumer RS-004 is PENDING_APPROVAL; a second employee activates it by approving the"
                            + " registration");
            assertThat(consumers.approveRegistration("RS-004", Riverside.OFFICER).status())
                    .isEqualTo(ConsumerStatus.ACTIVE);
            assertThatThrownBy(() -> consumers.changeStatus("RS-004", ConsumerStatus.DISCONNECTED, Riverside.OFFICER))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("consumer RS-004 is ACTIVE; a move to DISCONNECTED needs a disconnection or"
                            + " reconnection request that a second employee approves");
            assertThatThrownBy(() -> consumers.changeStatus("RS-005", ConsumerStatus.ACTIVE, Riverside.OFFICER))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("RS-005 is DISCONNECTED; a move to ACTIVE needs a disconnection or"
                            + " reconnection request");
            assertThatThrownBy(() -> consumers.changeStatus("RS-004", ConsumerStatus.CLOSED, Riverside.READER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a METER_READER");
            assertThat(consumers.changeStatus("RS-004", ConsumerStatus.CLOSED, Riverside.OFFICER).status())
                    .isEqualTo(ConsumerStatus.CLOSED);
            assertThatThrownBy(() -> consumers.changeStatus("RS-004", ConsumerStatus.ACTIVE, Riverside.OFFICER))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("CLOSED");
        }
    }

    @Test
    void registrationApprovedByAnotherEmployee() {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            Consumers consumers = app.getBean(Consumers.class);

            assertThatThrownBy(() -> consumers.register(registration("77777-7777777-7", null), Riverside.READER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("METER_READER");
            Consumer registered = consumers.register(registration("77777-7777777-7", null), Riverside.OFFICER);

            assertThatThrownBy(() -> consumers.approveRegistration(registered.consumerNo(), Riverside.OFFICER))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("bilal asked for the registration of consumer RS-1-1001 and so cannot decide on it;"
                            + " another employee must approve or reject it");
            assertThatThrownBy(() -> consumers.approveRegistration(registered.consumerNo(), Riverside.CASHIER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CASHIER");
            assertThat(consumers.approveRegistration(registered.consumerNo(), Riverside.SECOND_OFFICER).status())
                    .isEqualTo(ConsumerStatus.ACTIVE);
            assertThatThrownBy(() -> consumers.approveRegistration(registered.consumerNo(), Riverside.ADMIN))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("consumer RS-1-1001 is ACTIVE, so there is no registration to approve");
        }
    }

    @Test
    void unknownTariffRejected() {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            Consumers consumers = app.getBean(Consumers.class);
            ConsumerRegistration unknown = new ConsumerRegistration(null, "Gul Khan", null, "77777-7777777-7", null,
                    null, "Plot 9", "RS-1", "RESIDENTIAL", "RIVERSIDE-RESIDENTAIL-2026", null, null);
            ConsumerRegistration known = new ConsumerRegistration(null, "Gul Khan", null, "77777-7777777-7", null,
                    null, "Plot 9", "RS-1", "RESIDENTIAL", "RIVERSIDE-COMMERCIAL-2026", null, null);

            assertThatThrownBy(() -> consumers.register(unknown, Riverside.OFFICER))
                    .isInstanceOf(RegistrationException.class)
                    .hasMessage("the consumer was not registered: tariff_code \"RIVERSIDE-RESIDENTAIL-2026\" is not an"
                            + " imported tariff; import the tariff file first or leave it blank to bill on the"
                            + " category's tariff");
            assertThat(consumers.register(known, Riverside.OFFICER).tariffCode()).isEqualTo("RIVERSIDE-COMMERCIAL-2026");
        }
    }

    @Test
    void categoryOutsideConfiguredListRejected() {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            ConsumerRegistration tubewell = new ConsumerRegistration(null, "Gul Khan", null, "77777-7777777-7", null,
                    null, "Plot 9", "RS-1", "TUBEWELL", null, null, null);

            assertThatThrownBy(() -> app.getBean(Consumers.class).register(tubewell, Riverside.OFFICER))
                    .isInstanceOf(RegistrationException.class)
                    .hasMessage("the consumer was not registered: category \"TUBEWELL\" is not a consumer category;"
                            + " use one of RESIDENTIAL, COMMERCIAL, INDUSTRIAL, AGRICULTURAL, GENERAL"
                            + " (setting smartcbs.consumers.categories)");
        }
    }

    /** An organisation with its own categories, consumer numbers and a 13-digit national id without dashes. */
    @Test
    void configuredCategoriesNumbersAndNationalIds() {
        try (ConfigurableApplicationContext app = Launcher.open(dataDir, new TestClock(LocalDate.of(2026, 10, 1)),
                WebApplicationType.NONE, Map.of("smartcbs.consumers.categories", "RESIDENTIAL, COMMERCIAL, TUBEWELL",
                        "smartcbs.consumers.number-pattern", "GV/{setup}/{seq}",
                        "smartcbs.consumers.national-id-pattern", "\\d{13}"))) {
            Setups setups = app.getBean(Setups.class);
            setups.importFile(Riverside.DATA.resolve("setups.csv"));
            Employees employees = app.getBean(Employees.class);
            employees.createFirstAdmin(Riverside.ADMIN, "Amina Qureshi", Riverside.PASSWORD);
            Consumers consumers = app.getBean(Consumers.class);
            ConsumerRegistration tubewell = new ConsumerRegistration(null, "Gul Khan", null, "7777777777777", null,
                    null, "Plot 9", "RS-1", "TUBEWELL", null, null, null);

            Consumer registered = consumers.register(tubewell, Riverside.ADMIN);

            assertThat(registered.category()).isEqualTo("TUBEWELL");
            assertThat(registered.consumerNo()).isEqualTo("GV/RS-1/1001");
            assertThat(registered.nationalId()).isEqualTo("7777777777777");
            ConsumerRegistration dashed = new ConsumerRegistration(null, "Hina Aslam", null, "77777-7777777-8", null,
                    null, "Plot 10", "RS-1", "RESIDENTIAL", null, null, null);
            assertThatThrownBy(() -> consumers.register(dashed, Riverside.ADMIN))
                    .isInstanceOf(RegistrationException.class).hasMessageContaining("not a valid national id");
        }
    }

    @Test
    void disconnectionNeedsApprovalByAnother() {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            ConnectionRequests requests = app.getBean(ConnectionRequests.class);

            long id = requests.request("RS-001", ConnectionRequests.Kind.DISCONNECT, "unpaid for three months",
                    LocalDate.of(2026, 10, 2), Riverside.OFFICER);
            assertThatThrownBy(() -> requests.approve(id, Riverside.OFFICER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot decide");
            assertThat(requests.approve(id, Riverside.SECOND_OFFICER).status()).isEqualTo(ConsumerStatus.DISCONNECTED);

            long reconnect = requests.request("RS-001", ConnectionRequests.Kind.RECONNECT, "arrears paid",
                    LocalDate.of(2026, 10, 5), Riverside.SECOND_OFFICER);
            assertThat(requests.approve(reconnect, Riverside.OFFICER).status()).isEqualTo(ConsumerStatus.ACTIVE);
            assertThatThrownBy(() -> requests.request("RS-004", ConnectionRequests.Kind.DISCONNECT, "test",
                    LocalDate.of(2026, 10, 5), Riverside.OFFICER)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("PENDING_APPROVAL");
            assertThatThrownBy(() -> requests.request("RS-004", ConnectionRequests.Kind.RECONNECT, "test",
                    LocalDate.of(2026, 10, 5), Riverside.OFFICER)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("consumer RS-004 is PENDING_APPROVAL; a reconnect request does not apply");
        }
    }

    @Test
    void importWithOneBadRowWritesNothing() throws Exception {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            Path file = dataDir.resolve("more-consumers.csv");
            Files.writeString(file, """
                    consumer_no,name,national_id,phone,setup_code,category,status,opening_balance
                    RS-101,Hina Aslam,90000-0000000-1,0300-9000001,RS-1,RESIDENTIAL,ACTIVE,10.00
                    RS-102,Imran Butt,90000-0000000-2,0300-9000002,RS-9,RESIDENTIAL,ACTIVE,0
                    RS-103,Jamal Din,90000-0000000-3,0300-9000003,RS-1,RESIDENTIAL,SLEEPING,1.005
                    """);
            Consumers consumers = app.getBean(Consumers.class);
            long before = consumers.count();

            ImportResult result = consumers.importFile(file);

            assertThat(result.committed()).isFalse();
            assertThat(result.rejections()).extracting(r -> r.message()).containsExactly(
                    "row 3, setup_code \"RS-9\": is not a registered setup",
                    "row 4, status \"SLEEPING\": must be one of PENDING_APPROVAL, ACTIVE, DISCONNECTED, CLOSED",
                    "row 4, opening_balance \"1.005\": has more than 2 decimals");
            assertThat(consumers.count()).isEqualTo(before);
        }
    }

    @Test
    void importRejectsOddValues() throws Exception {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            Path file = dataDir.resolve("odd-consumers.csv");
            // Row 2 has a BEL in its name, row 3 a tab in its address. Today is 2026-10-01, so row 4's
            // connection date is the latest one accepted.
            Files.writeString(file, "consumer_no,name,national_id,phone,setup_code,category,status,"
                    + "sanctioned_load_kw,connection_date,address\n"
                    + "RS-101,Hina\u0007 Aslam,90000-0000000-1,0300-9000001,RS-1,RESIDENTIAL,ACTIVE,-3,2026-10-02,House 1\n"
                    + "RS-102,Imran Butt,90000-0000000-2,0300-9000002,RS-1,RESIDENTIAL,ACTIVE,2,2099-12-07,Plot\t9\n"
                    + "RS-103,Jamal Din,90000-0000000-3,0300-9000003,RS-1,RESIDENTIAL,ACTIVE,0,2026-10-01,House 3\n"
                    + "RS-104,Kiran Shah,90000-0000000-4,0300-9000004,RS-1,RESIDENTIAL,ACTIVE,2,2026-02-30,House 4\n");
            Consumers consumers = app.getBean(Consumers.class);
            long before = consumers.count();

            ImportResult result = consumers.importFile(file);

            assertThat(result.committed()).isFalse();
            assertThat(result.rejections()).extracting(r -> r.message()).containsExactly(
                    "row 2, name \"HinaU+0007 Aslam\": contains a control character; remove it",
                    "row 2, sanctioned_load_kw \"-3\": is negative; write the load in kW, zero or more",
                    "row 2, connection_date \"2026-10-02\": is after today, 2026-10-01; write the date the connection"
                            + " was made",
                    "row 3, address \"PlotU+00099\": contains a control character; remove it",
                    "row 3, connection_date \"2099-12-07\": is after today, 2026-10-01; write the date the connection"
                            + " was made",
                    "row 5, connection_date \"2026-02-30\": is not a valid date; write YYYY-MM-DD");
            assertThat(consumers.count()).isEqualTo(before);
        }
    }

    /**
     * ledger_entry.amount is numeric(14, 2), so an opening balance must lie within -999,999,999,999.99 and
     * 999,999,999,999.99. Each row out of range is reported, and nothing is written.
     */
    @Test
    void openingBalanceTooLargeRejected() throws Exception {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            Path file = dataDir.resolve("large-balances.csv");
            Files.writeString(file, """
                    consumer_no,name,national_id,phone,setup_code,category,status,opening_balance
                    RS-101,Hina Aslam,90000-0000000-1,0300-9000001,RS-1,RESIDENTIAL,ACTIVE,99999999999999999999999.99
                    RS-102,Imran Butt,90000-0000000-2,0300-9000002,RS-1,RESIDENTIAL,ACTIVE,-1000000000000.00
                    RS-103,Jamal Din,90000-0000000-3,0300-9000003,RS-1,RESIDENTIAL,ACTIVE,999999999999.99
                    """);
            Consumers consumers = app.getBean(Consumers.class);
            long before = consumers.count();

            ImportResult result = consumers.importFile(file);

            assertThat(result.committed()).isFalse();
            assertThat(result.rejections()).extracting(r -> r.message()).containsExactly(
                    "row 2, opening_balance \"99999999999999999999999.99\": is above the maximum 999,999,999,999.99",
                    "row 3, opening_balance \"-1000000000000.00\": is below the minimum -999,999,999,999.99");
            assertThat(consumers.count()).isEqualTo(before);
        }
    }

    /**
     * An .xlsx import with a date cell, a number cell and one row naming an unknown setup: by default nothing is
     * written; taking the valid rows writes the other two.
     */
    @Test
    void xlsxImportTakesValidRowsWhenAsked() throws Exception {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            Path file = dataDir.resolve("more-consumers.xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                Sheet sheet = workbook.createSheet("Consumers");
                CellStyle dateStyle = workbook.createCellStyle();
                dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
                String[] header = {"consumer_no", "name", "national_id", "setup_code", "category", "status",
                    "sanctioned_load_kw", "connection_date"};
                Row headerRow = sheet.createRow(0);
                for (int c = 0; c < header.length; c++) {
                    headerRow.createCell(c).setCellValue(header[c]);
                }
                String[][] rows = {
                    {"RS-101", "Hina Aslam", "90000-0000000-1", "RS-1", "RESIDENTIAL", "ACTIVE"},
                    {"RS-102", "Imran Butt", "90000-0000000-2", "RS-9", "RESIDENTIAL", "ACTIVE"},
                    {"RS-103", "Jamal Din", "90000-0000000-3", "RS-1", "COMMERCIAL", "PENDING_APPROVAL"}};
                for (int r = 0; r < rows.length; r++) {
                    Row row = sheet.createRow(r + 1);
                    for (int c = 0; c < rows[r].length; c++) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                    row.createCell(6).setCellValue(2.5);
                    Cell date = row.createCell(7);
                    date.setCellValue(LocalDate.of(2026, 9, 1));
                    date.setCellStyle(dateStyle);
                }
                workbook.write(out);
            }
            Consumers consumers = app.getBean(Consumers.class);
            long before = consumers.count();

            ImportResult allOrNothing = consumers.importFile(file);
            assertThat(allOrNothing.committed()).isFalse();
            assertThat(allOrNothing.rejections()).extracting(r -> r.message())
                    .containsExactly("row 3, setup_code \"RS-9\": is not a registered setup");
            assertThat(consumers.count()).isEqualTo(before);

            ImportResult valid = consumers.importFile(file, ImportMode.TAKE_VALID_ROWS);
            assertThat(valid.committed()).isTrue();
            assertThat(valid.taken()).isEqualTo(2);
            assertThat(valid.rejections()).extracting(r -> r.message())
                    .containsExactly("row 3, setup_code \"RS-9\": is not a registered setup");
            assertThat(consumers.count()).isEqualTo(before + 2);
            Consumer jamal = consumers.require("RS-103");
            assertThat(jamal.connectionDate()).isEqualTo(LocalDate.of(2026, 9, 1));
            assertThat(jamal.sanctionedLoadKw()).isEqualByComparingTo("2.5");
            assertThat(jamal.status()).isEqualTo(ConsumerStatus.PENDING_APPROVAL);
            assertThat(consumers.findByNo("RS-102")).isEmpty();
        }
    }

    /**
     * RS-001 reads 1,100 on 5 October (100 units since 1,000 in September) and RS-002 reads 70 (a rollover from
     * 99,950). RS-001's disconnection is approved before the run, so the run bills RS-002 alone.
     */
    @Test
    void disconnectedConsumerNotBilled() throws Exception {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026, 10, 10)))) {
            Riverside.importRegistry(app);
            Path october = dataDir.resolve("readings-2026-10.csv");
            Files.writeString(october, "Meter No,Reading Date,Current Reading\nMR-1,05/10/2026,1100\n"
                    + "MR-2,05/10/2026,70\n");
            assertThat(app.getBean(Readings.class).upload(october, ReadingUploadMode.ALL_OR_NOTHING).taken()).isEqualTo(2);
            ConnectionRequests requests = app.getBean(ConnectionRequests.class);
            long id = requests.request("RS-001", ConnectionRequests.Kind.DISCONNECT, "meter tampered",
                    LocalDate.of(2026, 10, 6), Riverside.OFFICER);
            requests.approve(id, Riverside.SECOND_OFFICER);

            BillRunResult run = app.getBean(BillRuns.class).run(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 10),
                    new BillingScope(BillingScope.Type.SETUP, "RS-1"));

            assertThat(run.bills()).isEqualTo(1);
            assertThat(app.getBean(JdbcClient.class).sql("select c.consumer_no from bill b join consumer c"
                    + " on c.id = b.consumer_id").query(String.class).list()).containsExactly("RS-002");
        }
    }
}
