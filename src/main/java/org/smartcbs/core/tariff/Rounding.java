package org.smartcbs.core.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number of decimals and the rounding mode that reaches them.
 *
 * @param scale decimals to keep, from {@link #MIN_SCALE} to {@link #MAX_SCALE}
 * @param mode one of HALF_UP, HALF_EVEN, DOWN, UP, FLOOR, CEILING ({@code UNNECESSARY} is rejected)
 */
public record Rounding(int scale, RoundingMode mode) {

    /** Lowest scale a tariff may use: -4 rounds to tens of thousands. */
    public static final int MIN_SCALE = -4;

    /** Highest scale a tariff may use. */
    public static final int MAX_SCALE = 12;

    public BigDecimal apply(BigDecimal value) {
        return value.setScale(scale, mode);
    }
}
