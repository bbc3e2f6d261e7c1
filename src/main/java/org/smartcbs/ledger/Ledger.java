package org.smartcbs.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import org.smartcbs.bulk.BulkRows;
import org.smartcbs.core.money.Money;
import org.smartcbs.core.rows.IdLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only consumer ledger. Entries are only ever inserted; every balance is the sum of entries.
 * Callers post entries inside their own transaction, so a bill or payment and its entry commit together.
 */
@Service
public class Ledger {

    private static final String COLUMNS = "id, consumer_id, entry_date, entry_type, amount, reference, caused_by";

    private static final List<String> POSTED_COLUMNS = List.of("consumer_id", "entry_date", "entry_type", "amount",
            "reference", "caused_by", "created_at");

    private final JdbcClient jdbc;
    private final BulkRows bulk;
    private final Clock clock;

    Ledger(JdbcClient jdbc, BulkRows bulk, Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void post(NewLedgerEntry entry) {
        postAll(List.of(entry));
    }

    /** Posts the entries in one bulk write. The caller's transaction decides whether they commit. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void postAll(List<NewLedgerEntry> entries) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (NewLedgerEntry entry : entries) {
            rows.add(new Object[] {entry.consumerId(), entry.date(), entry.type().name(), entry.amount().amount(),
                entry.reference(), entry.causedBy(), now});
        }
        bulk.insert("ledger_entry", POSTED_COLUMNS, rows);
    }

    /** Returns the consumer's entries ordered by date, then by posting order, with the running balance. */
    public LedgerStatement statement(long consumerId) {
        List<LedgerEntry> entries = jdbc.sql("select " + COLUMNS
                + " from ledger_entry where consumer_id = ? order by entry_date, id").param(consumerId)
                .query(Ledger::toEntry).list();
        List<LedgerStatement.Line> lines = new ArrayList<>(entries.size());
        Money balance = Money.ZERO;
        for (LedgerEntry entry : entries) {
            balance = balance.plus(entry.amount());
            lines.add(new LedgerStatement.Line(entry, balance));
        }
        return new LedgerStatement(consumerId, balance, lines);
    }

    public Money balance(long consumerId) {
        return sum("select sum(amount) from ledger_entry where consumer_id = ?", consumerId);
    }

    /** Returns the balances of the consumers, by consumer id; a consumer without entries is left out. */
    public Map<Long, Money> balances(Collection<Long> consumerIds) {
        Map<Long, Money> balances = new HashMap<>();
        for (List<Long> chunk : IdLists.chunks(consumerIds)) {
            jdbc.sql("select consumer_id, sum(amount) as balance from ledger_entry where consumer_id in ("
                    + IdLists.placeholders(chunk.size()) + ") group by consumer_id").params(chunk)
                    .query((rs, row) -> balances.put(rs.getLong("consumer_id"), Money.of(rs.getBigDecimal("balance"))))
                    .list();
        }
        return balances;
    }

    /** Returns the balance from the entries dated on or before {@code date}. */
    public Money balanceAsOf(long consumerId, LocalDate date) {
        return sum("select sum(amount) from ledger_entry where consumer_id = ? and entry_date <= ?", consumerId,
                date);
    }

    /**
     * Returns what is still owed of the debit entry {@code entryId} and the debits before it, at the end of
     * {@code payBy}. Payments settle the oldest debit first, so this is the sum of the debits up to that entry, in
     * date and then posting order, and of every credit dated on or before {@code payBy}. A reversed payment and
     * its reversal are both left out, whenever the reversal was posted, because a reversed payment paid nothing.
     */
    public Money owedThrough(long entryId, LocalDate payBy) {
        return sum("select sum(e.amount) from ledger_entry e join ledger_entry d on d.consumer_id = e.consumer_id"
                + " where d.id = ? and e.entry_type <> 'PAYMENT_REVERSAL'"
                + " and not (e.entry_type = 'PAYMENT' and exists (select 1 from ledger_entry r"
                + " where r.consumer_id = e.consumer_id and r.entry_type = 'PAYMENT_REVERSAL'"
                + " and r.reference = e.reference))"
                + " and ((e.amount < 0 and e.entry_date <= ?) or (e.amount > 0 and (e.entry_date < d.entry_date"
                + " or (e.entry_date = d.entry_date and e.id <= d.id))))", entryId, payBy);
    }

    /** Returns the id of the consumer's first entry of this type and reference, if there is one. */
    public Optional<Long> findEntryId(long consumerId, LedgerEntryType type, String reference) {
        return jdbc.sql("select id from ledger_entry where consumer_id = ? and entry_type = ? and reference = ?"
                + " order by id").params(consumerId, type.name(), reference).query(Long.class).list().stream()
                .findFirst();
    }

    /** Returns what all consumers owe together: the sum of every entry. */
    public Money totalBalance() {
        return sum("select sum(amount) from ledger_entry");
    }

    /** Returns the sum of the entries of one type over all consumers. */
    public Money totalOf(LedgerEntryType type) {
        return sum("select sum(amount) from ledger_entry where entry_type = ?", type.name());
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from ledger_entry").query(Long.class).single() == 0;
    }

    private Money sum(String sql, Object... params) {
        BigDecimal total = jdbc.sql(sql).params(params).query(BigDecimal.class).optional().orElse(null);
        return total == null ? Money.ZERO : Money.of(total);
    }

    private static LedgerEntry toEntry(ResultSet rs, int row) throws SQLException {
        return new LedgerEntry(rs.getLong("id"), rs.getLong("consumer_id"), rs.getObject("entry_date", LocalDate.class),
                LedgerEntryType.valueOf(rs.getString("entry_type")), Money.of(rs.getBigDecimal("amount")),
                rs.getString("reference"), rs.getString("caused_by"));
    }
}
