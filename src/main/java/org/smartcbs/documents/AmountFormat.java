package org.smartcbs.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.smartcbs.core.money.Money;

/**
 * Number formats for documents, fixed to {@link Locale#ROOT} symbols so that a bill reads the same whatever
 * the JVM's default locale: comma for thousands, point for decimals, minus sign for negatives.
 *
 * <p>{@link DecimalFormat} is not thread-safe, so each call builds its own.
 */
public final class AmountFormat {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private AmountFormat() {
    }

    /** Formats an amount with two decimals and thousands separators, such as {@code 12,870.59}. */
    public static String format(BigDecimal amount) {
        return pattern("#,##0.00").format(amount.setScale(Money.SCALE, Money.ROUNDING));
    }

    public static String format(Money amount) {
        return format(amount.amount());
    }

    /** Formats an amount as a plain decimal with two places, such as {@code 12870.59}, for CSV and codes. */
    public static String plain(BigDecimal amount) {
        return amount.setScale(Money.SCALE, Money.ROUNDING).toPlainString();
    }

    public static String plain(Money amount) {
        return plain(amount.amount());
    }

    /**
     * Formats a quantity such as units or a range limit with thousands separators and only the decimals it
     * has, up to four: {@code 100}, {@code 1,234.5}.
     */
    public static String quantity(BigDecimal quantity) {
        return pattern("#,##0.####").format(quantity);
    }

    /** Formats a price per unit with at least two and at most six decimals: {@code 22.44}, {@code 5.125}. */
    public static String rate(BigDecimal rate) {
        return pattern("#,##0.00####").format(rate);
    }

    /** Formats a percentage figure without the sign and with only the decimals it has: {@code 1.5}. */
    public static String percent(BigDecimal percent) {
        return pattern("#,##0.######").format(percent);
    }

    private static DecimalFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setParseBigDecimal(true);
        return format;
    }
}
