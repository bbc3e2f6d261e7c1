package org.smartcbs.ledger;

import java.time.LocalDate;

import org.smartcbs.core.money.Money;

/**
 * A posted entry of a consumer's ledger. Debits are positive and credits negative.
 *
 * @param reference the bill number, bank reference or other document the entry comes from
 * @param causedBy the employee or job that posted the entry
 */
public record LedgerEntry(long id, long consumerId, LocalDate date, LedgerEntryType type, Money amount,
        String reference, String causedBy) {
}
