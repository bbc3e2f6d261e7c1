package org.smartcbs.billing;

import java.math.RoundingMode;

import org.smartcbs.core.charges.LateChargePolicy;
import org.smartcbs.core.duedates.DueDateRule;
import org.smartcbs.core.money.Money;

/**
 * The bill settings in force for one bill: how its due date is found, its late charge, and how the amount payable
 * is rounded.
 *
 * @param payableScale decimals of the amount payable, rounded HALF_UP (0 for whole rupees)
 */
public record BillTerms(DueDateRule dueDate, LateChargePolicy lateCharge, int payableScale) {

    /** Rounds an amount payable to the settings' scale; the ledger keeps the exact balance. */
    public Money roundPayable(Money amount) {
        return Money.of(amount.amount().setScale(payableScale, RoundingMode.HALF_UP));
    }
}
