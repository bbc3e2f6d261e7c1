package org.smartcbs.ledger;

import java.util.List;

import org.smartcbs.core.money.Money;

/** A consumer's ledger entries in posting order, each with the balance after it. */
public record LedgerStatement(long consumerId, Money balance, List<Line> lines) {

    /** An entry and the running balance after it. */
    public record Line(LedgerEntry entry, Money balance) {
    }
}
