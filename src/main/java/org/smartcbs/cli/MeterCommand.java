package org.smartcbs.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.smartcbs.meters.Meter;
import org.smartcbs.meters.MeterAssignments;
import org.smartcbs.meters.Meters;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code meter assign|approve|reject|replace|faulty}: meters given to consumers and replaced, each change approved by
 * a second employee, and meters reported faulty.
 */
@Command(name = "meter", mixinStandardHelpOptions = true,
        description = "Assign a meter from stock to a consumer or replace one, approve or reject such a request,"
                + " and report a meter faulty.",
        subcommands = {MeterCommand.Assign.class, MeterCommand.Approve.class, MeterCommand.Reject.class,
                MeterCommand.Replace.class, MeterCommand.Faulty.class})
class MeterCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a subcommand: assign, approve, reject, replace or faulty");
    }

    @Command(name = "assign", mixinStandardHelpOptions = true,
            description = "Request that a meter from stock serve a consumer from a date; another employee approves"
                    + " it with meter approve.")
    static class Assign implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "SERIAL", description = "The meter's serial number.")
        String serial;

        @Parameters(index = "1", paramLabel = "CONSUMER_NO", description = "The consumer number.")
        String consumerNo;

        @Option(names = "--on", required = true, paramLabel = "DATE",
                description = "The date the meter is installed (YYYY-MM-DD).")
        LocalDate assignOn;

        @Option(names = "--initial-reading", required = true, paramLabel = "N",
                description = "The register value when installed, which starts the meter's first period.")
        long initialReading;

        @Option(names = "--by", required = true, paramLabel = "USERNAME",
                description = "The meter reader, billing officer or administrator who requests it.")
        String by;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                long id = app.getBean(MeterAssignments.class).request(serial, consumerNo, assignOn, initialReading,
                        by);
                spec.commandLine().getOut().printf("meter assignment %d requested: %s to %s from %s; another"
                        + " employee approves it with meter approve %d%n", id, serial, consumerNo, assignOn, id);
                return 0;
            }
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approve a meter assignment or replacement: the meter serves the consumer from its date.")
    static class Approve extends RequestDecision {
        @Override
        String decide(ApplicationContext app) {
            app.getBean(MeterAssignments.class).approve(id, by);
            return "meter assignment " + id + " approved; the meter is installed";
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Reject a meter assignment or replacement; the requested meter stays in stock.")
    static class Reject extends RequestDecision {
        @Override
        String decide(ApplicationContext app) {
            app.getBean(MeterAssignments.class).reject(id, by);
            return "meter assignment " + id + " rejected";
        }
    }

    @Command(name = "replace", mixinStandardHelpOptions = true,
            description = "Request that a meter from stock replace a consumer's meter on a date; another employee"
                    + " approves it with meter approve. The old meter is removed then.")
    static class Replace implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "CONSUMER_NO", description = "The consumer number.")
        String consumerNo;

        @Option(names = "--new", required = true, paramLabel = "SERIAL",
                description = "The serial number of the meter from stock.")
        String newSerial;

        @Option(names = "--final-reading", required = true, paramLabel = "N",
                description = "The old meter's register value when taken out.")
        long finalReading;

        @Option(names = "--initial-reading", required = true, paramLabel = "N",
                description = "The new meter's register value when installed.")
        long initialReading;

        @Option(names = "--on", required = true, paramLabel = "DATE",
                description = "The date the meter is replaced (YYYY-MM-DD).")
        LocalDate replacedOn;

        @Option(names = "--by", required = true, paramLabel = "USERNAME",
                description = "The meter reader, billing officer or administrator who requests it.")
        String by;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                long id = app.getBean(MeterAssignments.class).requestReplacement(consumerNo, newSerial, finalReading,
                        initialReading, replacedOn, by);
                spec.commandLine().getOut().printf("meter replacement %d requested: %s gets %s on %s; another"
                        + " employee approves it with meter approve %d%n", id, consumerNo, newSerial, replacedOn, id);
                return 0;
            }
        }
    }

    @Command(name = "faulty", mixinStandardHelpOptions = true,
            description = "Report a meter that serves no one as FAULTY, so that it is not assigned again.")
    static class Faulty implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "SERIAL", description = "The meter's serial number.")
        String serial;

        @Option(names = "--by", required = true, paramLabel = "USERNAME",
                description = "The meter reader, billing officer or administrator.")
        String by;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                Meter meter = app.getBean(Meters.class).reportFaulty(serial, by);
                spec.commandLine().getOut().printf("meter %s is %s%n", meter.serial(), meter.status());
                return 0;
            }
        }
    }
}
