package org.smartcbs.expenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;

/** Expenses recorded by type and setup, and the monthly report with its exports. */
class ExpensesTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void monthlyReportTotalsByTypeAndSetup(TestDatabase database) throws Exception {
        try (ConfigurableApplicationContext app = database.start(dataDir, new TestClock(LocalDate.of(2026, 11, 30)))) {
            Riverside.importRegistry(app);
            Expenses expenses = app.getBean(Expenses.class);
            expenses.addType("FUEL", "Generator fuel");
            expenses.addType("REPAIRS", "Repairs");
            expenses.record(new NewExpense("FUEL", LocalDate.of(2026, 11, 3), new BigDecimal("1200.50"), "PSO pump",
                    "R-1", null, "RS-1"), Riverside.ADMIN);
            expenses.record(new NewExpense("FUEL", LocalDate.of(2026, 11, 20), new BigDecimal("799.50"), "PSO pump",
                    "R-2", "second fill", "RS-1"), Riverside.ADMIN);
            expenses.record(new NewExpense("REPAIRS", LocalDate.of(2026, 11, 5), new BigDecimal("3000"), "Ali Electric",
                    null, "transformer fuse", null), Riverside.ADMIN);
            expenses.record(new NewExpense("REPAIRS", LocalDate.of(2026, 10, 31), new BigDecimal("50"), "Ali Electric",
                    null, "last month", null), Riverside.ADMIN);

            // November: fuel at RS-1 is 1200.50 + 799.50 = 2000.00 in two records; repairs 3000.00 for the whole
            // organisation; October's 50.00 is outside the month.
            String csv = new String(expenses.reportCsv(YearMonth.of(2026, 11)), StandardCharsets.UTF_8);
            assertThat(csv).isEqualTo("month,expense_type,setup_code,count,total\r\n"
                    + "2026-11,FUEL,RS-1,2,2000.00\r\n"
                    + "2026-11,REPAIRS,,1,3000.00\r\n");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                    expenses.reportXlsx(YearMonth.of(2026, 11))))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getLastRowNum()).isEqualTo(2);
                assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(3000.0);
            }

            assertThatThrownBy(() -> expenses.record(new NewExpense("TRAVEL", LocalDate.of(2026, 11, 3),
                    BigDecimal.TEN, "Taxi", null, null, null), Riverside.ADMIN))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"TRAVEL\" is not configured");
            assertThatThrownBy(() -> expenses.record(new NewExpense("FUEL", LocalDate.of(2026, 12, 1),
                    BigDecimal.TEN, "PSO pump", null, null, null), Riverside.ADMIN))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-12-01");
        }
    }
}
