package org.smartcbs.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The failure of a command whose embedded database another process has open, such as a running {@code serve}.
 * H2 opens a file database for one process at a time and reports the others with error code 90020, "Database may
 * be already in use".
 */
final class DatabaseInUse {

    /** H2's error code for a database file locked by another process, {@code ErrorCode.DATABASE_ALREADY_OPEN_1}. */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    /** The file of the embedded database in the {@code --db} folder, named by spring.datasource.url. */
    private static final String DATABASE_FILE = "smartcbs.mv.db";

    private DatabaseInUse() {
    }

    /** Returns whether {@code failure} or one of its causes is H2's database-in-use error. */
    static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rejects the embedded database in {@code dataDir} when another process holds its file lock, before the
     * application starts, so the command fails at once with one line. H2 2.4 locks the {@code .mv.db} file with
     * {@link FileChannel#tryLock()} while the database is open, and this check takes and releases the same lock.
     *
     * @throws IllegalStateException when the database file is locked
     */
    static void requireFree(Path dataDir) {
        Path file = dataDir.resolve(DATABASE_FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException(message(dataDir.toString()));
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException(message(dataDir.toString()));
        } catch (IOException e) {
            // NOTE: a file that cannot be opened for writing is left to H2, which reports it when it opens the file.
        }
    }

    /** Returns the one-line message, naming the {@code --db} folder of the command that failed. */
    static String message(CommandLine.ParseResult parsed) {
        return message(dataDir(parsed));
    }

    private static String message(String dataDir) {
        return "the database in " + dataDir + " is in use by another SMART CBS process; stop it or give another --db";
    }

    private static String dataDir(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult command = parsed;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        OptionSpec option = command.commandSpec().findOption("--db");
        if (option == null || !(option.getValue() instanceof Path dir)) {
            return "the --db folder";
        }
        return dir.toString();
    }
}
