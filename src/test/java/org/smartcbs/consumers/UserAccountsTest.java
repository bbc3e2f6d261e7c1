package org.smartcbs.consumers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.smartcbs.core.rows.ImportResult;
import org.smartcbs.identity.Employees;
import org.smartcbs.identity.Role;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;

/** Employees and consumer log-ins: who creates them, how passwords are kept, and what never reaches a log. */
class UserAccountsTest {

    private static final String CONSUMER_PASSWORD = "river-road-7-secret";

    @TempDir
    Path dataDir;

    @Test
    void employeesCreatedOnlyByAdmin() {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            Employees employees = app.getBean(Employees.class);

            assertThatThrownBy(() -> employees.create(Riverside.OFFICER, "danish", "Danish Ali", Role.CASHIER,
                    Riverside.PASSWORD)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("employee bilal is a BILLING_OFFICER; this needs a ADMIN");
            assertThatThrownBy(() -> employees.createFirstAdmin("zara", "Zara Khan", Riverside.PASSWORD))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> employees.create(Riverside.ADMIN, "danish", "Danish Ali", Role.CASHIER, "short"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 10 characters");

            String hash = app.getBean(JdbcClient.class).sql("select password_hash from employee where username = ?")
                    .param(Riverside.OFFICER).query(String.class).single();
            assertThat(hash).startsWith("$2a$10$").doesNotContain(Riverside.PASSWORD);
            assertThat(employees.authenticate(Riverside.OFFICER, Riverside.PASSWORD)).isTrue();
            assertThat(employees.authenticate(Riverside.OFFICER, "correct horse battery!")).isFalse();
            assertThat(employees.find(Riverside.CASHIER).orElseThrow().role()).isEqualTo(Role.CASHIER);
        }
    }

    @Test
    void consumerLoginKeepsOnlyHash() {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            ConsumerLogins logins = app.getBean(ConsumerLogins.class);

            assertThatThrownBy(() -> logins.create("RS-001", CONSUMER_PASSWORD, Riverside.CASHIER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CASHIER");
            logins.create("RS-001", CONSUMER_PASSWORD, Riverside.OFFICER);
            assertThatThrownBy(() -> logins.create("RS-001", CONSUMER_PASSWORD, Riverside.OFFICER))
                    .isInstanceOf(IllegalStateException.class).hasMessage("consumer RS-001 has a log-in already");

            String hash = app.getBean(JdbcClient.class).sql("select password_hash from consumer_login").query(String.class)
                    .single();
            assertThat(hash).startsWith("$2a$10$").doesNotContain(CONSUMER_PASSWORD);
            assertThat(logins.authenticate("RS-001", CONSUMER_PASSWORD)).isTrue();
            assertThat(logins.authenticate("RS-001", "river-road-7-secreT")).isFalse();
            assertThat(logins.authenticate("RS-002", CONSUMER_PASSWORD)).isFalse();

            app.getBean(Consumers.class).changeStatus("RS-001", ConsumerStatus.CLOSED, Riverside.OFFICER);
            assertThat(logins.authenticate("RS-001", CONSUMER_PASSWORD)).isFalse();
        }
    }

    /**
     * Captures every log event, down to DEBUG, while employees and consumers are created, registered, rejected and
     * signed in, and checks that no password, national id or phone number appears in any of them.
     */
    @Test
    void personalDataNeverLogged() throws Exception {
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            // Spring Boot configures logging as the application starts, so the appender joins afterwards.
            Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            Logger project = (Logger) LoggerFactory.getLogger("org.smartcbs");
            Level rootLevel = root.getLevel();
            Level projectLevel = project.getLevel();
            events.start();
            root.addAppender(events);
            root.setLevel(Level.DEBUG);
            project.setLevel(Level.DEBUG);
            try {
                createAndRejectAccounts(app);
            } finally {
                root.detachAppender(events);
                root.setLevel(rootLevel);
                project.setLevel(projectLevel);
            }
        }

        List<String> logged = new ArrayList<>();
        for (ILoggingEvent event : events.list) {
            logged.add(event.getFormattedMessage());
            for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
                logged.add(String.valueOf(cause.getMessage()));
            }
        }
        assertThat(logged).anyMatch(line -> line.startsWith("Consumer registered consumer=RS-1-1001"));
        assertThat(logged).anyMatch(line -> line.startsWith("Consumer row rejected"));
        assertThat(logged).anyMatch(line -> line.startsWith("Employee created username=bilal"));
        List<String> secrets = List.of(Riverside.PASSWORD, CONSUMER_PASSWORD, "a wrong password", "77777-7777777-7",
                "11111-1111111-1", "90000-0000000-1", "9000000000003", "0321-7241616", "+923217241616", "0321-72416",
                "0300-9000001", "+923009000001", "0300-90000");
        for (String secret : secrets) {
            assertThat(logged).as("log lines containing %s", secret).noneMatch(line -> line.contains(secret));
        }
    }

    private void createAndRejectAccounts(ConfigurableApplicationContext app) throws Exception {
        Riverside.importRegistry(app);
        Consumers consumers = app.getBean(Consumers.class);
        consumers.register(new ConsumerRegistration(null, "Gul Khan", null, "77777-7777777-7", "0321-7241616",
                "gul@example.com", "House 7, River Road", "RS-1", "RESIDENTIAL", null, null, null), Riverside.OFFICER);
        assertThatThrownBy(() -> consumers.register(new ConsumerRegistration(null, "Gul Khan", null,
                "11111-1111111-1", "0321-72416", null, null, "RS-1", "RESIDENTIAL", null, null, null),
                Riverside.OFFICER)).isInstanceOf(RegistrationException.class);
        Path file = dataDir.resolve("more-consumers.csv");
        Files.writeString(file, """
                consumer_no,name,national_id,phone,setup_code,category,status
                RS-101,Hina Aslam,90000-0000000-1,0300-9000001,RS-1,RESIDENTIAL,ACTIVE
                RS-102,Imran Butt,90000-0000000-1,0300-9000002,RS-1,RESIDENTIAL,ACTIVE
                RS-103,Jamal Din,9000000000003,0300-90000,RS-1,RESIDENTIAL,ACTIVE
                """);
        ImportResult imported = consumers.importFile(file);
        assertThat(imported.rejectedRows()).isEqualTo(3);
        ConsumerLogins logins = app.getBean(ConsumerLogins.class);
        logins.create("RS-001", CONSUMER_PASSWORD, Riverside.OFFICER);
        assertThat(logins.authenticate("RS-001", "a wrong password")).isFalse();
    }
}
