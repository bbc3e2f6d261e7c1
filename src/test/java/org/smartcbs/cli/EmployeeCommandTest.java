package org.smartcbs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.identity.Employees;
import org.springframework.context.ConfigurableApplicationContext;

/** The employee command on an empty embedded database. */
class EmployeeCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void firstAdminAddsACashier() {
        CommandRun admin = withStdin("a long admin password\n", "employee", "first-admin", "amina", "--name",
                "Amina Qureshi", "--password-stdin", "--db", dataDir.toString());
        CommandRun secondAdmin = withStdin("another long password\n", "employee", "first-admin", "zara", "--name",
                "Zara Khan", "--password-stdin", "--db", dataDir.toString());
        CommandRun cashier = withStdin("a long cashier password\n", "employee", "add", "sana", "--name",
                "Sana Iqbal", "--role", "CASHIER", "--by", "amina", "--password-stdin", "--db", dataDir.toString());
        CommandRun byCashier = withStdin("yet another password\n", "employee", "add", "omar", "--name", "Omar Ali",
                "--role", "CASHIER", "--by", "sana", "--password-stdin", "--db", dataDir.toString());
        CommandRun list = CommandRun.of("employee", "list", "--db", dataDir.toString());

        assertThat(admin.status()).as(admin.err()).isZero();
        assertThat(admin.out()).contains("employee amina created as ADMIN");
        assertThat(secondAdmin.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(secondAdmin.err()).contains("employees exist already");
        assertThat(cashier.status()).as(cashier.err()).isZero();
        assertThat(byCashier.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(byCashier.err()).contains("employee sana is a CASHIER");
        assertThat(list.out()).contains("amina").contains("sana").doesNotContain("omar").doesNotContain("zara");
        try (ConfigurableApplicationContext app = Launcher.open(dataDir)) {
            Employees employees = app.getBean(Employees.class);
            assertThat(employees.authenticate("sana", "a long cashier password")).isTrue();
            assertThat(employees.authenticate("sana", "a long admin password")).isFalse();
        }
    }

    @Test
    void shortPasswordIsRejected() {
        CommandRun admin = withStdin("short\n", "employee", "first-admin", "amina", "--name", "Amina Qureshi",
                "--password-stdin", "--db", dataDir.toString());

        assertThat(admin.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(admin.err()).contains("must have at least " + Employees.MIN_PASSWORD_LENGTH + " characters");
        assertThat(admin.err()).doesNotContain("short");
    }

    private static CommandRun withStdin(String input, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CommandRun.of(args);
        } finally {
            System.setIn(original);
        }
    }
}
