package org.smartcbs.core.tariff;

import java.math.BigDecimal;

/**
 * One range of a schedule and its price per unit.
 *
 * @param upTo upper limit in units, included in this slab; {@code null} for no upper limit
 * @param rate price per unit in the tariff's currency
 */
public record Slab(BigDecimal upTo, BigDecimal rate) {
}
