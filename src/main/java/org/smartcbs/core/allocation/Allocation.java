package org.smartcbs.core.allocation;

import java.util.List;
import java.util.Objects;

import org.smartcbs.core.money.Money;

/**
 * The result of allocating one payment.
 *
 * @param amounts the amounts applied to open items, oldest item first, without the items that receive nothing
 * @param credit the part of the payment left after every item is settled, zero or more
 */
public record Allocation(List<AllocatedAmount> amounts, Money credit) {

    public Allocation {
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(credit, "credit");
        amounts = List.copyOf(amounts);
        if (credit.isNegative()) {
            throw new IllegalArgumentException("allocation credit " + credit + " is negative");
        }
    }

    /** Returns the sum of the amounts applied to open items, without the credit. */
    public Money allocated() {
        Money sum = Money.ZERO;
        for (AllocatedAmount amount : amounts) {
            sum = sum.plus(amount.amount());
        }
        return sum;
    }

    /** Returns the whole payment: the allocated amounts plus the credit. */
    public Money payment() {
        return allocated().plus(credit);
    }
}
