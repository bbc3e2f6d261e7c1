package org.smartcbs.meters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry rules that the database enforces by itself, for writes that bypass the services, and the messages
 * the services give for the same cases.
 */
class RegistryDatabaseRulesTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void nationalIdOpenOnlyOnce(TestDatabase database) {
        try (ConfigurableApplicationContext app = database.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            JdbcClient jdbc = app.getBean(JdbcClient.class);

            // RS-001 has 11111-1111111-1 on an ACTIVE connection.
            assertThatThrownBy(() -> insertConsumer(jdbc, "RS-901", "11111-1111111-1", "PENDING_APPROVAL"))
                    .isInstanceOf(DataIntegrityViolationException.class);
            insertConsumer(jdbc, "RS-902", "11111-1111111-1", "CLOSED");
            insertConsumer(jdbc, "RS-903", "11111-1111111-1", "CLOSED");

            assertThat(jdbc.sql("select count(*) from consumer where national_id = '11111-1111111-1'")
                    .query(Long.class).single()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void meterServesOneConsumerAtATime(TestDatabase database) {
        try (ConfigurableApplicationContext app = database.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Meters meters = app.getBean(Meters.class);
            Consumers consumers = app.getBean(Consumers.class);
            long mr1 = meters.findBySerial("MR-1").orElseThrow().id();
            long mr6 = meters.findBySerial("MR-6").orElseThrow().id();
            long rs001 = consumers.require("RS-001").id();
            long rs006 = consumers.require("RS-006").id();

            // MR-1 serves RS-001: a request for RS-006 as well is a second open assignment of MR-1.
            assertThatThrownBy(() -> insertAssignment(jdbc, mr1, rs006, "REQUESTED"))
                    .isInstanceOf(DataIntegrityViolationException.class);
            // RS-001 is served by MR-1: MR-6 cannot serve it too.
            assertThatThrownBy(() -> insertAssignment(jdbc, mr6, rs001, "APPROVED"))
                    .isInstanceOf(DataIntegrityViolationException.class);
            // Rejected requests stay in the history and do not count.
            insertAssignment(jdbc, mr1, rs006, "REJECTED");
            insertAssignment(jdbc, mr1, rs006, "REJECTED");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void secondAssignmentIsExplained(TestDatabase database) {
        try (ConfigurableApplicationContext app = database.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            MeterAssignments assignments = app.getBean(MeterAssignments.class);
            LocalDate day = LocalDate.of(2026, 10, 1);

            assertThatThrownBy(() -> assignments.request("MR-1", "RS-006", day, 0, Riverside.OFFICER))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("meter MR-1 serves consumer RS-001 already, so it cannot be assigned to RS-006;"
                            + " one meter serves one consumer at a time");
            assertThatThrownBy(() -> assignments.request("MR-6", "RS-001", day, 0, Riverside.OFFICER))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("consumer RS-001 already has meter MR-1; replace it instead");

            long request = assignments.request("MR-6", "RS-006", day, 0, Riverside.OFFICER);
            app.getBean(JdbcClient.class).sql("insert into meter (serial, register_digits, multiplier, status,"
                    + " created_at) values ('MR-7', 5, 1, 'IN_STOCK', ?)").param(LocalDateTime.of(2026, 10, 1, 9, 0))
                    .update();
            assertThatThrownBy(() -> assignments.request("MR-7", "RS-006", day, 0, Riverside.OFFICER))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("consumer RS-006 has meter assignment " + request
                            + " awaiting approval; approve or reject it first");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "POSTGRESQL")
    void nameAndAddressSearchIndexed(TestDatabase database) {
        try (ConfigurableApplicationContext app = database.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);

            assertThat(jdbc.sql("select indexdef from pg_indexes where indexname = 'consumer_name_trigram'")
                    .query(String.class).single()).contains("gin").contains("lower((name)::text) gin_trgm_ops");
            assertThat(jdbc.sql("select indexdef from pg_indexes where indexname = 'consumer_address_trigram'")
                    .query(String.class).single()).contains("gin").contains("lower((address)::text) gin_trgm_ops");
        }
    }

    private static void insertConsumer(JdbcClient jdbc, String number, String nationalId, String status) {
        jdbc.sql("insert into consumer (consumer_no, name, national_id, setup_id, category, status, created_at)"
                + " values (?, 'Test Consumer', ?, (select id from setup where code = 'RS-1'), 'RESIDENTIAL', ?, ?)")
                .params(number, nationalId, status, LocalDateTime.of(2026, 10, 1, 9, 0)).update();
    }

    private static void insertAssignment(JdbcClient jdbc, long meterId, long consumerId, String status) {
        jdbc.sql("insert into meter_assignment (meter_id, consumer_id, status, assigned_on, requested_by, created_at)"
                + " values (?, ?, ?, ?, 'test', ?)")
                .params(meterId, consumerId, status, LocalDate.of(2026, 10, 1), LocalDateTime.of(2026, 10, 1, 9, 0))
                .update();
    }
}
