package org.smartcbs.core.reading;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The arithmetic of a meter register: consumption between two reads, rollover past the last digit, and the
 * checks that hold a read for review.
 *
 * @param rolloverMaxFraction a decrease counts as a rollover when the rolled-over consumption is at most this
 *        fraction of the register range (10^digits); otherwise it is held
 * @param averageFactor a consumption above the recent average times this factor, or below the average divided
 *        by it, is held
 * @param averageMinReadings how many earlier accepted consumptions a meter needs before the average check applies
 */
public record RegisterRead(BigDecimal rolloverMaxFraction, BigDecimal averageFactor, int averageMinReadings) {

    /** The outcome of checking one read against the previous one. */
    public record Outcome(long registerSteps, boolean rollover, Optional<String> holdReason) {

        public boolean isHeld() {
            return holdReason.isPresent();
        }
    }

    /**
     * Returns the register steps from {@code previous} to {@code current} on a register of {@code digits} digits,
     * reading a decrease as a rollover modulo 10^digits, and the reason to hold the read if any.
     *
     * @param recentConsumptions the meter's latest accepted consumptions in units, newest last; the average check
     *        uses the last {@code averageMinReadings} of them
     */
    public Outcome check(long previous, long current, int digits, int multiplier, List<BigDecimal> recentConsumptions) {
        long range = BigInteger.TEN.pow(digits).longValueExact();
        // floorMod, unlike %, gives a non-negative result for a negative difference.
        long steps = Math.floorMod(current - previous, range);
        boolean rollover = current < previous;
        if (rollover) {
            BigDecimal limit = rolloverMaxFraction.multiply(BigDecimal.valueOf(range));
            if (BigDecimal.valueOf(steps).compareTo(limit) > 0) {
                return new Outcome(steps, true, Optional.of("the register fell from " + previous + " to " + current
                        + "; as a rollover that is " + steps + " steps, more than is plausible"));
            }
        }
        if (steps == 0) {
            return new Outcome(0, false, Optional.of("zero consumption"));
        }
        if (recentConsumptions.size() >= averageMinReadings && averageMinReadings > 0) {
            List<BigDecimal> window = recentConsumptions.subList(recentConsumptions.size() - averageMinReadings,
                    recentConsumptions.size());
            BigDecimal average = window.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(window.size()), 4, RoundingMode.HALF_UP).stripTrailingZeros();
            BigDecimal units = BigDecimal.valueOf(steps).multiply(BigDecimal.valueOf(multiplier));
            if (units.compareTo(average.multiply(averageFactor)) > 0) {
                return new Outcome(steps, rollover, Optional.of(
                        "consumption " + units + " is more than " + averageFactor + " times the average "
                                + average.toPlainString()));
            }
            if (units.multiply(averageFactor).compareTo(average) < 0) {
                return new Outcome(steps, rollover, Optional.of(
                        "consumption " + units + " is less than the average " + average.toPlainString() + " divided by "
                                + averageFactor));
            }
        }
        return new Outcome(steps, rollover, Optional.empty());
    }
}
