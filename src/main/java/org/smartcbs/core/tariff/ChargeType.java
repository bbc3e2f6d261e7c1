package org.smartcbs.core.tariff;

/** The kind of a bill line other than energy, which fixes the fields a {@link Charge} needs. */
public enum ChargeType {

    /** An amount, or the amount of the band containing the total units; optionally prorated by period days. */
    FIXED,

    /** A rate, or the rate of the band containing the total units, times the total units. */
    PER_UNIT,

    /** A percentage, or the percentage of the band containing the total units, of the sum of earlier lines. */
    PERCENT,

    /** The amount by which the sum of earlier lines falls below a minimum, else zero. */
    MINIMUM
}
