package org.smartcbs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseInUseTest {

    @TempDir
    Path dataDir;

    @Test
    void lockedDatabaseGivesOneLine() throws IOException {
        // A running serve holds an operating-system lock on the database file, and a lock taken here in the
        // test's JVM takes its place.
        CommandRun created = CommandRun.of("ledger", "C-1", "--db", dataDir.toString());
        assertThat(created.err()).doesNotContain("in use");
        Path file = dataDir.resolve("smartcbs.mv.db");

        CommandRun run;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            run = CommandRun.of("ledger", "C-1", "--db", dataDir.toString());
        }

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: the database in " + dataDir + " is in use by another SMART CBS "
                + "process; stop it or give another --db" + System.lineSeparator());
    }

    @Test
    void portAboveRangeRejected() {
        CommandRun run = CommandRun.of("serve", "--port", "70000");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("Invalid value for option '--port': \"70000\" is not a port number; write "
                + "1 to 65535" + System.lineSeparator());
    }

    @Test
    void portZeroRejected() {
        CommandRun run = CommandRun.of("serve", "--port", "0");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("Invalid value for option '--port': \"0\" is not a port number; write "
                + "1 to 65535" + System.lineSeparator());
    }
}
