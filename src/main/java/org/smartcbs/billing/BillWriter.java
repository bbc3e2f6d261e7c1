package org.smartcbs.billing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.smartcbs.core.money.Money;
import org.smartcbs.core.tariff.BillLine;
import org.smartcbs.ledger.Ledger;
import org.smartcbs.ledger.LedgerEntryType;
import org.smartcbs.ledger.NewLedgerEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Writes priced bills with their lines and ledger entries, numbering them without gaps. */
@Component
class BillWriter {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Ledger ledger;

    BillWriter(JdbcClient jdbc, JdbcTemplate template, Ledger ledger) {
        this.jdbc = jdbc;
        this.template = template;
        this.ledger = ledger;
    }

    /**
     * Writes the bills of one part of a run. Must run inside the part's transaction: the numbers are taken from
     * the series under a row lock, so a rolled-back part leaves no gap.
     */
    void write(long runId, List<BillCalculator.PricedBill> bills, LocalDate issueDate,
            Function<BillCalculator.PricedBill, BillTerms> termsOf, LocalDateTime now) {
        if (bills.isEmpty()) {
            return;
        }
        String series = bills.get(0).month().toString();
        long first = takeNumbers(series, bills.size());
        for (int i = 0; i < bills.size(); i++) {
            BillCalculator.PricedBill bill = bills.get(i);
            String billNo = "%s-%06d".formatted(series, first + i);
            BillTerms terms = termsOf.apply(bill);
            LocalDate dueDate = terms.dueDate().dueDate(issueDate);
            Money current = Money.of(bill.quote().total());
            Money previousBalance = ledger.balance(bill.consumer().id());
            Money payable = terms.roundPayable(previousBalance.plus(current));
            // What the late charge would be if nothing were paid: charged one day after the due date.
            Money lateCharge = terms.lateCharge().charge(current, payable.max(Money.ZERO), 1);
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into bill (bill_no, bill_run_id, consumer_id, meter_id, billing_month, period_start,"
                    + " period_end, previous_reading, current_reading, reading_id, units, tariff_version_id,"
                    + " current_charges, previous_balance, amount_payable, late_charge_due, issue_date, due_date,"
                    + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(billNo, runId, bill.consumer().id(), bill.meter().id(), series,
                            bill.previous().readingDate(), bill.current().readingDate(),
                            bill.previous().registerValue(), bill.current().registerValue(), bill.current().id(),
                            bill.units(), bill.tariff().id(), current.amount(), previousBalance.amount(),
                            payable.amount(), lateCharge.amount(), issueDate, dueDate, now)
                    .update(key, "id");
            long billId = key.getKeyAs(Long.class);
            writeLines(billId, bill.quote().lines());
            ledger.post(new NewLedgerEntry(bill.consumer().id(), issueDate, LedgerEntryType.BILL, current, billNo,
                    "bill-run-" + runId));
        }
    }

    private void writeLines(long billId, List<BillLine> lines) {
        List<Integer> numbers = IntStream.rangeClosed(1, lines.size()).boxed().toList();
        template.batchUpdate("insert into bill_line (bill_id, line_no, code, description, quantity, rate, range_from,"
                + " range_to, base, amount) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", numbers, 100, (statement, number) -> {
                    BillLine line = lines.get(number - 1);
                    statement.setLong(1, billId);
                    statement.setInt(2, number);
                    statement.setString(3, line.code());
                    statement.setString(4, line.description());
                    statement.setBigDecimal(5, line.quantity());
                    statement.setBigDecimal(6, line.rate());
                    statement.setBigDecimal(7, line.rangeFrom());
                    statement.setBigDecimal(8, line.rangeTo());
                    statement.setBigDecimal(9, line.base());
                    statement.setBigDecimal(10, line.amount());
                });
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
