package org.smartcbs.documents;

import java.time.LocalDate;
import java.util.Objects;
import org.smartcbs.core.money.Money;

/**
 * One ledger entry of a statement.
 *
 * @param type the entry type, such as {@code BILL}, {@code PAYMENT} or {@code ADJUSTMENT}
 * @param amount the entry's effect on the balance: positive for a debit, negative for a credit
 * @param balance the running balance after the entry
 */
public record StatementLine(LocalDate date, String type, String reference, Money amount, Money balance) {

    public StatementLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(balance, "balance");
    }
}
