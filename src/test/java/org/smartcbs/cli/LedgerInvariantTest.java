package org.smartcbs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.ledger.Ledger;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger invariant on the Green Valley dataset after both months: the sum of all consumers' balances equals
 * the opening balances in the source file, plus the bills, late charges and debit adjustments, less the payments
 * and credit adjustments, plus the reversals, each summed from its own table.
 */
class LedgerInvariantTest {

    @TempDir
    Path dataDir;

    @Test
    void balancesAddUpToTheirSources() throws IOException {
        StepClock clock = new StepClock();
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, clock)) {
            new DemoCycle(app, clock).run(Path.of("samples/green-valley"));
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Ledger ledger = app.getBean(Ledger.class);

            BigDecimal balances = BigDecimal.ZERO;
            for (String consumerNo : jdbc.sql("select consumer_no from consumer").query(String.class).list()) {
                long id = app.getBean(Consumers.class).require(consumerNo).id();
                balances = balances.add(ledger.balance(id).amount());
            }
            BigDecimal expected = openingBalancesInFile().add(sum(jdbc, "select sum(current_charges) from bill"))
                    .add(sum(jdbc, "select sum(amount) from late_charge"))
                    .add(sum(jdbc, "select sum(amount) from adjustment where kind = 'DEBIT' and status = 'POSTED'"))
                    .subtract(sum(jdbc, "select sum(amount) from payment"))
                    .subtract(sum(jdbc, "select sum(amount) from adjustment where kind = 'CREDIT' and status = 'POSTED'"))
                    .add(sum(jdbc, "select sum(p.amount) from payment_reversal r join payment p on p.id = r.payment_id"));

            assertThat(balances).isEqualByComparingTo(expected);
            assertThat(balances).isEqualByComparingTo("16359714.00");
        }
    }

    /** Sums the last column of consumers.csv, the balances carried over, straight from the file. */
    private static BigDecimal openingBalancesInFile() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("samples/green-valley/consumers.csv"));
        BigDecimal total = BigDecimal.ZERO;
        for (String line : lines.subList(1, lines.size())) {
            total = total.add(new BigDecimal(line.substring(line.lastIndexOf(',') + 1).strip()));
        }
        return total;
    }

    private static BigDecimal sum(JdbcClient jdbc, String sql) {
        BigDecimal value = jdbc.sql(sql).query(BigDecimal.class).optional().orElse(null);
        return value == null ? BigDecimal.ZERO : value;
    }
}
