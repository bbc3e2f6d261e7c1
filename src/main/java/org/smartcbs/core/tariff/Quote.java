package org.smartcbs.core.tariff;

import java.math.BigDecimal;
import java.util.List;

/**
 * One priced period.
 *
 * @param tariffCode code of the tariff that priced it
 * @param currency ISO 4217 code of every amount
 * @param units the units priced, after the tariff's unit rounding
 * @param periodDays length of the period in days
 * @param lines energy lines, then one line per charge in the tariff's order, then ROUNDING when the total is rounded
 * @param total the sum of the lines' amounts
 */
public record Quote(
        String tariffCode,
        String currency,
        BigDecimal units,
        int periodDays,
        List<BillLine> lines,
        BigDecimal total) {

    public Quote {
        lines = List.copyOf(lines);
    }

    /** Returns the sum of the ENERGY lines. */
    public BigDecimal energy() {
        BigDecimal sum = BigDecimal.ZERO;
        for (BillLine line : lines) {
            if (line.isEnergy()) {
                sum = sum.add(line.amount());
            }
        }
        return sum;
    }
}
