package org.smartcbs.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcbs.consumers.Consumer;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.core.approval.FourEyes;
import org.smartcbs.core.money.Money;
import org.smartcbs.identity.Employees;
import org.smartcbs.identity.Role;
import org.smartcbs.ledger.Ledger;
import org.smartcbs.ledger.LedgerEntryType;
import org.smartcbs.ledger.NewLedgerEntry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Debit and credit adjustments with a reason. One up to {@code smartcbs.adjustments.approval-above} is posted at
 * once; a larger one waits until an employee other than the one who asked approves it.
 */
@Service
public class Adjustments {

    private static final Logger log = LoggerFactory.getLogger(Adjustments.class);

    /** Whether an adjustment adds to what the consumer owes or takes from it. */
    public enum Kind {
        DEBIT, CREDIT
    }

    private final JdbcClient jdbc;
    private final Consumers consumers;
    private final Employees employees;
    private final Ledger ledger;
    private final Clock clock;
    private final Money approvalAbove;

    Adjustments(JdbcClient jdbc, Consumers consumers, Employees employees, Ledger ledger, Clock clock,
            @Value("${smartcbs.adjustments.approval-above:5000.00}") BigDecimal approvalAbove) {
        this.jdbc = jdbc;
        this.consumers = consumers;
        this.employees = employees;
        this.ledger = ledger;
        this.clock = clock;
        this.approvalAbove = Money.of(approvalAbove);
    }

    /** The adjustment's id and whether it was posted or waits for approval. */
    public record Requested(long id, boolean posted) {
    }

    /**
     * Asks for an adjustment dated today; posts it at once unless it is above the approval limit.
     *
     * @throws IllegalArgumentException when the amount is not above zero or has more than two decimals
     */
    @Transactional
    public Requested request(String consumerNo, Kind kind, BigDecimal amount, String reason, String requestedBy) {
        employees.requireRole(requestedBy, Role.ADMIN, Role.BILLING_OFFICER, Role.CASHIER);
        Consumer consumer = consumers.require(consumerNo);
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > Money.SCALE) {
            throw new IllegalArgumentException("adjustment amount " + amount.toPlainString()
                    + " must be above zero with at most " + Money.SCALE + " decimals");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an adjustment of " + consumerNo + " needs a reason");
        }
        Money value = Money.of(amount);
        boolean needsApproval = value.compareTo(approvalAbove) > 0;
        LocalDate today = LocalDate.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into adjustment (consumer_id, kind, amount, reason, entry_date, status, requested_by,"
                + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(consumer.id(), kind.name(), value.amount(), reason.strip(), today,
                        needsApproval ? "REQUESTED" : "POSTED", requestedBy, LocalDateTime.now(clock))
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        if (!needsApproval) {
            post(id, consumer.id(), kind, value, today, requestedBy);
        }
        log.info("Adjustment requested adjustment={} consumer={} kind={} amount={} posted={} requestedBy={}", id,
                consumerNo, kind, value, !needsApproval, requestedBy);
        return new Requested(id, !needsApproval);
    }

    /** Approves and posts an adjustment that waits; the approver must not be the one who asked. */
    @Transactional
    public void approve(long adjustmentId, String approvedBy) {
        Map<String, Object> adjustment = decide(adjustmentId, approvedBy, "POSTED");
        post(adjustmentId, ((Number) adjustment.get("consumer_id")).longValue(),
                Kind.valueOf((String) adjustment.get("kind")),
                Money.of(new BigDecimal(adjustment.get("amount").toString())), LocalDate.now(clock), approvedBy);
    }

    @Transactional
    public void reject(long adjustmentId, String rejectedBy) {
        decide(adjustmentId, rejectedBy, "REJECTED");
    }

    private Map<String, Object> decide(long adjustmentId, String decidedBy, String decision) {
        employees.requireRole(decidedBy, Role.ADMIN, Role.BILLING_OFFICER);
        Map<String, Object> adjustment = jdbc.sql("select consumer_id, kind, amount, status, requested_by"
                + " from adjustment where id = ? for update").param(adjustmentId).query().listOfRows().stream()
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("adjustment " + adjustmentId + " does not exist"));
        if (!"REQUESTED".equals(adjustment.get("status"))) {
            throw new IllegalStateException("adjustment " + adjustmentId + " is " + adjustment.get("status")
                    + " already");
        }
        FourEyes.check("adjustment " + adjustmentId, (String) adjustment.get("requested_by"), decidedBy);
        jdbc.sql("update adjustment set status = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(decision, decidedBy, LocalDateTime.now(clock), adjustmentId).update();
        log.info("Adjustment decided adjustment={} decision={} decidedBy={}", adjustmentId, decision, decidedBy);
        return adjustment;
    }

    private void post(long id, long consumerId, Kind kind, Money amount, LocalDate date, String by) {
        Money signed = kind == Kind.DEBIT ? amount : amount.negate();
        ledger.post(new NewLedgerEntry(consumerId, date, LedgerEntryType.ADJUSTMENT, signed, "ADJ-" + id, by));
    }
}
