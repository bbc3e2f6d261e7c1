package org.smartcbs.core.charges;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.smartcbs.core.money.Money;

/**
 * A late charge of a percentage of a bill's current charges, rounded half up to {@code scale} decimals (0 rounds
 * to the whole rupee) before it becomes an amount.
 */
public record LateChargeRule(BigDecimal percent, int scale) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public LateChargeRule {
        if (percent.signum() < 0) {
            throw new IllegalArgumentException("late charge percent " + percent + " is negative");
        }
        if (scale < 0 || scale > Money.SCALE) {
            throw new IllegalArgumentException("late charge scale " + scale + " must be from 0 to " + Money.SCALE);
        }
    }

    /** Returns the late charge on a bill with these current charges. */
    public Money chargeOn(Money currentCharges) {
        BigDecimal charge = currentCharges.amount().multiply(percent).divide(HUNDRED)
                .setScale(scale, RoundingMode.HALF_UP);
        return Money.of(charge);
    }
}
