package org.smartcbs.core.tariff;

import java.math.BigDecimal;
import java.util.List;

/**
 * A billing period priced across two or more tariff versions.
 *
 * @param parts one quote per version, in period order; their units add up to {@link #units()}
 * @param currency ISO 4217 code of every amount
 * @param units the period's units, after the unit rounding of the last part's tariff
 * @param periodDays the sum of the parts' days
 * @param rounding the ROUNDING line of the combined total, {@code null} when the last part's tariff does not
 *     round the total
 * @param total the sum of the parts' totals plus the rounding line
 */
public record SplitQuote(
        List<Quote> parts,
        String currency,
        BigDecimal units,
        int periodDays,
        BillLine rounding,
        BigDecimal total) {

    public SplitQuote {
        parts = List.copyOf(parts);
    }

    /** Returns the sum of the ENERGY lines of all parts. */
    public BigDecimal energy() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Quote part : parts) {
            sum = sum.add(part.energy());
        }
        return sum;
    }
}
