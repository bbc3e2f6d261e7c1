package org.smartcbs.ledger;

import java.time.LocalDate;
import java.util.Objects;

import org.smartcbs.core.money.Money;

/** An entry to post: the same fields as a {@link LedgerEntry} before the ledger gives it an id. */
public record NewLedgerEntry(long consumerId, LocalDate date, LedgerEntryType type, Money amount, String reference,
        String causedBy) {

    public NewLedgerEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(causedBy, "causedBy");
    }
}
