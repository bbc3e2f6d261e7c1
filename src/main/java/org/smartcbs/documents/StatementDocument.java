package org.smartcbs.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.smartcbs.core.money.Money;

/**
 * A consumer's ledger between two days, as {@link StatementExport} writes it.
 *
 * @param from first day covered, included
 * @param to last day covered, included
 * @param openingBalance the balance before the first entry: arrears when positive, credit when negative
 * @param lines the entries in posting order
 * @param closingBalance the balance after the last entry
 * @param currency ISO 4217 code printed next to amounts
 */
public record StatementDocument(
        String organisationName,
        String consumerNumber,
        String consumerName,
        LocalDate from,
        LocalDate to,
        Money openingBalance,
        List<StatementLine> lines,
        Money closingBalance,
        String currency) {

    public StatementDocument {
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(consumerNumber, "consumerNumber");
        Objects.requireNonNull(consumerName, "consumerName");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(openingBalance, "openingBalance");
        Objects.requireNonNull(closingBalance, "closingBalance");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("statement for consumer " + consumerNumber + ": end " + to
                    + " is before start " + from);
        }
        checkBalances(consumerNumber, openingBalance, lines, closingBalance);
    }

    /** Rejects a statement whose running balances do not follow from the opening balance and the amounts. */
    private static void checkBalances(String consumerNumber, Money opening, List<StatementLine> lines,
            Money closing) {
        Money running = opening;
        for (StatementLine line : lines) {
            running = running.plus(line.amount());
            if (running.compareTo(line.balance()) != 0) {
                throw new IllegalArgumentException("statement for consumer " + consumerNumber + ": entry "
                        + line.reference() + " shows balance " + line.balance() + " but the amounts give " + running);
            }
        }
        if (running.compareTo(closing) != 0) {
            throw new IllegalArgumentException("statement for consumer " + consumerNumber + ": closing balance "
                    + closing + " does not match the balance after the last entry, " + running);
        }
    }
}
