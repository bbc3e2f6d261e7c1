package org.smartcbs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Invalid date and month option values, checked before any command touches the database. */
class DateOptionsTest {

    private static void assertInvalidOption(CommandRun run, String message) {
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(message + System.lineSeparator());
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(run.err()).doesNotContain("Usage:");
    }

    @Test
    void monthThirteenRejected() {
        CommandRun run = CommandRun.of("bill-run", "--month", "2026-13", "--run-date", "2026-11-10");

        assertInvalidOption(run, "Invalid value for option '--month': \"2026-13\" is not a valid month; write YYYY-MM");
    }

    @Test
    void monthInOtherFormRejected() {
        CommandRun run = CommandRun.of("bill-run", "--month", "11/2026");

        assertInvalidOption(run, "Invalid value for option '--month': \"11/2026\" is not a month; write YYYY-MM");
    }

    @Test
    void dayThirtyOfFebruaryRejected() {
        CommandRun run = CommandRun.of("late-charges", "--as-of", "2026-02-30");

        assertInvalidOption(run, "Invalid value for option '--as-of': \"2026-02-30\" is not a valid date; "
                + "write YYYY-MM-DD");
    }

    @Test
    void dateInOtherFormRejected() {
        CommandRun run = CommandRun.of("late-charges", "--as-of", "30/11/2026");

        assertInvalidOption(run, "Invalid value for option '--as-of': \"30/11/2026\" is not a date; write YYYY-MM-DD");
    }

    @Test
    void usageHintNamesCommand() {
        CommandRun run = CommandRun.of("late-charges", "--as-of", "2026-02-30");

        assertThat(run.err()).contains("Run 'smart-cbs late-charges --help' for the usage.");
    }

    @Test
    void quoteKeepsItsOwnDateMessage() {
        CommandRun run = CommandRun.of("quote", "--tariff", "src/test/resources/oracles/tariffs/KSEB-LT1A-2019.json",
                "--units", "5", "--period-start", "2026-02-30", "--period-end", "2026-03-31");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Invalid option --period-start: \"2026-02-30\" is not a valid date; write "
                + "YYYY-MM-DD" + System.lineSeparator());
    }
}
