package org.smartcbs.core.tariff;

/**
 * The {@code rounding} object of a tariff.
 *
 * @param lines rounding of each line's amount when it is computed; {@code null} means the currency's minor unit
 *     with HALF_UP
 * @param total rounding of the bill total, whose difference becomes a ROUNDING line; {@code null} means the total
 *     is not rounded
 */
public record BillRounding(Rounding lines, Rounding total) {

    /** No rounding beyond the default for lines. */
    public static final BillRounding DEFAULT = new BillRounding(null, null);
}
