package org.smartcbs.core.charges;

import org.smartcbs.core.money.Money;

/** The amount that a late charge percentage applies to. */
public enum LateChargeBase {

    /** The charges of the bill itself, without any balance carried over. */
    CURRENT_CHARGES,

    /** The whole amount unpaid at the due date, carried-over balance included. */
    OUTSTANDING;

    /** Returns the base amount out of the two a late charge is computed from. */
    public Money select(Money currentCharges, Money outstanding) {
        return this == CURRENT_CHARGES ? currentCharges : outstanding;
    }
}
