package org.smartcbs.core.estimation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The estimate of a period's consumption when its meter reading is missing.
 *
 * <p>The estimate is the average of the last {@link #ACTUAL_PERIODS} periods with an actual reading, skipping
 * estimated periods, rounded HALF_UP to whole units. That division is the only rounding. A meter may be estimated
 * at most {@link #MAX_ESTIMATES_IN_A_ROW} times in a row, after which it must be read.
 */
public final class ConsumptionEstimate {

    /** Actual periods averaged by an estimate. */
    public static final int ACTUAL_PERIODS = 3;

    /** Most estimated periods allowed in a row. */
    public static final int MAX_ESTIMATES_IN_A_ROW = 2;

    private ConsumptionEstimate() {
    }

    /**
     * Estimates the consumption of the next period from {@code history}.
     *
     * @param history the meter's billed periods, oldest first
     * @return the average of the last three actual consumptions in whole units
     * @throws IllegalArgumentException if the history has fewer than three actual periods
     */
    public static BigDecimal estimate(List<PeriodConsumption> history) {
        Objects.requireNonNull(history, "history");
        List<BigDecimal> lastActual = new ArrayList<>(ACTUAL_PERIODS);
        for (int i = history.size() - 1; i >= 0 && lastActual.size() < ACTUAL_PERIODS; i--) {
            PeriodConsumption period = history.get(i);
            if (period.isActual()) {
                lastActual.add(period.units());
            }
        }
        if (lastActual.size() < ACTUAL_PERIODS) {
            throw new IllegalArgumentException("consumption cannot be estimated from " + lastActual.size()
                    + " actual periods because at least " + ACTUAL_PERIODS
                    + " are needed, so the meter must be read");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal units : lastActual) {
            sum = sum.add(units);
        }
        return sum.divide(BigDecimal.valueOf(ACTUAL_PERIODS), 0, RoundingMode.HALF_UP);
    }

    /**
     * Returns whether the next period may be estimated after {@code estimatesInARow} estimated periods since the
     * last actual reading.
     */
    public static boolean mayEstimate(int estimatesInARow) {
        if (estimatesInARow < 0) {
            throw new IllegalArgumentException("estimates in a row " + estimatesInARow + " is negative");
        }
        return estimatesInARow < MAX_ESTIMATES_IN_A_ROW;
    }
}
