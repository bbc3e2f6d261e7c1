package org.smartcbs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.meters.Meters;
import org.smartcbs.testing.Riverside;
import org.springframework.context.ConfigurableApplicationContext;

/** The meter command on the Riverside registry, where MR-6 is in stock and RS-006 has no meter. */
class MeterCommandTest {

    @TempDir
    Path dataDir;

    RiversideCli cli;

    @BeforeEach
    void registerRiverside() {
        cli = RiversideCli.prepare(dataDir);
    }

    @Test
    void assignmentNeedsSecondEmployee() {
        CommandRun assign = cli.run("meter", "assign", "MR-6", "RS-006", "--on", "2026-10-01", "--initial-reading", "0",
                "--by", Riverside.OFFICER);
        long id = RiversideCli.idAfter("meter assignment", assign);
        CommandRun sameEmployee = cli.run("meter", "approve", Long.toString(id), "--by", Riverside.OFFICER);
        CommandRun byReader = cli.run("meter", "approve", Long.toString(id), "--by", Riverside.READER);
        CommandRun approve = cli.run("meter", "approve", Long.toString(id), "--by", Riverside.SECOND_OFFICER);
        CommandRun search = cli.run("search", "MR-6");

        assertThat(assign.status()).as(assign.err()).isZero();
        assertThat(sameEmployee.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(sameEmployee.err()).contains("bilal asked for meter assignment " + id);
        assertThat(byReader.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(byReader.err()).contains("employee raza is a METER_READER");
        assertThat(approve.status()).as(approve.err()).isZero();
        assertThat(approve.out()).contains("meter assignment " + id + " approved");
        assertThat(search.out()).contains("1 connections").contains("RS-006");
        try (ConfigurableApplicationContext app = cli.open()) {
            assertThat(app.getBean(Meters.class).findBySerial("MR-6").orElseThrow().status()).isEqualTo("INSTALLED");
        }
    }

    @Test
    void rejectedAssignmentLeavesMeterInStock() {
        CommandRun assign = cli.run("meter", "assign", "MR-6", "RS-006", "--on", "2026-10-01", "--initial-reading", "0",
                "--by", Riverside.READER);
        long id = RiversideCli.idAfter("meter assignment", assign);
        CommandRun reject = cli.run("meter", "reject", Long.toString(id), "--by", Riverside.OFFICER);
        CommandRun again = cli.run("meter", "approve", Long.toString(id), "--by", Riverside.SECOND_OFFICER);
        CommandRun taken = cli.run("meter", "assign", "MR-1", "RS-006", "--on", "2026-10-01", "--initial-reading",
                "0", "--by", Riverside.READER);
        CommandRun tooLarge = cli.run("meter", "assign", "MR-6", "RS-006", "--on", "2026-10-01", "--initial-reading",
                "100000", "--by", Riverside.READER);

        assertThat(reject.status()).as(reject.err()).isZero();
        assertThat(reject.out()).contains("meter assignment " + id + " rejected");
        assertThat(again.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(again.err()).contains("meter assignment " + id + " is REJECTED already");
        assertThat(taken.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(taken.err()).contains("meter MR-1 serves consumer RS-001 already");
        // MR-6 has five register digits, so its register shows 0 to 99999.
        assertThat(tooLarge.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(tooLarge.err()).contains("initial reading 100000 does not fit the register of meter MR-6");
        try (ConfigurableApplicationContext app = cli.open()) {
            assertThat(app.getBean(Meters.class).findBySerial("MR-6").orElseThrow().status()).isEqualTo("IN_STOCK");
        }
    }

    @Test
    void replacementRemovesOldMeter() {
        CommandRun outOfRange = cli.run("meter", "replace", "RS-001", "--new", "MR-6", "--final-reading", "100000",
                "--initial-reading", "5", "--on", "2026-10-10", "--by", Riverside.READER);
        CommandRun replace = cli.run("meter", "replace", "RS-001", "--new", "MR-6", "--final-reading", "1100",
                "--initial-reading", "5", "--on", "2026-10-10", "--by", Riverside.READER);
        long id = RiversideCli.idAfter("meter replacement", replace);
        CommandRun approve = cli.run("meter", "approve", Long.toString(id), "--by", Riverside.OFFICER);

        assertThat(outOfRange.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(outOfRange.err()).contains("final reading 100000 does not fit the register of meter MR-1");
        assertThat(replace.status()).as(replace.err()).isZero();
        assertThat(replace.out()).contains("RS-001 gets MR-6 on 2026-10-10");
        assertThat(approve.status()).as(approve.err()).isZero();
        try (ConfigurableApplicationContext app = cli.open()) {
            Meters meters = app.getBean(Meters.class);
            long consumerId = app.getBean(Consumers.class).require("RS-001").id();
            assertThat(meters.findBySerial("MR-1").orElseThrow().status()).isEqualTo("REMOVED");
            assertThat(meters.activeMeterOf(consumerId).orElseThrow().serial()).isEqualTo("MR-6");
        }
    }

    @Test
    void faultyMeterCannotBeAssigned() {
        CommandRun serving = cli.run("meter", "faulty", "MR-1", "--by", Riverside.READER);
        CommandRun faulty = cli.run("meter", "faulty", "MR-6", "--by", Riverside.READER);
        CommandRun assign = cli.run("meter", "assign", "MR-6", "RS-006", "--on", "2026-10-01", "--initial-reading",
                "0", "--by", Riverside.READER);
        CommandRun unknown = cli.run("meter", "faulty", "MR-99", "--by", Riverside.READER);

        assertThat(serving.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(serving.err()).contains("meter MR-1 serves consumer RS-001; replace it first");
        assertThat(faulty.status()).as(faulty.err()).isZero();
        assertThat(faulty.out()).contains("meter MR-6 is FAULTY");
        assertThat(assign.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(assign.err()).contains("meter MR-6 is FAULTY, not in stock");
        assertThat(unknown.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(unknown.err()).contains("meter MR-99 is not in the meter register");
    }
}
