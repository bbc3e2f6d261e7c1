package org.smartcbs.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.smartcbs.cli.Launcher;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node in a process of its own that runs one month for all connections on a PostgreSQL database, so that a test
 * can kill it in the middle of the run.
 *
 * <p>Arguments: the JDBC URL, the user, the month, the run date and the part size.
 */
public final class BillRunNode {

    private BillRunNode() {
    }

    public static void main(String[] args) {
        Map<String, String> properties = Map.of("spring.datasource.url", args[0], "spring.datasource.username",
                args[1], "spring.datasource.password", "", "smartcbs.billing.part-size", args[4]);
        try (ConfigurableApplicationContext app = Launcher.open(java.nio.file.Path.of("target", "node"), null,
                WebApplicationType.NONE, properties)) {
            app.getBean(BillRuns.class).run(YearMonth.parse(args[2]), LocalDate.parse(args[3]), BillingScope.all());
        }
    }
}
