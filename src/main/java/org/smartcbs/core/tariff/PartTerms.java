package org.smartcbs.core.tariff;

/**
 * Pricing terms of one period, or of one tariff version's part of a split period.
 *
 * @param periodDays days of this period or part
 * @param limitDays days the limits are written for, so they are scaled to
 *     {@code limit × periodDays / limitDays}. With 0 they stay as written
 * @param shareDays numerator of the share of a non-prorated FIXED amount and of a MINIMUM amount, or 0 for the whole
 * @param wholeDays denominator of that share, the days of the whole billing period
 * @param roundTotal whether the tariff's total rounding adds a ROUNDING line to this quote
 */
record PartTerms(int periodDays, int limitDays, int shareDays, int wholeDays, boolean roundTotal) {

    static PartTerms wholePeriod(int periodDays, int basisDays) {
        return new PartTerms(periodDays, basisDays, 0, 0, true);
    }

    boolean shared() {
        return shareDays != 0 && shareDays != wholeDays;
    }
}
