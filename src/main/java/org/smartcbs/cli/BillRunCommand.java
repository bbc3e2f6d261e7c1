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

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bill-run --month YYYY-MM [--run-date DATE] [--batch ROUTE | --setup CODE | --consumer NO | --meter SERIAL]}. */
@Command(name = "bill-run", mixinStandardHelpOptions = true,
        description = "Bill the month's accepted readings and issue the bills, or with --draft stop at draft bills"
                + " for approval. Running it again bills nothing twice.",
        subcommands = {BillRunCommand.Approve.class, BillRunCommand.Issue.class, BillRunCommand.Discard.class})
class BillRunCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--draft", description = "Stop at draft bills, to approve and issue them later.")
    boolean draft;

    @Option(names = "--by", paramLabel = "USERNAME", description = "The billing officer who drafts the run.")
    String by;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The billing month.")
    YearMonth month;

    @Option(names = "--run-date", paramLabel = "DATE",
            description = "The issue date of every bill of the run (YYYY-MM-DD); due dates count from it. Without"
                    + " it, the issue day of the month from the bill settings.")
    LocalDate runDate;

    @ArgGroup(exclusive = true)
    ScopeOptions scope;

    @Spec
    CommandSpec spec;

    static class ScopeOptions {
        @Option(names = "--batch", paramLabel = "ROUTE", description = "Bill only the connections of this route.")
        String batch;

        @Option(names = "--setup", paramLabel = "CODE", description = "Bill only this setup.")
        String setup;

        @Option(names = "--consumer", paramLabel = "NO", description = "Bill only this consumer.")
        String consumer;

        @Option(names = "--meter", paramLabel = "SERIAL", description = "Bill only the consumer of this meter.")
        String meter;

        BillingScope toScope() {
            if (batch != null) {
                return new BillingScope(BillingScope.Type.BATCH, batch);
            }
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
        if (month == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "a bill run needs --month YYYY-MM");
        }
        BillingScope billingScope = scope == null ? BillingScope.all() : scope.toScope();
        try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
            BillRuns runs = app.getBean(BillRuns.class);
            BillRunResult result = draft ? runs.draft(month, runDate, billingScope, by == null ? BillRuns.SYSTEM : by)
                    : runs.run(month, runDate, billingScope);
            print(spec.commandLine().getOut(), result);
            return 0;
        }
    }

    static void print(PrintWriter out, BillRunResult result) {
        out.printf("bill run %d for %s (%s) is %s: %d bills, current charges %s%n", result.runId(), result.month(),
                result.scope(), result.status(), result.bills(), result.currentCharges());
        for (BillRunException exception : result.exceptions()) {
            out.printf("  not billed: %s: %s%n", exception.consumerNo(), exception.reason());
        }
    }

    /** The options of the commands that act on a stored run. */
    abstract static class RunAction implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "RUN", description = "The bill run's number.")
        long runId;

        @Option(names = "--by", required = true, paramLabel = "USERNAME", description = "The employee acting.")
        String by;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                BillRunResult result = act(app.getBean(BillRuns.class));
                print(spec.commandLine().getOut(), result);
                return 0;
            }
        }

        abstract BillRunResult act(BillRuns runs);
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approve a draft run; the approver must not be the one who drafted it.")
    static class Approve extends RunAction {
        @Override
        BillRunResult act(BillRuns runs) {
            return runs.approve(runId, by);
        }
    }

    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = "Issue an approved run: number its bills and post them to the ledger.")
    static class Issue extends RunAction {
        @Override
        BillRunResult act(BillRuns runs) {
            return runs.issue(runId, by);
        }
    }

    @Command(name = "discard", mixinStandardHelpOptions = true,
            description = "Discard a run that is not issued; its draft bills are deleted.")
    static class Discard extends RunAction {
        @Override
        BillRunResult act(BillRuns runs) {
            runs.discard(runId, by);
            return runs.result(runId);
        }
    }
}
