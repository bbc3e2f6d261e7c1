package org.smartcbs.core.charges;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.smartcbs.core.money.Money;

/**
 * The method that computes the late charge of a bill paid after its due date.
 *
 * <p>Every variant returns {@link Money#ZERO} when {@code daysLate} is zero or less, because the bill is not late.
 * Otherwise it computes the exact value, for a percentage {@code base * percent / 100}, and rounds it once with
 * its {@link LateChargeRounding}. That rounding is the only one, because its scale is at most the minor unit.
 */
public sealed interface LateChargePolicy {

    /**
     * Computes the late charge of a bill.
     *
     * @param currentCharges the charges of the bill itself, zero or more
     * @param outstanding the amount unpaid at the due date, carried-over balance included, zero or more
     * @param daysLate days from the due date to the payment or to the charge date, where zero or less is not late
     * @throws IllegalArgumentException if an amount is negative
     */
    Money charge(Money currentCharges, Money outstanding, long daysLate);

    /**
     * A percentage of the bill's current charges. With {@code LateChargeRounding.halfUp(scale)} it computes what
     * {@link LateChargeRule} computes.
     */
    record PercentOfCurrentCharges(BigDecimal percent, LateChargeRounding rounding) implements LateChargePolicy {

        public PercentOfCurrentCharges {
            requireNonNegative(percent, "late charge percent");
            Objects.requireNonNull(rounding, "rounding");
        }

        @Override
        public Money charge(Money currentCharges, Money outstanding, long daysLate) {
            requireAmounts(currentCharges, outstanding);
            if (daysLate <= 0) {
                return Money.ZERO;
            }
            return rounding.apply(percentOf(currentCharges, percent));
        }
    }

    /** A percentage of the amount outstanding at the due date. */
    record PercentOfOutstanding(BigDecimal percent, LateChargeRounding rounding) implements LateChargePolicy {

        public PercentOfOutstanding {
            requireNonNegative(percent, "late charge percent");
            Objects.requireNonNull(rounding, "rounding");
        }

        @Override
        public Money charge(Money currentCharges, Money outstanding, long daysLate) {
            requireAmounts(currentCharges, outstanding);
            if (daysLate <= 0) {
                return Money.ZERO;
            }
            return rounding.apply(percentOf(outstanding, percent));
        }
    }

    /** The same amount on every late bill, rounded like the other variants. */
    record FixedAmount(Money amount, LateChargeRounding rounding) implements LateChargePolicy {

        public FixedAmount {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(rounding, "rounding");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("fixed late charge " + amount + " is negative");
            }
        }

        @Override
        public Money charge(Money currentCharges, Money outstanding, long daysLate) {
            requireAmounts(currentCharges, outstanding);
            if (daysLate <= 0) {
                return Money.ZERO;
            }
            return rounding.apply(amount.amount());
        }
    }

    /**
     * The greater of a percentage of {@code base} and a fixed amount. The greater exact value is rounded, so the
     * fixed amount is a minimum that the rounding can move by less than one rounding unit.
     */
    record GreaterOfPercentAndFixed(LateChargeBase base, BigDecimal percent, Money fixedAmount,
            LateChargeRounding rounding) implements LateChargePolicy {

        public GreaterOfPercentAndFixed {
            Objects.requireNonNull(base, "base");
            requireNonNegative(percent, "late charge percent");
            Objects.requireNonNull(fixedAmount, "fixedAmount");
            Objects.requireNonNull(rounding, "rounding");
            if (fixedAmount.isNegative()) {
                throw new IllegalArgumentException("fixed late charge " + fixedAmount + " is negative");
            }
        }

        @Override
        public Money charge(Money currentCharges, Money outstanding, long daysLate) {
            requireAmounts(currentCharges, outstanding);
            if (daysLate <= 0) {
                return Money.ZERO;
            }
            BigDecimal byPercent = percentOf(base.select(currentCharges, outstanding), percent);
            return rounding.apply(byPercent.max(fixedAmount.amount()));
        }
    }

    /**
     * A percentage of {@code base} that depends on the days after the due date, such as 5% up to day 3 and 10%
     * after: {@code [Step(3, 5), Step(null, 10)]}.
     *
     * @param steps the steps in ascending {@code upToDaysLate}, where only the last step, which must exist, has none
     */
    record Stepped(LateChargeBase base, List<Step> steps, LateChargeRounding rounding) implements LateChargePolicy {

        public Stepped {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(steps, "steps");
            Objects.requireNonNull(rounding, "rounding");
            steps = List.copyOf(steps);
            requireAscendingOpenEnded(steps);
        }

        @Override
        public Money charge(Money currentCharges, Money outstanding, long daysLate) {
            requireAmounts(currentCharges, outstanding);
            if (daysLate <= 0) {
                return Money.ZERO;
            }
            return rounding.apply(percentOf(base.select(currentCharges, outstanding), stepOn(daysLate).percent()));
        }

        /** Returns the step that applies on {@code daysLate}, which is at least 1. */
        public Step stepOn(long daysLate) {
            for (Step step : steps) {
                if (step.covers(daysLate)) {
                    return step;
                }
            }
            // Unreachable, because the constructor requires an open-ended last step.
            throw new IllegalStateException("no late charge step covers day " + daysLate);
        }

        private static void requireAscendingOpenEnded(List<Step> steps) {
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("stepped late charge has no steps");
            }
            for (int i = 0; i < steps.size() - 1; i++) {
                Integer upTo = steps.get(i).upToDaysLate();
                if (upTo == null) {
                    throw new IllegalArgumentException("late charge step " + (i + 1) + " of " + steps.size()
                            + " has no upToDaysLate, but only the last step may be open-ended");
                }
                Integer nextUpTo = steps.get(i + 1).upToDaysLate();
                if (nextUpTo != null && nextUpTo <= upTo) {
                    throw new IllegalArgumentException("late charge steps up to day " + upTo + " and up to day "
                            + nextUpTo + " are not in ascending order");
                }
            }
            Step last = steps.get(steps.size() - 1);
            if (last.upToDaysLate() != null) {
                throw new IllegalArgumentException("last late charge step ends at day " + last.upToDaysLate()
                        + ", but it must have no upToDaysLate so that every later day is covered");
            }
        }
    }

    /**
     * One step of a {@link Stepped} late charge.
     *
     * @param upToDaysLate the last day after the due date, counted from 1, to which the step applies, or {@code null}
     *     for the last step, which applies to every later day
     * @param percent the percentage charged within the step, zero or more
     */
    record Step(Integer upToDaysLate, BigDecimal percent) {

        public Step {
            requireNonNegative(percent, "late charge step percent");
            if (upToDaysLate != null && upToDaysLate < 1) {
                throw new IllegalArgumentException("late charge step up to day " + upToDaysLate
                        + " must be at least 1");
            }
        }

        /** Returns whether the step applies on {@code daysLate}. */
        public boolean covers(long daysLate) {
            return upToDaysLate == null || daysLate <= upToDaysLate;
        }
    }

    /** Returns {@code amount * percent / 100} exactly, which is always a finite decimal. */
    private static BigDecimal percentOf(Money amount, BigDecimal percent) {
        return amount.amount().multiply(percent).divide(BigDecimal.valueOf(100));
    }

    private static void requireNonNegative(BigDecimal percent, String name) {
        Objects.requireNonNull(percent, name);
        if (percent.signum() < 0) {
            throw new IllegalArgumentException(name + " " + percent + " is negative");
        }
    }

    private static void requireAmounts(Money currentCharges, Money outstanding) {
        Objects.requireNonNull(currentCharges, "currentCharges");
        Objects.requireNonNull(outstanding, "outstanding");
        if (currentCharges.isNegative()) {
            throw new IllegalArgumentException("current charges " + currentCharges
                    + " are negative, but a bill in credit has no late charge");
        }
        if (outstanding.isNegative()) {
            throw new IllegalArgumentException("outstanding " + outstanding
                    + " is negative, but an account in credit has no late charge");
        }
    }
}
