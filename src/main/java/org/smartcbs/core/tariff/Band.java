package org.smartcbs.core.tariff;

import java.math.BigDecimal;

/**
 * One range of a charge's bands: the amount (FIXED) or rate (PER_UNIT, PERCENT) that applies when the total
 * units fall in it.
 *
 * @param upTo upper limit in units, included in this band; {@code null} for no upper limit
 * @param value the amount or the rate, as the charge type reads it
 */
public record Band(BigDecimal upTo, BigDecimal value) {
}
