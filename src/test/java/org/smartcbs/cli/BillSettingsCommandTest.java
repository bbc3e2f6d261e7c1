package org.smartcbs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;

/** The bill-settings command on the Riverside registry, whose administrator is amina and feeder RS-1. */
class BillSettingsCommandTest {

    @TempDir
    Path dataDir;

    @BeforeEach
    void registerRiverside() {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026,
                10, 1)))) {
            Riverside.importRegistry(app);
        }
    }

    /**
     * RS-1 is due on the 25th, moved off weekends and holidays. 25 October 2026 is a Sunday and the 26th a
     * holiday, so October's bills, issued on the 10th, are due on Tuesday the 27th.
     */
    @Test
    void definedScheduleIsShown() {
        CommandRun define = run("bill-settings", "define", "--by", Riverside.ADMIN, "--setup", "RS-1", "--effective-from",
                "2026-01-01", "--due-basis", "FIXED_DAY", "--due-value", "25", "--weekend", "SATURDAY,SUNDAY",
                "--move-off-non-working", "--late-charge-percent", "10", "--reading-window", "1-7", "--issue-day",
                "10");
        CommandRun holiday = run("bill-settings", "holiday", "--by", Riverside.ADMIN, "--date", "2026-10-26", "--name",
                "a test holiday");
        CommandRun show = run("bill-settings", "show", "--setup", "RS-1", "--month", "2026-10");

        assertThat(define.status()).as(define.err()).isZero();
        assertThat(holiday.status()).as(holiday.err()).isZero();
        assertThat(show.status()).as(show.err()).isZero();
        assertThat(show.out()).contains("reading window: 2026-10-01 to 2026-10-07");
        assertThat(show.out()).contains("issue date: 2026-10-10");
        assertThat(show.out()).contains("due date: 2026-10-27");
    }

    @Test
    void invalidSettingsAreRejected() {
        CommandRun badWindow = run("bill-settings", "define", "--by", Riverside.ADMIN, "--effective-from", "2026-01-01",
                "--due-value", "14", "--late-charge-percent", "10", "--reading-window", "7");
        CommandRun reversedWindow = run("bill-settings", "define", "--by", Riverside.ADMIN, "--effective-from",
                "2026-01-01", "--due-value", "14", "--late-charge-percent", "10", "--reading-window", "9-2");
        CommandRun notAdmin = run("bill-settings", "define", "--by", Riverside.OFFICER, "--effective-from", "2026-01-01",
                "--due-value", "14", "--late-charge-percent", "10");
        CommandRun show = run("bill-settings", "show", "--month", "2026-10");

        assertThat(badWindow.status()).isEqualTo(2);
        assertThat(badWindow.err()).contains("'7' is not FROM-TO");
        assertThat(reversedWindow.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(reversedWindow.err()).contains("reading window first day 9 is after its last day 2");
        assertThat(notAdmin.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(show.out()).contains("reading window: none");
        assertThat(show.out()).contains("issue date: none set");
    }

    private CommandRun run(String... args) {
        String[] withDatabase = new String[args.length + 2];
        System.arraycopy(args, 0, withDatabase, 0, args.length);
        withDatabase[args.length] = "--db";
        withDatabase[args.length + 1] = dataDir.toString();
        return CommandRun.of(withDatabase);
    }
}
