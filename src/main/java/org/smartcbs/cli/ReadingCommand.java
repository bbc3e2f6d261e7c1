package org.smartcbs.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.smartcbs.core.rows.ImportResult;
import org.smartcbs.meters.Meters;
import org.smartcbs.readings.Reading;
import org.smartcbs.readings.ReadingRow;
import org.smartcbs.readings.ReadingUploadMode;
import org.smartcbs.readings.Readings;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reading enter|held|review}: readings typed in one at a time, and the review of held readings. */
@Command(name = "reading", mixinStandardHelpOptions = true,
        description = "Enter one meter reading, list the readings held for review, and review one.",
        subcommands = {ReadingCommand.Enter.class, ReadingCommand.Held.class, ReadingCommand.Review.class})
class ReadingCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: enter, held or review");
    }

    @Command(name = "enter", mixinStandardHelpOptions = true,
            description = "Enter one reading with the checks of an upload: it is accepted, held for review, or"
                    + " rejected with the reason.")
    static class Enter implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "SERIAL", description = "The meter's serial number.")
        String serial;

        @Parameters(index = "1", paramLabel = "VALUE", description = "The register value, a whole number.")
        long value;

        @Option(names = "--date", required = true, paramLabel = "DATE",
                description = "The date the register was read (YYYY-MM-DD).")
        LocalDate readOn;

        @Option(names = "--remark", paramLabel = "TEXT", description = "A remark, such as the meter's condition.")
        String remark;

        @Option(names = "--by", required = true, paramLabel = "USERNAME",
                description = "The meter reader, billing officer or administrator who read the meter.")
        String by;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (value < 0) {
                throw new IllegalArgumentException("reading " + value + " of meter " + serial + " is negative");
            }
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                ImportResult result = app.getBean(Readings.class).enter(
                        List.of(new ReadingRow(1, serial, readOn, value, by, remark)), ReadingUploadMode.ALL_OR_NOTHING,
                        by);
                if (!result.rejections().isEmpty()) {
                    throw new IllegalArgumentException("reading not taken: " + result.rejections().get(0).message());
                }
                PrintWriter out = spec.commandLine().getOut();
                if (result.taken() == 0) {
                    out.printf("reading %d of meter %s on %s is recorded already; nothing added%n", value, serial,
                            readOn);
                    return 0;
                }
                long meterId = app.getBean(Meters.class).findBySerial(serial).orElseThrow().id();
                Reading held = app.getBean(Readings.class).held(meterId).stream()
                        .filter(reading -> reading.readingDate().equals(readOn)).findFirst().orElse(null);
                if (held == null) {
                    out.printf("reading %d of meter %s on %s accepted%n", value, serial, readOn);
                } else {
                    out.printf("reading %d of meter %s on %s held for review as reading %d: %s%n", value, serial,
                            readOn, held.id(), held.holdReason());
                }
                return 0;
            }
        }
    }

    @Command(name = "held", mixinStandardHelpOptions = true,
            description = "List the readings held for review, oldest first, with the ids that reading review takes.")
    static class Held implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                Meters meters = app.getBean(Meters.class);
                List<Reading> held = app.getBean(Readings.class).allHeld();
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%d readings held for review%n", held.size());
                for (Reading reading : held) {
                    String serial = meters.findById(reading.meterId()).orElseThrow().serial();
                    out.printf("%-8d %-14s %s %12d %12s  %s%n", reading.id(), serial, reading.readingDate(),
                            reading.registerValue(), reading.consumption().toPlainString(), reading.holdReason());
                }
                return 0;
            }
        }
    }

    @Command(name = "review", mixinStandardHelpOptions = true,
            description = "Accept a held reading as read, correct its register value, or reject it. Only accepted"
                    + " readings are billed.")
    static class Review implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "ID", description = "The held reading's id, from reading held.")
        long readingId;

        @Parameters(index = "1", paramLabel = "DECISION", description = "accept, correct or reject.")
        Readings.Review decision;

        @Option(names = "--value", paramLabel = "N", description = "The corrected register value, for correct.")
        Long correctedValue;

        @Option(names = "--by", required = true, paramLabel = "USERNAME",
                description = "The reviewing billing officer or administrator, not the one who entered it.")
        String by;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (decision == Readings.Review.CORRECT && correctedValue == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "correct needs --value N");
            }
            if (decision != Readings.Review.CORRECT && correctedValue != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--value is only for correct, not for " + decision.name().toLowerCase(java.util.Locale.ROOT));
            }
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                Reading reading = app.getBean(Readings.class).review(readingId, decision, correctedValue, by);
                spec.commandLine().getOut().printf("reading %d %s: register %d, consumption %s%n", reading.id(),
                        reading.status(), reading.registerValue(), reading.consumption().toPlainString());
                return 0;
            }
        }
    }
}
