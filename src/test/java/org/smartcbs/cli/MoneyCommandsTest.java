package org.smartcbs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commands a clerk uses on RS-001 of the Riverside dataset, which carries 1000.00 in: a payment, its
 * reversal, an installment plan, an adjustment that waits for a second employee, and an expense with its report.
 * The commands run on the system clock, so the dates are today's in the organisation's zone.
 */
class MoneyCommandsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Karachi");

    @TempDir
    Path dataDir;

    @Test
    void clerkCommandsChangeTheLedger() throws Exception {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, null)) {
            Riverside.importRegistry(app);
        }
        LocalDate today = LocalDate.now(ZONE);

        Run paid = run("pay", "RS-001", "--amount", "400.00", "--reference", "R-1", "--by", Riverside.CASHIER);
        assertThat(paid.status()).as(paid.err()).isZero();
        // 1000.00 - 400.00 = 600.00.
        assertThat(paid.out()).contains("balance now 600.00");
        Run tooPrecise = run("pay", "RS-001", "--amount", "10.001", "--reference", "R-2", "--by", Riverside.CASHIER);
        assertThat(tooPrecise.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(tooPrecise.err()).contains("10.001");
        Run takenTwice = run("pay", "RS-001", "--amount", "5", "--reference", "R-1", "--by", Riverside.CASHIER);
        assertThat(takenTwice.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(takenTwice.err()).contains("R-1 was already taken");

        Run reversed = run("reverse-payment", "R-1", "--reason", "cheque bounced", "--by", Riverside.CASHIER);
        assertThat(reversed.status()).as(reversed.err()).isZero();
        assertThat(balance()).isEqualTo("1000.00");

        Run noSuchBill = run("installment-plan", "RS-001", "--bill", "2026-10-000009", "--installments", "2",
                "--first-due", today.plusMonths(1).toString(), "--by", Riverside.OFFICER);
        assertThat(noSuchBill.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(noSuchBill.err()).contains("2026-10-000009 is not an issued bill of consumer RS-001");
        Run plan = run("installment-plan", "RS-001", "--total", "1000.00", "--installments", "3", "--first-due",
                today.plusMonths(1).toString(), "--by", Riverside.OFFICER);
        assertThat(plan.status()).as(plan.err()).isZero();
        // 1000.00 / 3 = 333.33 twice, and the last takes 1000.00 - 666.66 = 333.34.
        assertThat(plan.out()).contains("1  " + today.plusMonths(1) + "  333.33",
                "2  " + today.plusMonths(2) + "  333.33", "3  " + today.plusMonths(3) + "  333.34");
        assertThat(balance()).isEqualTo("0.00");

        Run requested = run("adjust", "RS-001", "--debit", "6000", "--reason", "unbilled consumption found",
                "--by", Riverside.OFFICER);
        assertThat(requested.status()).as(requested.err()).isZero();
        assertThat(requested.out()).contains("waits for approval");
        Matcher id = Pattern.compile("adjustment (\\d+)").matcher(requested.out());
        assertThat(id.find()).isTrue();
        Run ownApproval = run("approve-adjustment", id.group(1), "--by", Riverside.OFFICER);
        assertThat(ownApproval.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(balance()).isEqualTo("0.00");
        Run approved = run("approve-adjustment", id.group(1), "--by", Riverside.SECOND_OFFICER);
        assertThat(approved.status()).as(approved.err()).isZero();
        assertThat(balance()).isEqualTo("6000.00");

        assertThat(run("expense", "add-type", "FUEL", "Generator fuel").status()).isZero();
        Run recorded = run("expense", "record", "--type", "FUEL", "--date", today.toString(), "--amount", "1200.50",
                "--payee", "PSO pump", "--setup", "RS-1", "--reference", "INV-9", "--by", Riverside.ADMIN);
        assertThat(recorded.status()).as(recorded.err()).isZero();
        Path report = dataDir.resolve("expenses.csv");
        Run written = run("expense", "report", "--month", YearMonth.from(today).toString(), "--out",
                report.toString());
        assertThat(written.status()).as(written.err()).isZero();
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(
                "month,expense_type,setup_code,count,total\r\n" + YearMonth.from(today) + ",FUEL,RS-1,1,1200.50\r\n");
    }

    private String balance() {
        Run ledger = run("ledger", "RS-001", "--json");
        assertThat(ledger.status()).as(ledger.err()).isZero();
        return JsonMapper.builder().build().readTree(ledger.out()).path("balance").asString();
    }

    private Run run(String... args) {
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--db";
        full[args.length + 1] = dataDir.toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = SmartCbsCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(full);
        return new Run(status, out.toString(), err.toString());
    }

    private record Run(int status, String out, String err) {
    }
}
