package org.smartcbs.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount in the organisation's currency, kept at the currency's minor unit.
 *
 * <p>Every amount that reaches a bill, the ledger or a payment is a {@code Money}. Construction rounds to
 * {@link #SCALE} decimals with {@link #ROUNDING}; this is the one place where amounts are rounded to the
 * minor unit. Rates and intermediate products keep their full scale as plain {@link BigDecimal}s.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** Decimals of the minor unit (paisa, cent). */
    public static final int SCALE = 2;

    /** Rounding used whenever a value becomes an amount. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    /** The largest amount that the amount columns, {@code numeric(14, 2)}, store. The smallest is its negation. */
    public static final BigDecimal MAX_STORED = new BigDecimal("999999999999.99");

    /** Returns why the amount columns cannot store {@code amount}, or empty when they can. */
    public static Optional<String> rangeProblem(BigDecimal amount) {
        if (amount.compareTo(MAX_STORED) > 0) {
            return Optional.of("is above the maximum 999,999,999,999.99");
        }
        if (amount.compareTo(MAX_STORED.negate()) < 0) {
            return Optional.of("is below the minimum -999,999,999,999.99");
        }
        return Optional.empty();
    }

    public Money {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(SCALE, ROUNDING);
    }

    /** Parses an exact decimal such as {@code "1250.50"}; rounds to the minor unit like every amount. */
    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** The plain decimal with two places, as JSON and CSV output use it. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
