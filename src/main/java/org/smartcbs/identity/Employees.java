package org.smartcbs.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers employees and checks their roles. Passwords are stored only as BCrypt hashes and are never logged.
 */
@Service
public class Employees {

    private static final Logger log = LoggerFactory.getLogger(Employees.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,59}");
    /** Minimum length of a password. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PasswordEncoder encoder = new BCryptPasswordEncoder();

    Employees(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Creates the first administrator of a new installation.
     *
     * @throws IllegalStateException when any employee exists already; then an administrator creates employees
     */
    @Transactional
    public Employee createFirstAdmin(String username, String fullName, String password) {
        if (jdbc.sql("select count(*) from employee").query(Long.class).single() > 0) {
            throw new IllegalStateException("employees exist already; an administrator creates further employees");
        }
        return insert(username, fullName, Role.ADMIN, password, "setup");
    }

    /**
     * Creates an employee; only an active administrator may.
     *
     * @throws IllegalArgumentException when the username is taken or invalid, or the password too short
     */
    @Transactional
    public Employee create(String byAdmin, String username, String fullName, Role role, String password) {
        requireRole(byAdmin, Role.ADMIN);
        return insert(username, fullName, role, password, byAdmin);
    }

    private Employee insert(String username, String fullName, Role role, String password, String createdBy) {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username \"" + username + "\" must be 3 to 60 lower-case letters,"
                    + " digits, '.', '_' or '-', starting with a letter");
        }
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("username " + username + " is already taken");
        }
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("the full name of " + username + " is missing");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the password of " + username + " must have at least "
                    + MIN_PASSWORD_LENGTH + " characters");
        }
        jdbc.sql("insert into employee (username, full_name, role, password_hash, active, created_by, created_at)"
                + " values (?, ?, ?, ?, true, ?, ?)")
                .params(username, fullName.strip(), role.name(), encoder.encode(password), createdBy,
                        LocalDateTime.now(clock))
                .update();
        log.info("Employee created username={} role={} createdBy={}", username, role, createdBy);
        return find(username).orElseThrow();
    }

    /** Returns whether the username and password belong to an active employee. */
    public boolean authenticate(String username, String password) {
        Optional<String> hash = jdbc.sql("select password_hash from employee where username = ? and active = true")
                .param(username).query(String.class).optional();
        return hash.isPresent() && encoder.matches(password, hash.get());
    }

    public Optional<Employee> find(String username) {
        return jdbc.sql("select id, username, full_name, role, active from employee where username = ?")
                .param(username).query(Employees::toEmployee).optional();
    }

    /** Returns every employee, active or not, by username. */
    public List<Employee> all() {
        return jdbc.sql("select id, username, full_name, role, active from employee order by username")
                .query(Employees::toEmployee).list();
    }

    /**
     * Returns the active employee if they have one of the roles.
     *
     * @throws IllegalArgumentException naming the employee and the roles when they may not act
     */
    public Employee requireRole(String username, Role... allowed) {
        Employee employee = find(username).filter(Employee::active).orElseThrow(
                () -> new IllegalArgumentException("employee " + username + " is not registered or not active"));
        if (!Arrays.asList(allowed).contains(employee.role())) {
            throw new IllegalArgumentException("employee " + username + " is a " + employee.role() + "; this needs "
                    + (allowed.length == 1 ? "a " : "one of ") + List.of(allowed).toString().replaceAll("[\\[\\]]", ""));
        }
        return employee;
    }

    private static Employee toEmployee(ResultSet rs, int row) throws SQLException {
        return new Employee(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("active"));
    }
}
