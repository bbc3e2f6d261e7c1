package org.smartcbs.meters;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcbs.consumers.Consumer;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.core.approval.FourEyes;
import org.smartcbs.identity.Employees;
import org.smartcbs.identity.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignment of meters to consumers and meter replacement, each a request that a second employee approves. A meter
 * serves one consumer at a time; every assignment stays in the history with its dates.
 */
@Service
public class MeterAssignments {

    private static final Logger log = LoggerFactory.getLogger(MeterAssignments.class);

    private final JdbcClient jdbc;
    private final Meters meters;
    private final Consumers consumers;
    private final Employees employees;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeterAssignments(JdbcClient jdbc, Meters meters, Consumers consumers, Employees employees,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.meters = meters;
        this.consumers = consumers;
        this.employees = employees;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Asks to assign a meter from stock to a consumer and returns the request's id.
     *
     * @param initialReading the register when the meter is installed; it starts the meter's first period
     */
    @Transactional
    public long request(String meterSerial, String consumerNo, LocalDate assignOn, long initialReading,
            String requestedBy) {
        employees.requireRole(requestedBy, Role.ADMIN, Role.BILLING_OFFICER, Role.METER_READER);
        Meter meter = requireMeter(meterSerial);
        Consumer consumer = consumers.require(consumerNo);
        Optional<Map<String, Object>> open = openAssignmentOf(meter.id());
        if (open.isPresent()) {
            String holder = consumers.findById(((Number) open.get().get("consumer_id")).longValue()).orElseThrow()
                    .consumerNo();
            String state = "APPROVED".equals(open.get().get("status")) ? "serves consumer " + holder
                    : "is requested for consumer " + holder + " in assignment " + open.get().get("id");
            throw new IllegalStateException("meter " + meterSerial + " " + state + " already, so it cannot be"
                    + " assigned to " + consumerNo + "; one meter serves one consumer at a time");
        }
        if (!"IN_STOCK".equals(meter.status())) {
            throw new IllegalStateException("meter " + meterSerial + " is " + meter.status() + ", not in stock");
        }
        Optional<Meter> current = meters.activeMeterOf(consumer.id());
        if (current.isPresent()) {
            throw new IllegalStateException("consumer " + consumerNo + " already has meter " + current.get().serial()
                    + "; replace it instead");
        }
        Optional<Long> pending = pendingRequestFor(consumer.id());
        if (pending.isPresent()) {
            throw new IllegalStateException("consumer " + consumerNo + " has meter assignment " + pending.get()
                    + " awaiting approval; approve or reject it first");
        }
        if (initialReading < 0 || initialReading >= meter.registerRange()) {
            throw new IllegalArgumentException("initial reading " + initialReading + " does not fit the register of"
                    + " meter " + meterSerial);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into meter_assignment (meter_id, consumer_id, status, assigned_on, requested_by, created_at,"
                + " initial_reading) values (?, ?, 'REQUESTED', ?, ?, ?, ?)")
                .params(meter.id(), consumer.id(), assignOn, requestedBy, LocalDateTime.now(clock), initialReading)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        log.info("Meter assignment requested assignment={} meter={} consumer={} requestedBy={}", id, meterSerial,
                consumerNo, requestedBy);
        return id;
    }

    /**
     * Approves an assignment: the meter is installed and serves the consumer from the assignment date. When the
     * assignment replaces a meter, the old meter's final reading closes its last period and the old meter is removed.
     * The approver must not be the employee who asked.
     */
    @Transactional
    public void approve(long assignmentId, String approvedBy) {
        Map<String, Object> assignment = requireRequested(assignmentId, approvedBy);
        long meterId = ((Number) assignment.get("meter_id")).longValue();
        long consumerId = ((Number) assignment.get("consumer_id")).longValue();
        LocalDate assignedOn = (LocalDate) jdbc.sql("select assigned_on from meter_assignment where id = ?")
                .param(assignmentId).query(LocalDate.class).single();
        long initialReading = ((Number) assignment.get("initial_reading")).longValue();
        Object replaces = assignment.get("replaces_meter_id");
        if (replaces == null) {
            if (meters.activeMeterOf(consumerId).isPresent()) {
                throw new IllegalStateException("meter assignment " + assignmentId + " cannot be approved: its"
                        + " consumer has a meter already");
            }
            markDecided(assignmentId, "APPROVED", approvedBy);
            jdbc.sql("update meter set status = 'INSTALLED' where id = ?").param(meterId).update();
            events.publishEvent(new MeterInstalled(meterId, initialReading, assignedOn));
            return;
        }

        long oldMeterId = ((Number) replaces).longValue();
        if (!meters.activeConsumerOf(oldMeterId).equals(Optional.of(consumerId))) {
            throw new IllegalStateException("meter assignment " + assignmentId + " cannot be approved: the meter it"
                    + " replaces no longer serves the consumer; reject it");
        }
        // The old assignment ends before the new one is approved, so the consumer never has two serving meters.
        jdbc.sql("update meter_assignment set ended_on = ? where meter_id = ? and status = 'APPROVED'"
                + " and ended_on is null").params(assignedOn, oldMeterId).update();
        jdbc.sql("update meter set status = 'REMOVED' where id = ?").param(oldMeterId).update();
        markDecided(assignmentId, "APPROVED", approvedBy);
        jdbc.sql("update meter set status = 'INSTALLED' where id = ?").param(meterId).update();
        long finalReading = ((Number) assignment.get("final_reading")).longValue();
        events.publishEvent(new MeterReplaced(consumerId, oldMeterId, finalReading, meterId, initialReading,
                assignedOn));
        log.info("Meter replaced assignment={} oldMeter={} newMeter={} approvedBy={}", assignmentId, oldMeterId,
                meterId, approvedBy);
    }

    @Transactional
    public void reject(long assignmentId, String rejectedBy) {
        requireRequested(assignmentId, rejectedBy);
        markDecided(assignmentId, "REJECTED", rejectedBy);
    }

    /** Locks the assignment and checks that it awaits a decision that this employee may take. */
    private Map<String, Object> requireRequested(long assignmentId, String decidedBy) {
        employees.requireRole(decidedBy, Role.ADMIN, Role.BILLING_OFFICER);
        Map<String, Object> assignment = jdbc.sql("select meter_id, consumer_id, status, requested_by,"
                + " initial_reading, replaces_meter_id, final_reading from meter_assignment where id = ? for update")
                .param(assignmentId).query().listOfRows().stream().findFirst().orElseThrow(
                        () -> new IllegalArgumentException("meter assignment " + assignmentId + " does not exist"));
        if (!"REQUESTED".equals(assignment.get("status"))) {
            throw new IllegalStateException("meter assignment " + assignmentId + " is " + assignment.get("status")
                    + " already");
        }
        FourEyes.check("meter assignment " + assignmentId, (String) assignment.get("requested_by"), decidedBy);
        return assignment;
    }

    private void markDecided(long assignmentId, String decision, String decidedBy) {
        jdbc.sql("update meter_assignment set status = ?, decided_by = ? where id = ?")
                .params(decision, decidedBy, assignmentId).update();
        log.info("Meter assignment decided assignment={} decision={} decidedBy={}", assignmentId, decision, decidedBy);
    }

    /**
     * Asks to replace a consumer's meter on {@code replacedOn} and returns the request's id. When a second employee
     * approves it, the old meter's final reading and the new meter's initial reading are recorded, the old meter is
     * removed and the new one serves the consumer. The period is billed on both meters, with the fixed charges once.
     */
    @Transactional
    public long requestReplacement(String consumerNo, String newMeterSerial, long finalReading, long initialReading,
            LocalDate replacedOn, String requestedBy) {
        employees.requireRole(requestedBy, Role.ADMIN, Role.BILLING_OFFICER, Role.METER_READER);
        Consumer consumer = consumers.require(consumerNo);
        Meter old = meters.activeMeterOf(consumer.id()).orElseThrow(
                () -> new IllegalStateException("consumer " + consumerNo + " has no meter to replace"));
        Meter replacement = requireMeter(newMeterSerial);
        if (!"IN_STOCK".equals(replacement.status()) || pendingOrActive(replacement.id()) > 0) {
            throw new IllegalStateException("meter " + newMeterSerial + " is " + replacement.status()
                    + " or assigned already; a replacement must come from stock");
        }
        Optional<Long> pending = pendingRequestFor(consumer.id());
        if (pending.isPresent()) {
            throw new IllegalStateException("consumer " + consumerNo + " has meter assignment " + pending.get()
                    + " awaiting approval; approve or reject it first");
        }
        if (finalReading < 0 || finalReading >= old.registerRange()) {
            throw new IllegalArgumentException("final reading " + finalReading + " does not fit the register of"
                    + " meter " + old.serial());
        }
        if (initialReading < 0 || initialReading >= replacement.registerRange()) {
            throw new IllegalArgumentException("initial reading " + initialReading + " does not fit the register of"
                    + " meter " + newMeterSerial);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into meter_assignment (meter_id, consumer_id, status, assigned_on, requested_by, created_at,"
                + " initial_reading, replaces_meter_id, final_reading) values (?, ?, 'REQUESTED', ?, ?, ?, ?, ?, ?)")
                .params(replacement.id(), consumer.id(), replacedOn, requestedBy, LocalDateTime.now(clock),
                        initialReading, old.id(), finalReading)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        log.info("Meter replacement requested assignment={} consumer={} oldMeter={} newMeter={} requestedBy={}", id,
                consumerNo, old.serial(), newMeterSerial, requestedBy);
        return id;
    }

    /** Returns the ids of the meters that served the consumer at any time after {@code after}, oldest first. */
    public List<Long> metersServingAfter(long consumerId, LocalDate after) {
        return jdbc.sql("select meter_id from meter_assignment where consumer_id = ? and status = 'APPROVED'"
                + " and (ended_on is null or ended_on > ?) order by assigned_on, id").params(consumerId, after)
                .query(Long.class).list();
    }

    /** Returns the meter's assignment that is requested or serving, if any. */
    private Optional<Map<String, Object>> openAssignmentOf(long meterId) {
        return jdbc.sql("select id, consumer_id, status from meter_assignment where meter_id = ? and ended_on is null"
                + " and status in ('REQUESTED', 'APPROVED')").param(meterId).query().listOfRows().stream().findFirst();
    }

    private Optional<Long> pendingRequestFor(long consumerId) {
        return jdbc.sql("select id from meter_assignment where consumer_id = ? and status = 'REQUESTED'")
                .param(consumerId).query(Long.class).list().stream().findFirst();
    }

    /**
     * Returns the approved assignments of the consumers with ids from {@code firstConsumer} to {@code lastConsumer},
     * by consumer id, each list ordered as {@link #metersServingAfter} orders it.
     */
    public Map<Long, List<ApprovedAssignment>> approvedInRange(long firstConsumer, long lastConsumer) {
        Map<Long, List<ApprovedAssignment>> byConsumer = new HashMap<>();
        jdbc.sql("select consumer_id, meter_id, ended_on from meter_assignment where consumer_id between ? and ?"
                + " and status = 'APPROVED' order by consumer_id, assigned_on, id").params(firstConsumer, lastConsumer)
                .query((rs, row) -> new ApprovedAssignment(rs.getLong("consumer_id"), rs.getLong("meter_id"),
                        rs.getObject("ended_on", LocalDate.class)))
                .list().forEach(a -> byConsumer.computeIfAbsent(a.consumerId(), id -> new ArrayList<>()).add(a));
        return byConsumer;
    }

    private long pendingOrActive(long meterId) {
        return jdbc.sql("select count(*) from meter_assignment where meter_id = ? and (status = 'REQUESTED'"
                + " or (status = 'APPROVED' and ended_on is null))").param(meterId).query(Long.class).single();
    }

    private Meter requireMeter(String serial) {
        return meters.findBySerial(serial)
                .orElseThrow(() -> new IllegalArgumentException("meter " + serial + " is not in the meter register"));
    }
}
