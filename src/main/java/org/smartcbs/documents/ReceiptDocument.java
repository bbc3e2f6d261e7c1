package org.smartcbs.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.smartcbs.core.money.Money;

/**
 * The figures of one payment receipt, as {@link ReceiptPdf} prints them.
 *
 * @param reference the receipt number or the bank's transaction reference
 * @param channel how the payment arrived, such as {@code BANK} or {@code COUNTER}
 * @param allocations the bills or ledger items the payment was applied to, in the order applied
 * @param balanceAfter the consumer's ledger balance after the payment: arrears when positive, credit when
 *     negative
 * @param currency ISO 4217 code printed next to amounts
 */
public record ReceiptDocument(
        String organisationName,
        String reference,
        String consumerNumber,
        String consumerName,
        LocalDate paidOn,
        Money amount,
        String channel,
        List<Allocation> allocations,
        Money balanceAfter,
        String currency) {

    public ReceiptDocument {
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(consumerNumber, "consumerNumber");
        Objects.requireNonNull(consumerName, "consumerName");
        Objects.requireNonNull(paidOn, "paidOn");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(balanceAfter, "balanceAfter");
        Objects.requireNonNull(currency, "currency");
        allocations = List.copyOf(allocations);
    }

    /**
     * The part of a payment applied to one item.
     *
     * @param reference the bill number or ledger reference the part was applied to
     */
    public record Allocation(String reference, Money amount) {

        public Allocation {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
