package org.smartcbs.documents;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One priced line of a bill, with the figures the bill prints to show how its amount was reached.
 *
 * @param code {@code ENERGY}, a charge's code, or {@code ROUNDING}
 * @param description the line's text as the tariff names it
 * @param quantity units priced, {@code null} on lines not priced per unit
 * @param rate price per unit, or the percentage on a line taken as a percentage of {@code base};
 *     {@code null} otherwise
 * @param rangeFrom lower limit, excluded, of the units an energy line prices; {@code null} on other lines
 * @param rangeTo upper limit, included, of that range; {@code null} on other lines and on an open last slab
 * @param base the sum a percentage or minimum is taken of, or the amount a prorated line is taken from;
 *     {@code null} otherwise
 * @param amount the line's amount; the bill prints it rounded to two decimals
 */
public record BillDocumentLine(
        String code,
        String description,
        BigDecimal quantity,
        BigDecimal rate,
        BigDecimal rangeFrom,
        BigDecimal rangeTo,
        BigDecimal base,
        BigDecimal amount) {

    public BillDocumentLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(amount, "amount");
    }
}
