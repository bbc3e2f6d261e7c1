package org.smartcbs.tariffs;

import java.time.LocalDate;

import org.smartcbs.core.tariff.Tariff;

/**
 * A stored version of a tariff: one imported tariff file, identified by its code and first effective day.
 *
 * @param effectiveTo the last day it applies to, or {@code null} while open-ended
 */
public record TariffVersion(long id, String code, LocalDate effectiveFrom, LocalDate effectiveTo, Tariff tariff) {

    /** Returns whether the version applies on the given day. */
    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
