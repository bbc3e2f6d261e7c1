package org.smartcbs.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.smartcbs.consumers.Consumer;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.ledger.Ledger;
import org.smartcbs.ledger.LedgerStatement;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ledger CONSUMER_NO [--json]}. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Show a consumer's ledger with the running balance; debits are positive, credits negative.")
class LedgerCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Parameters(index = "0", paramLabel = "CONSUMER_NO", description = "The consumer number.")
    String consumerNo;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
            Consumer consumer = app.getBean(Consumers.class).require(consumerNo);
            LedgerStatement statement = app.getBean(Ledger.class).statement(consumer.id());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(toJson(consumer, statement)));
            } else {
                printTable(out, consumer, statement);
            }
            return 0;
        }
    }

    private static Map<String, Object> toJson(Consumer consumer, LedgerStatement statement) {
        List<Map<String, String>> entries = new ArrayList<>();
        for (LedgerStatement.Line line : statement.lines()) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("date", line.entry().date().toString());
            entry.put("type", line.entry().type().name());
            entry.put("amount", line.entry().amount().toString());
            entry.put("balance", line.balance().toString());
            entry.put("reference", line.entry().reference());
            entries.add(entry);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("consumerNo", consumer.consumerNo());
        root.put("balance", statement.balance().toString());
        root.put("entries", entries);
        return root;
    }

    private static void printTable(PrintWriter out, Consumer consumer, LedgerStatement statement) {
        out.printf("Ledger of %s, %s%n", consumer.consumerNo(), consumer.name());
        out.printf("%-10s  %-16s  %-16s  %14s  %14s%n", "date", "type", "reference", "amount", "balance");
        for (LedgerStatement.Line line : statement.lines()) {
            out.printf("%-10s  %-16s  %-16s  %14s  %14s%n", line.entry().date(), line.entry().type(),
                    line.entry().reference(), line.entry().amount(), line.balance());
        }
        out.printf("balance: %s%n", statement.balance());
    }
}
