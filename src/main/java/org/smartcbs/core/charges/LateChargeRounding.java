package org.smartcbs.core.charges;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.smartcbs.core.money.Money;
import org.smartcbs.core.tariff.Rounding;

/**
 * The rounding of a late charge before it becomes an amount, such as {@code (0, HALF_UP)} for the whole rupee.
 *
 * @param scale decimals to keep, from {@link Rounding#MIN_SCALE} (tens of thousands) to {@link Money#SCALE}
 * @param mode any rounding mode but {@code UNNECESSARY}
 */
public record LateChargeRounding(int scale, RoundingMode mode) {

    public LateChargeRounding {
        Objects.requireNonNull(mode, "mode");
        if (scale < Rounding.MIN_SCALE || scale > Money.SCALE) {
            throw new IllegalArgumentException("late charge scale " + scale + " must be from " + Rounding.MIN_SCALE
                    + " to " + Money.SCALE);
        }
        if (mode == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("late charge rounding mode UNNECESSARY is invalid because it "
                    + "never rounds. Use HALF_UP or another mode that rounds");
        }
    }

    /** Returns a HALF_UP rounding to {@code scale} decimals. */
    public static LateChargeRounding halfUp(int scale) {
        return new LateChargeRounding(scale, RoundingMode.HALF_UP);
    }

    /** Rounds {@code value} to this scale. The result has at most {@link Money#SCALE} decimals, so it is exact. */
    public Money apply(BigDecimal value) {
        return Money.of(value.setScale(scale, mode));
    }
}
