package org.smartcbs.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.smartcbs.bulk.BulkRows;
import org.smartcbs.core.money.Money;
import org.smartcbs.core.rows.IdLists;
import org.smartcbs.core.tariff.BillLine;
import org.smartcbs.ledger.Ledger;
import org.smartcbs.ledger.LedgerEntryType;
import org.smartcbs.ledger.NewLedgerEntry;
import org.smartcbs.payments.InstallmentPlans;
import org.smartcbs.readings.Readings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes bills: first as drafts with their lines, then, when the run is issued, with a number, the ledger entry and
 * the amounts payable.
 */
@Component
class BillWriter {

    private static final List<String> BILL_COLUMNS = List.of("bill_run_id", "status", "consumer_id", "meter_id",
            "billing_month", "period_start", "period_end", "previous_reading", "current_reading", "reading_id", "units",
            "tariff_version_id", "current_charges", "issue_date", "due_date", "estimated", "created_at");
    private static final List<String> LINE_COLUMNS = List.of("bill_id", "line_no", "code", "description", "quantity",
            "rate", "range_from", "range_to", "base", "amount");
    private static final List<BulkRows.Column> ISSUE_COLUMNS = List.of(new BulkRows.Column("bill_no", "varchar"),
            new BulkRows.Column("status", "varchar"), new BulkRows.Column("previous_balance", "numeric"),
            new BulkRows.Column("installment_due", "numeric"), new BulkRows.Column("amount_payable", "numeric"),
            new BulkRows.Column("late_charge_due", "numeric"));

    private final JdbcClient jdbc;
    private final BulkRows bulk;
    private final Ledger ledger;
    private final InstallmentPlans plans;
    private final Readings readings;

    BillWriter(JdbcClient jdbc, BulkRows bulk, Ledger ledger, InstallmentPlans plans, Readings readings) {
        this.readings = readings;
        this.jdbc = jdbc;
        this.plans = plans;
        this.bulk = bulk;
        this.ledger = ledger;
    }

    /**
     * Writes priced bills as drafts of the run: no number, no ledger entry, nothing payable yet. The bills and their
     * lines are written with {@link BulkRows}.
     */
    void writeDrafts(long runId, List<BillCalculator.PricedBill> bills, LocalDate issueDate,
            Function<BillCalculator.PricedBill, BillTerms> termsOf, LocalDateTime now) {
        if (bills.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(bills.size());
        for (BillCalculator.PricedBill bill : bills) {
            LocalDate dueDate = termsOf.apply(bill).dueDate().dueDate(issueDate);
            long readingId = bill.estimated() ? readings.recordEstimate(bill.current()) : bill.current().id();
            rows.add(new Object[] {runId, "DRAFT", bill.consumer().id(), bill.meter().id(), bill.month().toString(),
                bill.previous().readingDate(), bill.current().readingDate(), bill.previous().registerValue(),
                bill.current().registerValue(), readingId, bill.units(), bill.tariff().id(),
                Money.of(bill.quote().total()).amount(), issueDate, dueDate, bill.estimated(), now});
        }
        bulk.insert("bill", BILL_COLUMNS, rows);

        Map<Long, Long> billIds = billIdsByConsumer(bills);
        List<Object[]> lines = new ArrayList<>(bills.size() * 8);
        for (BillCalculator.PricedBill bill : bills) {
            long billId = billIds.get(bill.consumer().id());
            List<BillLine> quoted = bill.quote().lines();
            for (int i = 0; i < quoted.size(); i++) {
                BillLine line = quoted.get(i);
                lines.add(new Object[] {billId, i + 1, line.code(), line.description(), line.quantity(), line.rate(),
                    line.rangeFrom(), line.rangeTo(), line.base(), line.amount()});
            }
        }
        bulk.insert("bill_line", LINE_COLUMNS, lines);
    }

    /**
     * Returns the ids of the bills just written, by consumer: a consumer has one bill a month. The lookup goes by
     * consumer and month, so it uses that unique index and not the index of the run's bills.
     */
    private Map<Long, Long> billIdsByConsumer(List<BillCalculator.PricedBill> bills) {
        Map<Long, Long> ids = new HashMap<>();
        String month = bills.get(0).month().toString();
        List<Long> consumerIds = bills.stream().map(bill -> bill.consumer().id()).toList();
        for (List<Long> chunk : IdLists.chunks(consumerIds)) {
            List<Object> params = new ArrayList<>();
            params.add(month);
            params.addAll(chunk);
            jdbc.sql("select consumer_id, id from bill where billing_month = ? and consumer_id in ("
                    + IdLists.placeholders(chunk.size()) + ")").params(params)
                    .query((rs, row) -> ids.put(rs.getLong("consumer_id"), rs.getLong("id"))).list();
        }
        return ids;
    }

    /** A draft bill as the issue step reads it back, with the setup of its consumer. */
    record Draft(long id, long consumerId, long setupId, String billingMonth, BigDecimal currentCharges,
            LocalDate issueDate, LocalDate dueDate) {
    }

    /** Maps a row of bill columns, with the consumer's {@code setup_id}, to a draft. */
    static Draft toDraft(ResultSet row, int rowNum) throws SQLException {
        return new Draft(row.getLong("id"), row.getLong("consumer_id"), row.getLong("setup_id"),
                row.getString("billing_month"), row.getBigDecimal("current_charges"),
                row.getObject("issue_date", LocalDate.class), row.getObject("due_date", LocalDate.class));
    }

    /**
     * Issues draft bills of one series: numbers them consecutively, posts each to the ledger and fixes the amounts
     * payable. Must run inside a transaction: the numbers are taken from the series under a row lock, so a rolled
     * back transaction leaves no gap. The lock is taken after the balances are read and the installments due are
     * posted, so that transactions issuing other bills of the series wait only for the numbered writes. The drafts
     * are of different consumers, as a run bills a consumer once, so the balances read before the first bill is
     * posted are each consumer's balance before its bill.
     */
    void issue(long runId, List<Draft> drafts, Function<Draft, BillTerms> termsOf) {
        if (drafts.isEmpty()) {
            return;
        }
        List<Long> consumerIds = drafts.stream().map(Draft::consumerId).toList();
        Map<Long, Money> balances = ledger.balances(consumerIds);
        LocalDate latestIssueDate = drafts.stream().map(Draft::issueDate).max(LocalDate::compareTo).orElseThrow();
        Set<Long> withInstallments = plans.withInstallmentsDueOnBill(consumerIds, latestIssueDate);
        List<Money> installments = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            installments.add(withInstallments.contains(draft.consumerId())
                    ? plans.addToBill(draft.consumerId(), draft.issueDate(), draft.dueDate())
                    : Money.ZERO);
        }

        String series = drafts.get(0).billingMonth();
        long first = takeNumbers(series, drafts.size());
        List<Object[]> updates = new ArrayList<>(drafts.size());
        List<NewLedgerEntry> entries = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            BillTerms terms = termsOf.apply(draft);
            String billNo = "%s-%06d".formatted(series, first + i);
            Money current = Money.of(draft.currentCharges());
            Money previousBalance = balances.getOrDefault(draft.consumerId(), Money.ZERO);
            Money payable = terms.roundPayable(previousBalance.plus(installments.get(i)).plus(current));
            // The late charge if nothing were paid, one day after the due date, for the amount payable after it.
            Money lateCharge = terms.lateCharge().charge(current, payable.max(Money.ZERO), 1);
            updates.add(new Object[] {billNo, "ISSUED", previousBalance.amount(), installments.get(i).amount(),
                payable.amount(), lateCharge.amount(), draft.id()});
            entries.add(new NewLedgerEntry(draft.consumerId(), draft.issueDate(), LedgerEntryType.BILL, current,
                    billNo, "bill-run-" + runId));
        }
        int updated = bulk.updateById("bill", ISSUE_COLUMNS, "bill.status = 'DRAFT'", updates);
        if (updated != drafts.size()) {
            // Rolls the batch back: a bill that is no longer a draft was issued or discarded meanwhile.
            throw new IllegalStateException("bill run " + runId + ": only " + updated + " of " + drafts.size()
                    + " bills were still drafts when issued; issue the run again");
        }
        ledger.postAll(entries);
    }

    /** Reserves {@code count} consecutive numbers of the series and returns the first. */
    private long takeNumbers(String series, int count) {
        Long next = jdbc.sql("select next_value from bill_number_series where series = ? for update").param(series)
                .query(Long.class).optional().orElse(null);
        if (next == null) {
            throw new IllegalStateException("bill number series " + series + " does not exist");
        }
        jdbc.sql("update bill_number_series set next_value = ? where series = ?").params(next + count, series)
                .update();
        return next;
    }
}
