package org.smartcbs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.consumers.Consumer;
import org.smartcbs.consumers.ConsumerStatus;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.testing.Riverside;
import org.springframework.context.ConfigurableApplicationContext;

/** The consumer command on the Riverside registry. */
class ConsumerCommandTest {

    @TempDir
    Path dataDir;

    RiversideCli cli;

    @BeforeEach
    void registerRiverside() {
        cli = RiversideCli.prepare(dataDir);
    }

    /** RS-1 has no generated number yet, so its series starts at 1001 and the pattern {setup}-{seq} gives RS-1-1001. */
    @Test
    void registrationWaitsForSecondEmployee() {
        CommandRun register = cli.run("consumer", "register", "--name", "Gul Khan", "--national-id", "77777-7777777-7",
                "--phone", "0300-7777777", "--address", "House 7, River Road", "--setup", "RS-1", "--category",
                "RESIDENTIAL", "--load-kw", "2", "--by", Riverside.OFFICER);
        CommandRun sameEmployee = cli.run("consumer", "approve", "RS-1-1001", "--by", Riverside.OFFICER);
        CommandRun approve = cli.run("consumer", "approve", "RS-1-1001", "--by", Riverside.SECOND_OFFICER);
        CommandRun again = cli.run("consumer", "approve", "RS-1-1001", "--by", Riverside.ADMIN);

        assertThat(register.status()).as(register.err()).isZero();
        assertThat(register.out()).contains("consumer RS-1-1001 registered in setup RS-1 as PENDING_APPROVAL");
        assertThat(sameEmployee.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(sameEmployee.err()).contains("error: bilal asked for the registration of consumer RS-1-1001");
        assertThat(approve.status()).as(approve.err()).isZero();
        assertThat(approve.out()).contains("consumer RS-1-1001 approved; connection ACTIVE");
        assertThat(again.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(again.err()).contains("consumer RS-1-1001 is ACTIVE, so there is no registration to approve");
        try (ConfigurableApplicationContext app = cli.open()) {
            Consumer consumer = app.getBean(Consumers.class).require("RS-1-1001");
            assertThat(consumer.status()).isEqualTo(ConsumerStatus.ACTIVE);
            assertThat(consumer.name()).isEqualTo("Gul Khan");
        }
    }

    @Test
    void invalidRegistrationNamesFields() {
        CommandRun badCategory = cli.run("consumer", "register", "--name", "Gul Khan", "--national-id",
                "77777-7777777-7", "--setup", "RS-9", "--category", "HOUSEHOLD", "--by", Riverside.OFFICER);
        CommandRun takenNumber = cli.run("consumer", "register", "--consumer-no", "RS-001", "--name", "Gul Khan",
                "--national-id", "77777-7777777-7", "--setup", "RS-1", "--category", "RESIDENTIAL", "--by",
                Riverside.OFFICER);
        CommandRun byCashier = cli.run("consumer", "register", "--name", "Gul Khan", "--national-id",
                "77777-7777777-7", "--setup", "RS-1", "--category", "RESIDENTIAL", "--by", Riverside.CASHIER);

        assertThat(badCategory.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(badCategory.err()).contains("category \"HOUSEHOLD\" is not a consumer category");
        assertThat(badCategory.err()).contains("setup_code \"RS-9\" is not a registered setup");
        assertThat(takenNumber.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(takenNumber.err()).contains("consumer_no \"RS-001\" is already registered");
        assertThat(byCashier.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(byCashier.err()).contains("employee sana is a CASHIER");
        CommandRun list = cli.run("connections");
        // Riverside has six consumers; none of the three registrations was written.
        assertThat(list.out()).contains("6 connections");
    }

    @Test
    void statusMovesWithinItsRules() {
        CommandRun close = cli.run("consumer", "status", "RS-002", "--to", "CLOSED", "--by", Riverside.OFFICER);
        CommandRun skipApproval = cli.run("consumer", "status", "RS-004", "--to", "ACTIVE", "--by", Riverside.OFFICER);
        CommandRun byReader = cli.run("consumer", "status", "RS-003", "--to", "CLOSED", "--by", Riverside.READER);
        CommandRun unknownStatus = cli.run("consumer", "status", "RS-003", "--to", "OPEN", "--by", Riverside.OFFICER);
        CommandRun unknownConsumer = cli.run("consumer", "status", "RS-999", "--to", "CLOSED", "--by",
                Riverside.OFFICER);

        assertThat(close.status()).as(close.err()).isZero();
        assertThat(close.out()).contains("consumer RS-002 moved from ACTIVE to CLOSED");
        assertThat(skipApproval.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(skipApproval.err()).contains("RS-004 is PENDING_APPROVAL; a second employee activates it");
        assertThat(byReader.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(byReader.err()).contains("employee raza is a METER_READER");
        assertThat(unknownStatus.status()).isEqualTo(2);
        assertThat(unknownStatus.err()).contains("OPEN");
        assertThat(unknownConsumer.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(unknownConsumer.err()).contains("RS-999");
        try (ConfigurableApplicationContext app = cli.open()) {
            Consumers consumers = app.getBean(Consumers.class);
            assertThat(consumers.require("RS-002").status()).isEqualTo(ConsumerStatus.CLOSED);
            assertThat(consumers.require("RS-003").status()).isEqualTo(ConsumerStatus.ACTIVE);
            assertThat(consumers.require("RS-004").status()).isEqualTo(ConsumerStatus.PENDING_APPROVAL);
        }
    }
}
