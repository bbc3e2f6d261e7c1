package org.smartcbs.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.core.rows.RowRejection;
import org.smartcbs.ledger.Ledger;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A bank collection file, as CSV and as an Excel workbook made with POI: the valid rows are posted, every other
 * row is reported with its row number, field and value, and a reference is taken once across files.
 */
class PaymentImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 20);

    /** bank_reference, consumer_no, paid_on, amount, channel; the header is row 1. */
    private static final List<Object[]> ROWS = List.of(
            new Object[] {"B-1", "RS-001", LocalDate.of(2026, 10, 15), "1500.00", "BANK"},
            new Object[] {"B-2", "RS-002", LocalDate.of(2026, 10, 16), "250.50", "MOBILE"},
            new Object[] {"B-1", "RS-003", LocalDate.of(2026, 10, 16), "10.00", "BANK"},
            new Object[] {"B-3", "RS-999", LocalDate.of(2026, 10, 16), "10.00", "BANK"},
            new Object[] {"B-4", "RS-003", LocalDate.of(2026, 10, 16), "0", "BANK"},
            new Object[] {"B-5", "RS-003", LocalDate.of(2026, 10, 16), "-5", "BANK"},
            new Object[] {"B-6", "RS-003", LocalDate.of(2026, 10, 16), "12.345", "BANK"},
            new Object[] {"B-7", "RS-003", LocalDate.of(2026, 10, 21), "10.00", "BANK"},
            new Object[] {"B-8", "RS-003", "16/10/2026", "10.00", "BANK"},
            new Object[] {"", "RS-003", LocalDate.of(2026, 10, 16), "10.00", "BANK"});

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx"})
    void validRowsPostedOthersReported(String format) throws IOException {
        Path file = dataDir.resolve("collection." + format);
        if (format.equals("csv")) {
            writeCsv(file, ROWS);
        } else {
            writeXlsx(file, ROWS);
        }
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir.resolve("db"),
                new TestClock(TODAY))) {
            Riverside.importRegistry(app);
            Payments payments = app.getBean(Payments.class);

            Payments.PaymentImport imported = payments.importFile(file, Riverside.CASHIER);

            assertThat(imported.rows().taken()).isEqualTo(2);
            // 1500.00 + 250.50 = 1750.50.
            assertThat(imported.total()).hasToString("1750.50");
            assertThat(imported.rows().rejections()).extracting(RowRejection::message).containsExactly(
                    "row 4, bank_reference \"B-1\": was already taken in row 2",
                    "row 5, consumer_no \"RS-999\": is not a registered consumer",
                    "row 6, amount \"0\": must be above zero",
                    "row 7, amount \"-5\": must be above zero",
                    "row 8, amount \"12.345\": has more than 2 decimals",
                    "row 9, paid_on \"2026-10-21\": is after today, 2026-10-20",
                    "row 10, paid_on \"16/10/2026\": is not a date in the form YYYY-MM-DD",
                    "row 11, bank_reference \"\": is missing");
            Consumers consumers = app.getBean(Consumers.class);
            Ledger ledger = app.getBean(Ledger.class);
            // RS-001 carried in 1000.00 and paid 1500.00: a credit of 500.00.
            assertThat(ledger.balance(consumers.require("RS-001").id())).hasToString("-500.00");
            // RS-002 carried in a credit of 500.00 and paid 250.50: a credit of 750.50.
            assertThat(ledger.balance(consumers.require("RS-002").id())).hasToString("-750.50");
            assertThat(ledger.balance(consumers.require("RS-003").id())).hasToString("0.00");

            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select distinct caused_by from ledger_entry where entry_type = 'PAYMENT'")
                    .query(String.class).list()).containsExactly(Riverside.CASHIER);
            assertThat(jdbc.sql("select distinct posted_by from payment").query(String.class).list())
                    .containsExactly(Riverside.CASHIER);
            assertThatThrownBy(() -> payments.importFile(file, Riverside.READER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("METER_READER");

            Path again = dataDir.resolve("again.csv");
            writeCsv(again, List.<Object[]>of(new Object[] {"B-2", "RS-002", LocalDate.of(2026, 10, 16), "250.50",
                    "MOBILE"}));
            Payments.PaymentImport second = payments.importFile(again);

            assertThat(second.rows().taken()).isZero();
            assertThat(second.rows().rejections()).extracting(RowRejection::message)
                    .containsExactly("row 2, bank_reference \"B-2\": was already taken by an earlier payment");
            assertThat(jdbc.sql("select count(*) from payment").query(Long.class).single())
                    .isEqualTo(2);
        }
    }

    /**
     * payment.amount is numeric(14, 2), so 999,999,999,999.99 is the largest amount it stores: one cent more, and
     * a 26-digit amount, are rejected rows, and the valid rows around them are posted, 100.00 + 999999999999.99 =
     * 1000000000099.99.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void amountTooLargeForColumnRejected(TestDatabase database) throws IOException {
        Path file = dataDir.resolve("large.csv");
        writeCsv(file, List.of(
                new Object[] {"L-1", "RS-001", LocalDate.of(2026, 10, 15), "100.00", "BANK"},
                new Object[] {"L-2", "RS-001", LocalDate.of(2026, 10, 15), "99999999999999999999999999.00", "BANK"},
                new Object[] {"L-3", "RS-002", LocalDate.of(2026, 10, 15), "999999999999.99", "BANK"},
                new Object[] {"L-4", "RS-002", LocalDate.of(2026, 10, 15), "1000000000000.00", "BANK"}));
        try (ConfigurableApplicationContext app = database.start(dataDir.resolve("db"), new TestClock(TODAY))) {
            Riverside.importRegistry(app);

            Payments.PaymentImport imported = app.getBean(Payments.class).importFile(file, Riverside.CASHIER);

            assertThat(imported.rows().taken()).isEqualTo(2);
            assertThat(imported.total()).hasToString("1000000000099.99");
            assertThat(imported.rows().rejections()).extracting(RowRejection::message).containsExactly(
                    "row 3, amount \"99999999999999999999999999.00\": is above the maximum 999,999,999,999.99",
                    "row 5, amount \"1000000000000.00\": is above the maximum 999,999,999,999.99");
            assertThatThrownBy(() -> app.getBean(Payments.class).post("RS-003", new BigDecimal("1000000000000.00"),
                    "R-BIG", "CASH", Riverside.CASHIER)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is above the maximum 999,999,999,999.99");
        }
    }

    /**
     * Amounts are plain ASCII decimals: an exponent, Arabic-Indic digits, a leading '+' and a grouping comma are
     * rejected rows. Today is 2026-10-20 and the default limit is 2 years, so 2024-10-20 is the earliest paid-on
     * date taken: 2024-10-19 and 1900-01-01 are rejected. Taken: 1000.00 + 5.00 = 1005.00.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void oddAmountsAndOldDatesRejected(TestDatabase database) throws IOException {
        Path file = dataDir.resolve("odd.csv");
        writeCsv(file, List.of(
                new Object[] {"O-1", "RS-001", LocalDate.of(2026, 10, 15), "1e3", "BANK"},
                new Object[] {"O-2", "RS-001", LocalDate.of(2026, 10, 15), "\u0661\u0660\u0660", "BANK"},
                new Object[] {"O-3", "RS-001", LocalDate.of(2026, 10, 15), "+100.00", "BANK"},
                new Object[] {"O-4", "RS-001", LocalDate.of(2026, 10, 15), "\"1,000.00\"", "BANK"},
                new Object[] {"O-5", "RS-001", LocalDate.of(2026, 10, 15), "1000.00", "BANK"},
                new Object[] {"O-6", "RS-002", LocalDate.of(1900, 1, 1), "5.00", "BANK"},
                new Object[] {"O-7", "RS-002", LocalDate.of(2024, 10, 19), "5.00", "BANK"},
                new Object[] {"O-8", "RS-002", LocalDate.of(2024, 10, 20), "5.00", "BANK"}));
        try (ConfigurableApplicationContext app = database.start(dataDir.resolve("db"), new TestClock(TODAY))) {
            Riverside.importRegistry(app);

            Payments.PaymentImport imported = app.getBean(Payments.class).importFile(file, Riverside.CASHIER);

            assertThat(imported.rows().taken()).isEqualTo(2);
            assertThat(imported.total()).hasToString("1005.00");
            String plain = ": is not a plain decimal number; write digits with at most one '.', such as 1250.50";
            String old = ", more than 2 years ago (setting smartcbs.payments.max-paid-on-age-years)";
            assertThat(imported.rows().rejections()).extracting(RowRejection::message).containsExactly(
                    "row 2, amount \"1e3\"" + plain,
                    "row 3, amount \"\u0661\u0660\u0660\"" + plain,
                    "row 4, amount \"+100.00\"" + plain,
                    "row 5, amount \"1,000.00\"" + plain,
                    "row 7, paid_on \"1900-01-01\": is before 2024-10-20" + old,
                    "row 8, paid_on \"2024-10-19\": is before 2024-10-20" + old);
        }
    }

    private static void writeCsv(Path file, List<Object[]> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("bank_reference,consumer_no,paid_on,amount,channel");
        for (Object[] row : rows) {
            lines.add(row[0] + "," + row[1] + "," + row[2] + "," + row[3] + "," + row[4]);
        }
        Files.write(file, lines);
    }

    /** Writes dates as date cells and amounts as number cells, the way a bank's spreadsheet has them. */
    private static void writeXlsx(Path file, List<Object[]> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Collections");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            String[] columns = {"bank_reference", "consumer_no", "paid_on", "amount", "channel"};
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Object[] values = rows.get(r);
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue((String) values[0]);
                row.createCell(1).setCellValue((String) values[1]);
                if (values[2] instanceof LocalDate date) {
                    row.createCell(2).setCellValue(date);
                    row.getCell(2).setCellStyle(dateStyle);
                } else {
                    row.createCell(2).setCellValue((String) values[2]);
                }
                row.createCell(3).setCellValue(new BigDecimal((String) values[3]).doubleValue());
                row.createCell(4).setCellValue((String) values[4]);
            }
            workbook.write(out);
        }
    }
}
