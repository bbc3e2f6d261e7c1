package org.smartcbs.cli;

import java.util.concurrent.Callable;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A command that approves or rejects a request by its id: a meter assignment, a connection request or an
 * adjustment. The service checks that the deciding employee is not the one who made the request.
 */
abstract class RequestDecision implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Parameters(index = "0", paramLabel = "ID", description = "The request's id, as the command that made it printed.")
    long id;

    @Option(names = "--by", required = true, paramLabel = "USERNAME",
            description = "The deciding employee, not the one who made the request.")
    String by;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
            spec.commandLine().getOut().println(decide(app));
            return 0;
        }
    }

    /** Approves or rejects the request and returns the line that reports it. */
    abstract String decide(ApplicationContext app);
}
