package org.smartcbs.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;

/** The command line on an embedded database in a folder that contains the Riverside registry, imported on 1 October 2026. */
record RiversideCli(Path dataDir) {

    static RiversideCli prepare(Path dataDir) {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir,
                new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
        }
        return new RiversideCli(dataDir);
    }

    /** Runs the command with {@code --db} set to this folder. */
    CommandRun run(String... args) {
        String[] withDatabase = new String[args.length + 2];
        System.arraycopy(args, 0, withDatabase, 0, args.length);
        withDatabase[args.length] = "--db";
        withDatabase[args.length + 1] = dataDir.toString();
        return CommandRun.of(withDatabase);
    }

    /** Returns the number that follows {@code label} in the output, such as the id of a request. */
    static long idAfter(String label, CommandRun run) {
        Matcher matcher = Pattern.compile(Pattern.quote(label) + " (\\d+)").matcher(run.out());
        if (!matcher.find()) {
            throw new AssertionError("no \"" + label + " N\" in the output: " + run.out() + run.err());
        }
        return Long.parseLong(matcher.group(1));
    }

    ConfigurableApplicationContext open() {
        return Launcher.open(dataDir);
    }
}
