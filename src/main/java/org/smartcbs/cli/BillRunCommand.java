package org.smartcbs.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.smartcbs.billing.BillRunException;
import org.smartcbs.billing.BillRunResult;
import org.smartcbs.billing.BillRuns;
import org.smartcbs.billing.BillingScope;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bill-run --month YYYY-MM --run-date DATE [--setup CODE | --consumer NO | --meter SERIAL]}. */
@Command(name = "bill-run", mixinStandardHelpOptions = true,
        description = "Bill the month's accepted readings. Running it again bills nothing twice.")
class BillRunCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The billing month.")
    YearMonth month;

    @Option(names = "--run-date", required = true, paramLabel = "DATE",
            description = "The issue date of every bill of the run (YYYY-MM-DD); due dates count from it.")
    LocalDate runDate;

    @ArgGroup(exclusive = true)
    ScopeOptions scope;

    @Spec
    CommandSpec spec;

    static class ScopeOptions {
        @Option(names = "--setup", paramLabel = "CODE", description = "Bill only this setup.")
        String setup;

        @Option(names = "--consumer", paramLabel = "NO", description = "Bill only this consumer.")
        String consumer;

        @Option(names = "--meter", paramLabel = "SERIAL", description = "Bill only the consumer of this meter.")
        String meter;

        BillingScope toScope() {
            if (setup != null) {
                return new BillingScope(BillingScope.Type.SETUP, setup);
            }
            if (consumer != null) {
                return new BillingScope(BillingScope.Type.CONSUMER, consumer);
            }
            return new BillingScope(BillingScope.Type.METER, meter);
        }
    }

    @Override
    public Integer call() {
        BillingScope billingScope = scope == null ? BillingScope.all() : scope.toScope();
        try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
            BillRunResult result = app.getBean(BillRuns.class).run(month, runDate, billingScope);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("bill run %d for %s (%s): %d bills, current charges %s%n", result.runId(), result.month(),
                    result.scope(), result.bills(), result.currentCharges());
            for (BillRunException exception : result.exceptions()) {
                out.printf("  not billed: %s: %s%n", exception.consumerNo(), exception.reason());
            }
            return 0;
        }
    }
}
