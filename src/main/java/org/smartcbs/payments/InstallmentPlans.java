package org.smartcbs.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcbs.consumers.Consumer;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.core.installments.Installment;
import org.smartcbs.core.installments.InstallmentInterval;
import org.smartcbs.core.installments.InstallmentPlanTerms;
import org.smartcbs.core.money.Money;
import org.smartcbs.core.rows.IdLists;
import org.smartcbs.identity.Employees;
import org.smartcbs.identity.Role;
import org.smartcbs.ledger.Ledger;
import org.smartcbs.ledger.LedgerEntryType;
import org.smartcbs.ledger.NewLedgerEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Installment plans on a consumer's arrears or on one bill.
 *
 * <p>Creating a plan posts its total as a credit ({@code INSTALLMENT_TRANSFER}), so the amount inside the plan is
 * no longer owed now and draws no late charge. Each installment posts its amount back as a debit when it falls
 * due: on its own date, or on the first bill issued on or after that date. An installment is paid when the
 * credits dated by its pay-by date (its own date, or the bill's due date) cover it and every debit before it,
 * oldest first. A missed installment ends the plan, and the rest of the plan falls due at once.
 */
@Service
public class InstallmentPlans {

    private static final Logger log = LoggerFactory.getLogger(InstallmentPlans.class);

    private final JdbcClient jdbc;
    private final Consumers consumers;
    private final Employees employees;
    private final Ledger ledger;
    private final Clock clock;

    InstallmentPlans(JdbcClient jdbc, Consumers consumers, Employees employees, Ledger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.consumers = consumers;
        this.employees = employees;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Puts {@code total} of the consumer's arrears on a plan of {@code count} monthly installments after an
     * optional down payment, the first due on {@code firstDueDate}. The amounts add up exactly to the total: the
     * last installment takes the rounding remainder.
     *
     * @param onBill whether each installment is added to a bill rather than due on its own date
     * @throws IllegalArgumentException when the total is above the consumer's balance or cannot be split
     */
    @Transactional
    public InstallmentPlan create(String consumerNo, BigDecimal total, BigDecimal downPayment, int count,
            LocalDate firstDueDate, boolean onBill, String createdBy) {
        employees.requireRole(createdBy, Role.ADMIN, Role.BILLING_OFFICER);
        Consumer consumer = consumers.require(consumerNo);
        requireNoActivePlan(consumer);
        Money planTotal = Money.of(total);
        Money balance = ledger.balance(consumer.id());
        if (planTotal.compareTo(balance) > 0) {
            throw new IllegalArgumentException("a plan of " + planTotal + " is more than the " + balance + " that "
                    + consumerNo + " owes");
        }
        return createPlan(consumer, planTotal, null, downPayment, count, firstDueDate, onBill, createdBy);
    }

    /**
     * Puts what is still unpaid of an issued bill on a plan, as {@link #create} does for arrears. Payments settle
     * the oldest debt first, so the unpaid part is what is owed up to and including the bill today, at most the
     * bill's current charges.
     *
     * @throws IllegalArgumentException when the bill is not an issued bill of the consumer or nothing of it is
     *     unpaid
     */
    @Transactional
    public InstallmentPlan createOnBill(String consumerNo, String billNo, BigDecimal downPayment, int count,
            LocalDate firstDueDate, boolean onBill, String createdBy) {
        employees.requireRole(createdBy, Role.ADMIN, Role.BILLING_OFFICER);
        Consumer consumer = consumers.require(consumerNo);
        Map<String, Object> bill = jdbc.sql("select id, current_charges from bill where bill_no = ?"
                + " and consumer_id = ? and status = 'ISSUED'").params(billNo, consumer.id()).query().listOfRows()
                .stream().findFirst().orElseThrow(() -> new IllegalArgumentException("bill " + billNo
                        + " is not an issued bill of consumer " + consumerNo));
        long consumerId = consumer.id();
        long entryId = ledger.findEntryId(consumerId, LedgerEntryType.BILL, billNo)
                .orElseThrow(() -> new IllegalStateException("bill " + billNo + " has no ledger entry"));
        Money charges = Money.of(new BigDecimal(bill.get("current_charges").toString()));
        Money unpaid = ledger.owedThrough(entryId, LocalDate.now(clock)).min(charges);
        if (!unpaid.isPositive()) {
            throw new IllegalArgumentException("bill " + billNo + " is paid, so there is nothing to put on a plan");
        }
        return createPlan(consumer, unpaid, ((Number) bill.get("id")).longValue(), downPayment, count, firstDueDate,
                onBill, createdBy);
    }

    /**
     * Locks the consumer's row and rejects a consumer with an active plan. {@link #create} calls this before it
     * reads the balance, so of two plans requested at once the second waits for the first and is rejected for the
     * active plan, not for the balance that the first plan moved off the ledger.
     */
    private void requireNoActivePlan(Consumer consumer) {
        jdbc.sql("select id from consumer where id = ? for update").param(consumer.id()).query(Long.class).single();
        if (activePlan(consumer.id())) {
            throw new IllegalStateException("consumer " + consumer.consumerNo()
                    + " has an active installment plan already");
        }
    }

    private InstallmentPlan createPlan(Consumer consumer, Money planTotal, Long billId, BigDecimal downPayment,
            int count, LocalDate firstDueDate, boolean onBill, String createdBy) {
        String consumerNo = consumer.consumerNo();
        requireNoActivePlan(consumer);
        InstallmentPlanTerms terms = new InstallmentPlanTerms(planTotal, Money.of(downPayment), count, firstDueDate,
                InstallmentInterval.MONTHLY);
        LocalDate today = LocalDate.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into installment_plan (consumer_id, total, down_payment, mode, status, created_on, created_by,"
                + " created_at, bill_id) values (?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?)")
                .params(consumer.id(), planTotal.amount(), terms.downPayment().amount(), onBill ? "ON_BILL" : "OWN_DATE",
                        today, createdBy, LocalDateTime.now(clock), billId)
                .update(key, "id");
        long planId = key.getKeyAs(Long.class);
        for (Installment installment : terms.schedule()) {
            jdbc.sql("insert into installment (plan_id, number, due_date, amount, status) values (?, ?, ?, ?, 'PENDING')")
                    .params(planId, installment.number(), installment.dueDate(), installment.amount().amount())
                    .update();
        }
        ledger.post(new NewLedgerEntry(consumer.id(), today, LedgerEntryType.INSTALLMENT_TRANSFER, planTotal.negate(),
                reference(planId), createdBy));
        log.info("Installment plan created plan={} consumer={} total={} installments={} createdBy={}", planId,
                consumerNo, planTotal, terms.schedule().size(), createdBy);
        return find(planId);
    }

    /**
     * Posts the installments of plans on their own dates that fall due by {@code asOf}, and ends the plans whose
     * due installment was not paid by its pay-by date before {@code asOf}. Running it again changes nothing more.
     */
    @Transactional
    public void applyDue(LocalDate asOf) {
        endPlansWithMissedInstallments(asOf);
        List<Map<String, Object>> due = jdbc.sql("select i.plan_id, i.number, i.due_date, i.amount, p.consumer_id"
                + " from installment i join installment_plan p on p.id = i.plan_id where p.status = 'ACTIVE'"
                + " and p.mode = 'OWN_DATE' and i.status = 'PENDING' and i.due_date <= ? order by i.due_date")
                .param(asOf).query().listOfRows();
        for (Map<String, Object> installment : due) {
            LocalDate dueDate = toDate(installment.get("due_date"));
            fallDue(installment, dueDate, dueDate);
        }
        completeFinishedPlans();
    }

    /**
     * Returns which of the consumers have installments on bills that have fallen due by {@code issueDate}: those
     * for which {@link #addToBill} adds something.
     */
    public Set<Long> withInstallmentsDueOnBill(Collection<Long> consumerIds, LocalDate issueDate) {
        Set<Long> found = new HashSet<>();
        for (List<Long> chunk : IdLists.chunks(consumerIds)) {
            List<Object> params = new ArrayList<>(chunk);
            params.add(issueDate);
            found.addAll(jdbc.sql("select distinct p.consumer_id from installment i join installment_plan p"
                    + " on p.id = i.plan_id where p.consumer_id in (" + IdLists.placeholders(chunk.size()) + ")"
                    + " and p.status = 'ACTIVE' and p.mode = 'ON_BILL' and i.status = 'PENDING' and i.due_date <= ?")
                    .params(params).query(Long.class).list());
        }
        return found;
    }

    /**
     * Adds to a bill issued on {@code issueDate} the consumer's installments on bills that have fallen due by then,
     * posting them to the ledger, and returns their sum for the bill to show.
     */
    @Transactional
    public Money addToBill(long consumerId, LocalDate issueDate, LocalDate billDueDate) {
        List<Map<String, Object>> due = jdbc.sql("select i.plan_id, i.number, i.due_date, i.amount, p.consumer_id"
                + " from installment i join installment_plan p on p.id = i.plan_id where p.consumer_id = ?"
                + " and p.status = 'ACTIVE' and p.mode = 'ON_BILL' and i.status = 'PENDING' and i.due_date <= ?"
                + " order by i.due_date").params(consumerId, issueDate).query().listOfRows();
        Money total = Money.ZERO;
        for (Map<String, Object> installment : due) {
            total = total.plus(fallDue(installment, issueDate, billDueDate));
        }
        return total;
    }

    /**
     * Marks a pending installment due and posts its amount. Returns the amount, or zero when a concurrent run
     * marked the installment first. The row lock makes the other run's update wait, and its status condition
     * then matches no row, so only one run posts.
     */
    private Money fallDue(Map<String, Object> installment, LocalDate postedOn, LocalDate payBy) {
        long planId = ((Number) installment.get("plan_id")).longValue();
        int number = ((Number) installment.get("number")).intValue();
        Money amount = Money.of(new BigDecimal(installment.get("amount").toString()));
        int marked = jdbc.sql("update installment set status = 'DUE', pay_by = ? where plan_id = ? and number = ?"
                + " and status = 'PENDING'").params(payBy, planId, number).update();
        if (marked == 0) {
            return Money.ZERO;
        }
        ledger.post(new NewLedgerEntry(((Number) installment.get("consumer_id")).longValue(), postedOn,
                LedgerEntryType.INSTALLMENT_TRANSFER, amount, reference(planId) + "/" + number, "installments"));
        return amount;
    }

    private void endPlansWithMissedInstallments(LocalDate asOf) {
        List<Map<String, Object>> due = jdbc.sql("select i.plan_id, i.number, i.pay_by, p.consumer_id from installment i"
                + " join installment_plan p on p.id = i.plan_id where p.status = 'ACTIVE' and i.status = 'DUE'"
                + " and i.pay_by < ?").param(asOf).query().listOfRows();
        for (Map<String, Object> installment : due) {
            long planId = ((Number) installment.get("plan_id")).longValue();
            long consumerId = ((Number) installment.get("consumer_id")).longValue();
            LocalDate payBy = toDate(installment.get("pay_by"));
            boolean paid = !owedOnInstallment(consumerId, planId, ((Number) installment.get("number")).intValue(),
                    payBy).isPositive();
            int decided = jdbc.sql("update installment set status = ? where plan_id = ? and number = ?"
                    + " and status = 'DUE'").params(paid ? "PAID" : "MISSED", planId, installment.get("number"))
                    .update();
            if (decided == 1 && !paid) {
                endPlan(planId, consumerId, payBy.plusDays(1));
            }
        }
    }

    /**
     * Returns what was still owed of the installment and everything before it at the end of its pay-by date. The
     * current charges of the bill that carries the installment are posted after it, so they do not make a paid
     * installment missed.
     */
    private Money owedOnInstallment(long consumerId, long planId, int number, LocalDate payBy) {
        String reference = reference(planId) + "/" + number;
        return ledger.findEntryId(consumerId, LedgerEntryType.INSTALLMENT_TRANSFER, reference)
                .map(entryId -> ledger.owedThrough(entryId, payBy))
                .orElseThrow(() -> new IllegalStateException("installment " + reference + " has no ledger entry"));
    }

    /** Ends a plan after a missed installment: what is still inside it falls due at once. */
    private void endPlan(long planId, long consumerId, LocalDate endedOn) {
        int ended = jdbc.sql("update installment_plan set status = 'ENDED', ended_on = ? where id = ?"
                + " and status = 'ACTIVE'").params(endedOn, planId).update();
        if (ended == 0) {
            return;
        }
        BigDecimal rest = jdbc.sql("select coalesce(sum(amount), 0) from installment where plan_id = ?"
                + " and status = 'PENDING'").param(planId).query(BigDecimal.class).single();
        jdbc.sql("update installment set status = 'CANCELLED' where plan_id = ? and status = 'PENDING'").param(planId)
                .update();
        if (rest.signum() > 0) {
            ledger.post(new NewLedgerEntry(consumerId, endedOn, LedgerEntryType.INSTALLMENT_TRANSFER, Money.of(rest),
                    reference(planId) + "/rest", "installments"));
        }
        log.info("Installment plan ended by a missed installment plan={} rest={}", planId, rest);
    }

    private void completeFinishedPlans() {
        jdbc.sql("update installment_plan set status = 'COMPLETED' where status = 'ACTIVE' and not exists (select 1"
                + " from installment i where i.plan_id = installment_plan.id and i.status in ('PENDING', 'DUE'))")
                .update();
    }

    public InstallmentPlan find(long planId) {
        Map<String, Object> plan = jdbc.sql("select p.consumer_id, p.total, p.down_payment, p.mode, p.status,"
                + " p.created_on, b.bill_no from installment_plan p left join bill b on b.id = p.bill_id"
                + " where p.id = ?").param(planId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("installment plan " + planId + " does not exist"));
        List<Installment> installments = jdbc.sql("select number, due_date, amount from installment where plan_id = ?"
                + " order by number").param(planId)
                .query((rs, row) -> new Installment(rs.getInt("number"), rs.getObject("due_date", LocalDate.class),
                        Money.of(rs.getBigDecimal("amount"))))
                .list();
        return new InstallmentPlan(planId, ((Number) plan.get("consumer_id")).longValue(),
                Money.of(new BigDecimal(plan.get("total").toString())),
                Money.of(new BigDecimal(plan.get("down_payment").toString())), (String) plan.get("mode"),
                (String) plan.get("status"), toDate(plan.get("created_on")), (String) plan.get("bill_no"),
                installments);
    }

    private boolean activePlan(long consumerId) {
        return jdbc.sql("select count(*) from installment_plan where consumer_id = ? and status = 'ACTIVE'")
                .param(consumerId).query(Long.class).single() > 0;
    }

    /** Reads a date column of a row map, which drivers return as {@code java.sql.Date} or {@code LocalDate}. */
    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static String reference(long planId) {
        return "PLAN-" + planId;
    }
}
