package org.smartcbs.core.tariff;

import java.math.BigDecimal;

/**
 * The range of a decimal in a tariff: at most {@value #MAX_INTEGER_DIGITS} digits before the point and
 * {@value #MAX_FRACTION_DIGITS} after it, counted as written, so {@code 1e99999999} and {@code 1e-99999999}
 * are out of range. Twenty decimals keep a literal such as {@code 0.30000000000000004} exact.
 *
 * <p>The bound keeps pricing fast and exact: a value such as {@code 1e99999999} is cheap to hold, but writing it
 * in plain notation or multiplying it by a rate expands it to millions of digits.
 */
public final class TariffDecimals {

    /** Maximum digits before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 18;

    /** Maximum digits after the decimal point. */
    public static final int MAX_FRACTION_DIGITS = 20;

    /** The problem text of an out-of-range decimal, to follow the field path and value. */
    public static final String OUT_OF_RANGE = "is out of range; a tariff decimal has at most " + MAX_INTEGER_DIGITS
            + " digits before the point and " + MAX_FRACTION_DIGITS + " after it";

    private TariffDecimals() {
    }

    /** Returns whether {@code value} has at most the allowed digits before and after the point. */
    public static boolean inRange(BigDecimal value) {
        long integerDigits = (long) value.precision() - value.scale();
        return integerDigits <= MAX_INTEGER_DIGITS && value.scale() <= MAX_FRACTION_DIGITS;
    }

    /**
     * Rejects {@code value} when it is out of range. The value is shown in {@link BigDecimal#toString()} form,
     * because the plain form of a large exponent has millions of digits.
     */
    static void requireInRange(String path, BigDecimal value) {
        if (value != null && !inRange(value)) {
            throw TariffFormatException.invalidAsWritten(path, value.toString(), OUT_OF_RANGE);
        }
    }
}
