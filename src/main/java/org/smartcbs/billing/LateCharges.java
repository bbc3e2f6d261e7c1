package org.smartcbs.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.core.money.Money;
import org.smartcbs.ledger.Ledger;
import org.smartcbs.ledger.LedgerEntryType;
import org.smartcbs.ledger.NewLedgerEntry;
import org.smartcbs.payments.InstallmentPlans;
import org.smartcbs.payments.PaymentPosted;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The late-charge job. A bill whose due date has passed is charged once, on the day after its due date, when
 * what was paid by the due date does not cover what was owed up to that bill: the debits up to and including the
 * bill, less the credits dated on or before the due date, are still above zero. A payment that was later reversed
 * covers nothing. The charge follows the late-charge rule of the bill
 * settings in force on the issue date, with the days late counted up to the as-of date. The primary key of {@code late_charge} on the bill makes a second charge impossible, however
 * often or however concurrently the job runs.
 *
 * <p>Bank files arrive days after the payments in them, so a payment dated on or before a due date is often posted
 * after the job charged that bill. When such a payment makes the bill covered under the same rule, the charge is
 * reversed in the payment's transaction and its {@code late_charge} row stays, so the job never charges the bill
 * again.
 */
@Service
public class LateCharges {

    private static final Logger log = LoggerFactory.getLogger(LateCharges.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Ledger ledger;
    private final Clock clock;
    private final BillSettings settings;
    private final Consumers consumers;
    private final InstallmentPlans plans;

    LateCharges(JdbcClient jdbc, TransactionTemplate transactions, Ledger ledger, Clock clock, BillSettings settings,
            Consumers consumers, InstallmentPlans plans) {
        this.plans = plans;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.ledger = ledger;
        this.clock = clock;
        this.settings = settings;
        this.consumers = consumers;
    }

    private record ChargedBill(long id, String billNo, LocalDate dueDate, BigDecimal amount, LocalDate chargedOn) {
    }

    private record DueBill(long id, String billNo, long consumerId, BigDecimal currentCharges, LocalDate issueDate,
            LocalDate dueDate) {
    }

    /**
     * Charges every bill whose due date is before {@code asOf} and that is neither covered nor charged yet. First the
     * installments that fell due by {@code asOf} are posted and plans with a missed installment end, so the balances
     * checked here include them.
     */
    public LateChargeResult apply(LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        if (asOf.isAfter(today)) {
            throw new IllegalArgumentException("as-of date " + asOf + " is after today, " + today);
        }
        plans.applyDue(asOf);
        List<DueBill> due = jdbc.sql("select b.id, b.bill_no, b.consumer_id, b.current_charges, b.issue_date, b.due_date from bill b"
                + " where b.status = 'ISSUED' and b.due_date < ? and not exists (select 1 from late_charge l where l.bill_id = b.id)"
                + " order by b.id").param(asOf)
                .query((row, rowNum) -> new DueBill(row.getLong("id"), row.getString("bill_no"),
                        row.getLong("consumer_id"), row.getBigDecimal("current_charges"),
                        row.getObject("issue_date", LocalDate.class), row.getObject("due_date", LocalDate.class)))
                .list();
        int count = 0;
        Money total = Money.ZERO;
        for (DueBill bill : due) {
            Money outstanding = owedOnBill(bill);
            if (!outstanding.isPositive()) {
                continue;
            }
            long setupId = consumers.findById(bill.consumerId()).orElseThrow().setupId();
            long daysLate = ChronoUnit.DAYS.between(bill.dueDate(), asOf);
            Money charge = settings.termsFor(setupId, bill.issueDate()).lateCharge()
                    .charge(Money.of(bill.currentCharges()), outstanding, daysLate);
            if (!charge.isPositive()) {
                continue;
            }
            if (charge(bill, charge)) {
                count++;
                total = total.plus(charge);
            }
        }
        log.info("Late charges applied asOf={} count={} total={}", asOf, count, total);
        return new LateChargeResult(asOf, count, total);
    }

    /**
     * Reverses the late charges that the posted payment shows were never owed: those of the consumer's bills due on
     * or after the payment date, oldest bill first, that are now covered by their due date. Each reversal is a
     * LATE_CHARGE_REVERSAL entry dated on the charge's own date, so every balance as of a date, and the coverage of
     * later bills, reads as if the charge had never been posted.
     */
    @EventListener
    void on(PaymentPosted payment) {
        List<ChargedBill> charged = jdbc.sql("select b.id, b.bill_no, b.due_date, l.amount, l.charged_on"
                + " from late_charge l join bill b on b.id = l.bill_id where b.consumer_id = ? and b.due_date >= ?"
                + " and not exists (select 1 from late_charge_reversal r where r.bill_id = l.bill_id)"
                + " order by b.due_date, b.id").params(payment.consumerId(), payment.paidOn())
                .query((row, rowNum) -> new ChargedBill(row.getLong("id"), row.getString("bill_no"),
                        row.getObject("due_date", LocalDate.class), row.getBigDecimal("amount"),
                        row.getObject("charged_on", LocalDate.class))).list();
        for (ChargedBill bill : charged) {
            Money owed = owedOnBill(payment.consumerId(), bill.billNo(), bill.dueDate());
            if (owed.isPositive()) {
                continue;
            }
            jdbc.sql("insert into late_charge_reversal (bill_id, payment_reference, reversed_on, reversed_by,"
                    + " created_at) values (?, ?, ?, ?, ?)")
                    .params(bill.id(), payment.reference(), LocalDate.now(clock), payment.postedBy(),
                            LocalDateTime.now(clock))
                    .update();
            Money amount = Money.of(bill.amount());
            ledger.post(new NewLedgerEntry(payment.consumerId(), bill.chargedOn(),
                    LedgerEntryType.LATE_CHARGE_REVERSAL, amount.negate(), bill.billNo(), payment.postedBy()));
            log.info("Late charge reversed bill={} amount={} payment={}", bill.billNo(), amount, payment.reference());
        }
    }

    /**
     * Returns what was still owed of the bill and everything before it at the end of its due date. Debits posted
     * after the bill, such as an adjustment before the due date, do not make a paid bill late.
     */
    private Money owedOnBill(DueBill bill) {
        return owedOnBill(bill.consumerId(), bill.billNo(), bill.dueDate());
    }

    private Money owedOnBill(long consumerId, String billNo, LocalDate dueDate) {
        return ledger.findEntryId(consumerId, LedgerEntryType.BILL, billNo)
                .map(entryId -> ledger.owedThrough(entryId, dueDate))
                .orElseThrow(() -> new IllegalStateException("bill " + billNo + " has no ledger entry"));
    }

    /** Writes the charge and its ledger entry together; returns false when another run charged the bill first. */
    private boolean charge(DueBill bill, Money charge) {
        LocalDate chargedOn = bill.dueDate().plusDays(1);
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("insert into late_charge (bill_id, amount, charged_on, created_at) values (?, ?, ?, ?)")
                        .params(bill.id(), charge.amount(), chargedOn, LocalDateTime.now(clock)).update();
                ledger.post(new NewLedgerEntry(bill.consumerId(), chargedOn, LedgerEntryType.LATE_CHARGE, charge,
                        bill.billNo(), "late-charges"));
            });
            return true;
        } catch (DuplicateKeyException chargedElsewhere) {
            return false;
        }
    }
}
