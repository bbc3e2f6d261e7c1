package org.smartcbs.core.tariff;

import java.math.BigDecimal;

/**
 * One line of a priced period, with the figures that explain its amount.
 *
 * @param code {@code ENERGY}, a charge's code, or {@code ROUNDING}
 * @param description what the bill shows, with the range, days or percentage the amount depends on
 * @param quantity units priced (energy and PER_UNIT lines), {@code null} otherwise
 * @param rate price per unit (energy, PER_UNIT) or the percentage (PERCENT), {@code null} otherwise
 * @param amount the line's amount at the tariff's line scale; a ROUNDING line uses the larger of the line and
 *     total scales
 * @param rangeFrom lower limit, excluded, of the units an energy line prices; {@code null} on other lines
 * @param rangeTo upper limit, included, of that range; {@code null} on other lines and on an open last slab
 * @param base the sum a PERCENT or MINIMUM line is taken of, the full-period amount a prorated or shared FIXED
 *     line is taken from, or the unrounded total for ROUNDING; {@code null} otherwise
 */
public record BillLine(
        String code,
        String description,
        BigDecimal quantity,
        BigDecimal rate,
        BigDecimal amount,
        BigDecimal rangeFrom,
        BigDecimal rangeTo,
        BigDecimal base) {

    public static final String ENERGY = "ENERGY";
    public static final String ROUNDING = "ROUNDING";

    static BillLine energy(String description, BigDecimal quantity, BigDecimal rate, BigDecimal amount,
            BigDecimal rangeFrom, BigDecimal rangeTo) {
        return new BillLine(ENERGY, description, quantity, rate, amount, rangeFrom, rangeTo, null);
    }

    /** Returns whether this is an energy line. */
    public boolean isEnergy() {
        return ENERGY.equals(code);
    }
}
