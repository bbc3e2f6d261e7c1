package org.smartcbs.core.allocation;

import java.util.Objects;

import org.smartcbs.core.money.Money;

/**
 * The part of a payment applied to one open item.
 *
 * @param reference the open item's reference
 * @param amount the amount applied, always positive
 */
public record AllocatedAmount(String reference, Money amount) {

    public AllocatedAmount {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("allocated amount " + amount + " for " + reference
                    + " must be positive");
        }
    }
}
