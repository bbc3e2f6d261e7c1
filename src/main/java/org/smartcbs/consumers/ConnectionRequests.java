package org.smartcbs.consumers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcbs.core.approval.FourEyes;
import org.smartcbs.identity.Employees;
import org.smartcbs.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disconnection and reconnection requests. An employee asks, with a reason and a date; a billing officer or
 * administrator other than the one who asked approves or rejects. Approval moves the connection's status.
 */
@Service
public class ConnectionRequests {

    private static final Logger log = LoggerFactory.getLogger(ConnectionRequests.class);

    /** What a request asks for. */
    public enum Kind {
        DISCONNECT, RECONNECT
    }

    private final JdbcClient jdbc;
    private final Consumers consumers;
    private final Employees employees;
    private final Clock clock;

    ConnectionRequests(JdbcClient jdbc, Consumers consumers, Employees employees, Clock clock) {
        this.jdbc = jdbc;
        this.consumers = consumers;
        this.employees = employees;
        this.clock = clock;
    }

    /**
     * Records a request and returns its id.
     *
     * @throws IllegalStateException when the consumer's current status does not allow the move
     */
    @Transactional
    public long request(String consumerNo, Kind kind, String reason, LocalDate effectiveOn, String requestedBy) {
        employees.requireRole(requestedBy, Role.ADMIN, Role.BILLING_OFFICER, Role.METER_READER, Role.CASHIER);
        Consumer consumer = consumers.require(consumerNo);
        ConsumerStatus target = target(kind);
        boolean reconnectWithoutDisconnection = kind == Kind.RECONNECT && consumer.status() != ConsumerStatus.DISCONNECTED;
        if (!consumer.status().canMoveTo(target) || reconnectWithoutDisconnection) {
            throw new IllegalStateException("consumer " + consumerNo + " is " + consumer.status() + "; a "
                    + kind.name().toLowerCase(java.util.Locale.ROOT) + " request does not apply");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a " + kind + " request for " + consumerNo + " needs a reason");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into connection_request (consumer_id, kind, reason, effective_on, status, requested_by,"
                + " created_at) values (?, ?, ?, ?, 'REQUESTED', ?, ?)")
                .params(consumer.id(), kind.name(), reason.strip(), effectiveOn, requestedBy, LocalDateTime.now(clock))
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        log.info("Connection request made request={} consumer={} kind={} requestedBy={}", id, consumerNo, kind,
                requestedBy);
        return id;
    }

    /**
     * Approves the request and moves the connection; the approver must not be the one who asked.
     *
     * <p>NOTE: the status moves on approval, not on the request's effective date, so a request dated later takes
     * effect early and the bill run of its month treats the whole month by the new status.
     */
    @Transactional
    public Consumer approve(long requestId, String approvedBy) {
        Map<String, Object> request = decide(requestId, approvedBy, "APPROVED");
        Consumer consumer = consumers.findById(((Number) request.get("consumer_id")).longValue()).orElseThrow();
        return consumers.applyApprovedRequest(consumer.consumerNo(),
                target(Kind.valueOf((String) request.get("kind"))), approvedBy);
    }

    @Transactional
    public void reject(long requestId, String rejectedBy) {
        decide(requestId, rejectedBy, "REJECTED");
    }

    private Map<String, Object> decide(long requestId, String decidedBy, String decision) {
        employees.requireRole(decidedBy, Role.ADMIN, Role.BILLING_OFFICER);
        Map<String, Object> request = jdbc.sql("select consumer_id, kind, status, requested_by from connection_request"
                + " where id = ? for update").param(requestId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("connection request " + requestId + " does not exist"));
        if (!"REQUESTED".equals(request.get("status"))) {
            throw new IllegalStateException("connection request " + requestId + " is " + request.get("status")
                    + " already");
        }
        FourEyes.check("connection request " + requestId, (String) request.get("requested_by"), decidedBy);
        jdbc.sql("update connection_request set status = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(decision, decidedBy, LocalDateTime.now(clock), requestId).update();
        log.info("Connection request decided request={} decision={} decidedBy={}", requestId, decision, decidedBy);
        return request;
    }

    private static ConsumerStatus target(Kind kind) {
        return kind == Kind.DISCONNECT ? ConsumerStatus.DISCONNECTED : ConsumerStatus.ACTIVE;
    }
}
