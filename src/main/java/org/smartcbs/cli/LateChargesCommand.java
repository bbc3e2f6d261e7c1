package org.smartcbs.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.smartcbs.billing.LateChargeResult;
import org.smartcbs.billing.LateCharges;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code late-charges --as-of DATE}. */
@Command(name = "late-charges", mixinStandardHelpOptions = true,
        description = "Charge the bills whose due date is before the given date and that were not paid by it;"
                + " each bill is charged at most once.")
class LateChargesCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The date (YYYY-MM-DD).")
    LocalDate asOf;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
            LateChargeResult result = app.getBean(LateCharges.class).apply(asOf);
            spec.commandLine().getOut().printf("late charges as of %s: %d bills, %s%n", result.asOf(), result.count(),
                    result.total());
            return 0;
        }
    }
}
