package org.smartcbs.core.tariff;

/**
 * The days of a billing period that one tariff version covers.
 *
 * @param tariff the version in force on those days
 * @param days number of days, positive
 */
public record TariffPeriodPart(Tariff tariff, int days) {

    public TariffPeriodPart {
        if (tariff == null) {
            throw new IllegalArgumentException("tariff: missing; a period part needs the tariff in force");
        }
        if (days <= 0) {
            throw new IllegalArgumentException("days: " + days + " is not positive; a period part covers one day or more");
        }
    }
}
