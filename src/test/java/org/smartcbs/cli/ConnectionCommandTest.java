package org.smartcbs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.consumers.ConsumerStatus;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.testing.Riverside;
import org.springframework.context.ConfigurableApplicationContext;

/** The connection command on the Riverside registry, where RS-001 is active and RS-005 disconnected. */
class ConnectionCommandTest {

    @TempDir
    Path dataDir;

    RiversideCli cli;

    @BeforeEach
    void registerRiverside() {
        cli = RiversideCli.prepare(dataDir);
    }

    @Test
    void disconnectionNeedsSecondEmployee() {
        CommandRun request = cli.run("connection", "disconnect", "RS-001", "--reason", "bills unpaid for three months",
                "--on", "2026-10-15", "--by", Riverside.OFFICER);
        long id = RiversideCli.idAfter("connection request", request);
        CommandRun sameEmployee = cli.run("connection", "approve", Long.toString(id), "--by", Riverside.OFFICER);
        CommandRun approve = cli.run("connection", "approve", Long.toString(id), "--by", Riverside.SECOND_OFFICER);
        CommandRun disconnected = cli.run("connections", "--status", "DISCONNECTED");

        assertThat(request.status()).as(request.err()).isZero();
        assertThat(request.out()).contains("DISCONNECT RS-001 on 2026-10-15");
        assertThat(sameEmployee.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(sameEmployee.err()).contains("bilal asked for connection request " + id);
        assertThat(approve.status()).as(approve.err()).isZero();
        assertThat(approve.out()).contains("consumer RS-001 is DISCONNECTED");
        // RS-005 was disconnected already, and RS-001 is now.
        assertThat(disconnected.out()).contains("2 connections").contains("RS-001").contains("RS-005");
    }

    @Test
    void rejectedReconnectionKeepsStatus() {
        CommandRun request = cli.run("connection", "reconnect", "RS-005", "--reason", "arrears paid", "--on",
                "2026-10-20", "--by", Riverside.READER);
        long id = RiversideCli.idAfter("connection request", request);
        CommandRun byCashier = cli.run("connection", "reject", Long.toString(id), "--by", Riverside.CASHIER);
        CommandRun reject = cli.run("connection", "reject", Long.toString(id), "--by", Riverside.OFFICER);
        CommandRun activeAlready = cli.run("connection", "reconnect", "RS-003", "--reason", "arrears paid", "--on",
                "2026-10-20", "--by", Riverside.READER);
        CommandRun blankReason = cli.run("connection", "disconnect", "RS-003", "--reason", " ", "--on", "2026-10-20",
                "--by", Riverside.READER);
        CommandRun badDate = cli.run("connection", "disconnect", "RS-003", "--reason", "meter tampered", "--on",
                "2026-13-01", "--by", Riverside.READER);

        assertThat(byCashier.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(byCashier.err()).contains("employee sana is a CASHIER");
        assertThat(reject.status()).as(reject.err()).isZero();
        assertThat(reject.out()).contains("connection request " + id + " rejected");
        assertThat(activeAlready.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(activeAlready.err()).contains("consumer RS-003 is ACTIVE; a reconnect request does not apply");
        assertThat(blankReason.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(blankReason.err()).contains("request for RS-003 needs a reason");
        assertThat(badDate.status()).isEqualTo(2);
        assertThat(badDate.err()).contains("2026-13-01");
        try (ConfigurableApplicationContext app = cli.open()) {
            Consumers consumers = app.getBean(Consumers.class);
            assertThat(consumers.require("RS-005").status()).isEqualTo(ConsumerStatus.DISCONNECTED);
            assertThat(consumers.require("RS-003").status()).isEqualTo(ConsumerStatus.ACTIVE);
        }
    }
}
