package org.smartcbs.core.estimation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The consumption billed for one period.
 *
 * @param units consumption in units, zero or more
 * @param type whether the consumption was read or estimated
 */
public record PeriodConsumption(BigDecimal units, ReadingType type) {

    public PeriodConsumption {
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(type, "type");
        if (units.signum() < 0) {
            throw new IllegalArgumentException("period consumption " + units + " units is negative");
        }
    }

    public static PeriodConsumption actual(BigDecimal units) {
        return new PeriodConsumption(units, ReadingType.ACTUAL);
    }

    public static PeriodConsumption estimated(BigDecimal units) {
        return new PeriodConsumption(units, ReadingType.ESTIMATED);
    }

    public boolean isActual() {
        return type == ReadingType.ACTUAL;
    }
}
