package org.smartcbs.consumers;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcbs.identity.Employees;
import org.smartcbs.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consumer log-ins, the users other than employees. A consumer signs in with their consumer number and a password.
 * Passwords are stored only as BCrypt hashes and are never logged.
 */
@Service
public class ConsumerLogins {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLogins.class);

    private final JdbcClient jdbc;
    private final Consumers consumers;
    private final Employees employees;
    private final Clock clock;
    private final PasswordEncoder encoder = new BCryptPasswordEncoder();

    ConsumerLogins(JdbcClient jdbc, Consumers consumers, Employees employees, Clock clock) {
        this.jdbc = jdbc;
        this.consumers = consumers;
        this.employees = employees;
        this.clock = clock;
    }

    /**
     * Creates the log-in of a consumer whose connection is open; an administrator or billing officer creates it.
     *
     * @throws IllegalArgumentException when the password is too short or the employee may not create log-ins
     * @throws IllegalStateException when the consumer is closed or has a log-in already
     */
    @Transactional
    public void create(String consumerNo, String password, String createdBy) {
        employees.requireRole(createdBy, Role.ADMIN, Role.BILLING_OFFICER);
        Consumer consumer = consumers.require(consumerNo);
        if (!consumer.status().isOpen()) {
            throw new IllegalStateException("consumer " + consumerNo + " is CLOSED and cannot get a log-in");
        }
        if (passwordHash(consumer.id()).isPresent()) {
            throw new IllegalStateException("consumer " + consumerNo + " has a log-in already");
        }
        if (password == null || password.length() < Employees.MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the password of consumer " + consumerNo + " must have at least "
                    + Employees.MIN_PASSWORD_LENGTH + " characters");
        }
        jdbc.sql("insert into consumer_login (consumer_id, password_hash, created_at) values (?, ?, ?)")
                .params(consumer.id(), encoder.encode(password), LocalDateTime.now(clock)).update();
        log.info("Consumer log-in created consumer={} createdBy={}", consumerNo, createdBy);
    }

    /** Returns whether the consumer number and password belong to a consumer log-in whose connection is open. */
    public boolean authenticate(String consumerNo, String password) {
        Optional<Consumer> consumer = consumers.findByNo(consumerNo).filter(c -> c.status().isOpen());
        if (consumer.isEmpty() || password == null) {
            return false;
        }
        Optional<String> hash = passwordHash(consumer.get().id());
        return hash.isPresent() && encoder.matches(password, hash.get());
    }

    private Optional<String> passwordHash(long consumerId) {
        return jdbc.sql("select password_hash from consumer_login where consumer_id = ?").param(consumerId)
                .query(String.class).optional();
    }
}
