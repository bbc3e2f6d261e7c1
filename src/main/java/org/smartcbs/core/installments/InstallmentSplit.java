package org.smartcbs.core.installments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.smartcbs.core.money.Money;

/**
 * Splits an amount into installments that add up to it exactly.
 *
 * <p>Every installment but the last is {@code amount / count} rounded HALF_UP to the minor unit. This division is
 * the only rounding. The last installment is the remainder, so it can be a few minor units above or below the
 * others: 12,870.59 in 2 is 6,435.30 and 6,435.29, and 100.00 in 3 is 33.33, 33.33 and 33.34. A split in which
 * any installment would be below {@link #MINIMUM_INSTALLMENT} is rejected.
 */
public final class InstallmentSplit {

    /** Smallest installment a split may contain: one minor unit. */
    public static final Money MINIMUM_INSTALLMENT = Money.of("0.01");

    private InstallmentSplit() {
    }

    /**
     * Splits {@code total} into {@code count} installments, the remainder last.
     *
     * @throws IllegalArgumentException if the total is not positive, the count is below 1, or an installment would
     *     be below 0.01
     */
    public static List<Money> split(Money total, int count) {
        Objects.requireNonNull(total, "total");
        if (!total.isPositive()) {
            throw new IllegalArgumentException("installment total " + total + " must be positive");
        }
        if (count < 1) {
            throw new IllegalArgumentException("installment count " + count + " must be at least 1");
        }
        Money regular = Money.of(total.amount().divide(BigDecimal.valueOf(count), Money.SCALE, RoundingMode.HALF_UP));
        Money last = total.minus(Money.of(regular.amount().multiply(BigDecimal.valueOf(count - 1L))));
        Money smallest = count == 1 ? last : regular.min(last);
        if (smallest.compareTo(MINIMUM_INSTALLMENT) < 0) {
            throw new IllegalArgumentException("total " + total + " cannot be split into " + count
                    + " installments because one would be " + smallest + ", below the minimum "
                    + MINIMUM_INSTALLMENT + ". Use fewer installments");
        }
        List<Money> installments = new ArrayList<>(count);
        for (int i = 1; i < count; i++) {
            installments.add(regular);
        }
        installments.add(last);
        return List.copyOf(installments);
    }

    /**
     * Splits {@code total} into a down payment and {@code count} installments of the rest. The returned list
     * starts with the down payment when it is positive and then contains the installments of
     * {@code total - downPayment}, split as {@link #split(Money, int)} does. A zero down payment returns the
     * plain split.
     *
     * @throws IllegalArgumentException if the down payment is negative or not below the total, or the rest cannot
     *     be split into {@code count} installments
     */
    public static List<Money> splitAfterDownPayment(Money total, Money downPayment, int count) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(downPayment, "downPayment");
        if (downPayment.isNegative()) {
            throw new IllegalArgumentException("down payment " + downPayment + " is negative");
        }
        if (downPayment.compareTo(total) >= 0) {
            throw new IllegalArgumentException("down payment " + downPayment + " must be below the total " + total
                    + " so that an amount remains for the installments");
        }
        List<Money> rest = split(total.minus(downPayment), count);
        if (downPayment.isZero()) {
            return rest;
        }
        List<Money> amounts = new ArrayList<>(count + 1);
        amounts.add(downPayment);
        amounts.addAll(rest);
        return List.copyOf(amounts);
    }
}
