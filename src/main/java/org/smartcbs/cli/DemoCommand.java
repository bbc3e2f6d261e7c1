package org.smartcbs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo [--data DIR] [--db DIR] [--json]}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the monthly billing cycle on a dataset from an empty database: import the registry"
                + " and tariffs, then upload, bill, collect and charge late month by month.")
class DemoCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The dataset folder (default: the Green Valley dataset that the jar carries).")
    Path data;

    @Option(names = "--json", description = "Print one JSON object with the figures instead of the summary.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StepClock clock = new StepClock();
        try (ConfigurableApplicationContext app = Launcher.open(database.dataDir, clock, WebApplicationType.NONE,
                Map.of())) {
            clock.useZone(ZoneId.of(app.getEnvironment().getRequiredProperty("smartcbs.time-zone")));
            DemoCycle.Result result = runCycle(app, clock);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(DemoCycle.toJson(result)));
            } else {
                printSummary(out, result);
            }
            return 0;
        }
    }

    private DemoCycle.Result runCycle(ConfigurableApplicationContext app, StepClock clock) {
        if (data != null) {
            return new DemoCycle(app, clock).run(data);
        }
        try (BundledDataset bundled = BundledDataset.extract()) {
            return new DemoCycle(app, clock).run(bundled.folder());
        }
    }

    private void printSummary(PrintWriter out, DemoCycle.Result result) {
        out.println("SMART CBS demo on " + (data == null ? "the Green Valley dataset" : data));
        for (int i = 0; i < result.months().size(); i++) {
            DemoCycle.MonthResult month = result.months().get(i);
            out.printf("  %s bill run: %d bills, current charges %s (%d reading rows rejected)%n", month.month(),
                    month.bills(), month.currentCharges(), month.rejectedRows());
            if (i == 0 && result.payments() != null) {
                out.printf("  %s payments: %d accepted, %d rows rejected, %s%n", month.month(),
                        result.payments().taken(), result.payments().rejectedRows(), result.paymentsTotal());
                out.printf("  late charges as of %s: %d bills, %s%n", result.lateCharges().asOf(),
                        result.lateCharges().count(), result.lateCharges().total());
            }
        }
        out.printf("  receivables (what all consumers owe): %s%n", result.receivables());
        out.printf("Look at a consumer with: java -jar target/smart-cbs.jar ledger CONSUMER_NO --db %s%n",
                database.dataDir);
    }
}
