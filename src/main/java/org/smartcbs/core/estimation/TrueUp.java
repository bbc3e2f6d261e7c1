package org.smartcbs.core.estimation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The correction billed with the first actual reading after one or more estimates.
 *
 * <p>The consumption since the last actual reading replaces the estimates, so the period bills that consumption
 * minus the units already billed as estimates. A negative result is a credit of units, because the estimates
 * were too high. No rounding occurs.
 */
public final class TrueUp {

    private TrueUp() {
    }

    /**
     * Computes the units to bill with the actual reading.
     *
     * @param actualSinceLastActual consumption from the last actual reading to this one, zero or more
     * @param estimatedUnitsBilled units billed as estimates since the last actual reading, zero or more
     * @return {@code actualSinceLastActual - estimatedUnitsBilled}, negative for a credit of units
     */
    public static BigDecimal units(BigDecimal actualSinceLastActual, BigDecimal estimatedUnitsBilled) {
        Objects.requireNonNull(actualSinceLastActual, "actualSinceLastActual");
        Objects.requireNonNull(estimatedUnitsBilled, "estimatedUnitsBilled");
        if (actualSinceLastActual.signum() < 0) {
            throw new IllegalArgumentException("consumption since the last actual reading " + actualSinceLastActual
                    + " is negative");
        }
        if (estimatedUnitsBilled.signum() < 0) {
            throw new IllegalArgumentException("estimated units billed " + estimatedUnitsBilled + " is negative");
        }
        return actualSinceLastActual.subtract(estimatedUnitsBilled);
    }
}
