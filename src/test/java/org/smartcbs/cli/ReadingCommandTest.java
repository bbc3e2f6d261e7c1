package org.smartcbs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.meters.Meters;
import org.smartcbs.readings.Reading;
import org.smartcbs.readings.Readings;
import org.smartcbs.testing.Riverside;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The reading command on the Riverside registry, whose meters were last read on 5 September 2026: MR-1 at 1000
 * (five digits, multiplier 1) and MR-3 at 500 (six digits, multiplier 2).
 */
class ReadingCommandTest {

    @TempDir
    Path dataDir;

    RiversideCli cli;

    @BeforeEach
    void registerRiverside() {
        cli = RiversideCli.prepare(dataDir);
    }

    /** MR-1 from 1000 to 1100 is 100 units at multiplier 1. */
    @Test
    void plausibleReadingIsAccepted() {
        CommandRun enter = cli.run("reading", "enter", "MR-1", "1100", "--date", "2026-10-05", "--remark",
                "seal intact", "--by", Riverside.READER);
        CommandRun again = cli.run("reading", "enter", "MR-1", "1100", "--date", "2026-10-05", "--by",
                Riverside.READER);

        assertThat(enter.status()).as(enter.err()).isZero();
        assertThat(enter.out()).contains("reading 1100 of meter MR-1 on 2026-10-05 accepted");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("recorded already");
        try (ConfigurableApplicationContext app = cli.open()) {
            long meterId = app.getBean(Meters.class).findBySerial("MR-1").orElseThrow().id();
            Reading latest = app.getBean(Readings.class).latestAccepted(meterId).orElseThrow();
            assertThat(latest.registerValue()).isEqualTo(1100);
            assertThat(latest.consumption()).isEqualByComparingTo(new BigDecimal("100"));
            assertThat(latest.remark()).isEqualTo("seal intact");
        }
    }

    /**
     * MR-3 read at 400 after 500 would be a rollover of 999,900 steps on a six-digit register, far above a tenth of
     * its range, so the reading is held. Corrected to 700, it is (700 - 500) x 2 = 400 units.
     */
    @Test
    void heldReadingIsCorrectedByAnotherEmployee() {
        CommandRun enter = cli.run("reading", "enter", "MR-3", "400", "--date", "2026-10-05", "--by",
                Riverside.OFFICER);
        long id = RiversideCli.idAfter("held for review as reading", enter);
        CommandRun held = cli.run("reading", "held");
        CommandRun sameEmployee = cli.run("reading", "review", Long.toString(id), "accept", "--by", Riverside.OFFICER);
        CommandRun noValue = cli.run("reading", "review", Long.toString(id), "correct", "--by",
                Riverside.SECOND_OFFICER);
        CommandRun correct = cli.run("reading", "review", Long.toString(id), "correct", "--value", "700", "--by",
                Riverside.SECOND_OFFICER);
        CommandRun heldAfter = cli.run("reading", "held");

        assertThat(enter.status()).as(enter.err()).isZero();
        assertThat(held.out()).contains("1 readings held for review").containsPattern(id + " +MR-3 +2026-10-05 +400");
        assertThat(sameEmployee.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(sameEmployee.err()).contains("bilal asked for the review of reading " + id);
        assertThat(noValue.status()).isEqualTo(2);
        assertThat(noValue.err()).contains("correct needs --value N");
        assertThat(correct.status()).as(correct.err()).isZero();
        assertThat(correct.out()).contains("reading " + id + " ACCEPTED: register 700, consumption 400");
        assertThat(heldAfter.out()).contains("0 readings held for review");
    }

    @Test
    void invalidReadingIsRejected() {
        CommandRun tooLarge = cli.run("reading", "enter", "MR-1", "100000", "--date", "2026-10-05", "--by",
                Riverside.READER);
        CommandRun inStock = cli.run("reading", "enter", "MR-6", "10", "--date", "2026-10-05", "--by",
                Riverside.READER);
        CommandRun byCashier = cli.run("reading", "enter", "MR-1", "1100", "--date", "2026-10-05", "--by",
                Riverside.CASHIER);
        CommandRun unknownReading = cli.run("reading", "review", "999999", "reject", "--by", Riverside.OFFICER);

        assertThat(tooLarge.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(tooLarge.err()).contains("\"100000\": has more digits than the register's 5");
        assertThat(inStock.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(inStock.err()).contains("meter MR-6 is not assigned to an active consumer");
        assertThat(byCashier.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(byCashier.err()).contains("employee sana is a CASHIER");
        assertThat(unknownReading.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(unknownReading.err()).contains("reading 999999 does not exist");
        try (ConfigurableApplicationContext app = cli.open()) {
            long meterId = app.getBean(Meters.class).findBySerial("MR-1").orElseThrow().id();
            assertThat(app.getBean(Readings.class).latestAccepted(meterId).orElseThrow().registerValue())
                    .isEqualTo(1000);
        }
    }
}
