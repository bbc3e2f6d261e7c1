package org.smartcbs.expenses;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcbs.core.money.Money;
import org.smartcbs.setups.Setup;
import org.smartcbs.setups.Setups;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the organisation's expenses and reports them by month, type and setup. */
@Service
public class Expenses {

    private static final Logger log = LoggerFactory.getLogger(Expenses.class);
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final List<String> REPORT_HEADER = List.of("month", "expense_type", "setup_code", "count", "total");

    private final JdbcClient jdbc;
    private final Setups setups;
    private final Clock clock;

    Expenses(JdbcClient jdbc, Setups setups, Clock clock) {
        this.jdbc = jdbc;
        this.setups = setups;
        this.clock = clock;
    }

    /** Adds an expense type such as {@code FUEL} or {@code REPAIRS}. */
    @Transactional
    public void addType(String code, String name) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("expense type \"" + code + "\" must be 2 to 40 capital letters, digits"
                    + " or '_', starting with a letter");
        }
        if (jdbc.sql("select count(*) from expense_type where code = ?").param(code).query(Long.class).single() > 0) {
            throw new IllegalArgumentException("expense type " + code + " exists already");
        }
        jdbc.sql("insert into expense_type (code, name, active, created_at) values (?, ?, true, ?)")
                .params(code, name, LocalDateTime.now(clock)).update();
    }

    /**
     * Records an expense and returns its id.
     *
     * @throws IllegalArgumentException naming the field and the value that is invalid
     */
    @Transactional
    public long record(NewExpense expense, String recordedBy) {
        if (jdbc.sql("select count(*) from expense_type where code = ? and active = true").param(expense.expenseType())
                .query(Long.class).single() == 0) {
            throw new IllegalArgumentException("expense type \"" + expense.expenseType() + "\" is not configured");
        }
        if (expense.amount() == null || expense.amount().signum() <= 0
                || expense.amount().stripTrailingZeros().scale() > Money.SCALE) {
            throw new IllegalArgumentException("expense amount " + expense.amount()
                    + " must be above zero with at most " + Money.SCALE + " decimals");
        }
        if (expense.spentOn() == null || expense.spentOn().isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("expense date " + expense.spentOn() + " must be given and not after today");
        }
        if (expense.payee() == null || expense.payee().isBlank()) {
            throw new IllegalArgumentException("the payee of the expense is missing");
        }
        Long setupId = null;
        if (expense.setupCode() != null && !expense.setupCode().isBlank()) {
            setupId = setups.findByCode(expense.setupCode()).map(Setup::id).orElseThrow(
                    () -> new IllegalArgumentException("setup " + expense.setupCode() + " is not registered"));
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into expense (expense_type, spent_on, amount, payee, reference, note, setup_id, recorded_by,"
                + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(expense.expenseType(), expense.spentOn(), Money.of(expense.amount()).amount(),
                        expense.payee().strip(), expense.reference(), expense.note(), setupId, recordedBy,
                        LocalDateTime.now(clock))
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        log.info("Expense recorded expense={} type={} amount={} recordedBy={}", id, expense.expenseType(),
                expense.amount(), recordedBy);
        return id;
    }

    /** Returns the month's expenses totalled by type and setup, ordered by type, then setup. */
    public List<ExpenseReportLine> monthlyReport(YearMonth month) {
        return jdbc.sql("select e.expense_type, s.code as setup_code, count(*) as expense_count, sum(e.amount) as total"
                + " from expense e left join setup s on s.id = e.setup_id where e.spent_on between ? and ?"
                + " group by e.expense_type, s.code order by e.expense_type, s.code")
                .params(month.atDay(1), month.atEndOfMonth()).query(Expenses::toLine).list();
    }

    public byte[] reportCsv(YearMonth month) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(REPORT_HEADER.toArray(String[]::new)).get())) {
            for (ExpenseReportLine line : monthlyReport(month)) {
                printer.printRecord(month, line.expenseType(), line.setupCode() == null ? "" : line.setupCode(),
                        line.count(), line.total());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public byte[] reportXlsx(YearMonth month) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Expenses " + month);
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < REPORT_HEADER.size(); c++) {
                header.createCell(c).setCellValue(REPORT_HEADER.get(c));
            }
            int r = 1;
            for (ExpenseReportLine line : monthlyReport(month)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(month.toString());
                row.createCell(1).setCellValue(line.expenseType());
                row.createCell(2).setCellValue(line.setupCode() == null ? "" : line.setupCode());
                row.createCell(3).setCellValue(line.count());
                // A spreadsheet cell holds a binary double; the report's exact figures are in the CSV export.
                row.createCell(4).setCellValue(line.total().amount().doubleValue());
                row.getCell(4).setCellStyle(amount);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExpenseReportLine toLine(ResultSet rs, int row) throws SQLException {
        BigDecimal total = rs.getBigDecimal("total");
        return new ExpenseReportLine(rs.getString("expense_type"), rs.getString("setup_code"), rs.getInt("expense_count"),
                Money.of(total));
    }
}
