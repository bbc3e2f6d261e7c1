package org.smartcbs.core.tariff;

import java.math.BigDecimal;
import java.util.List;

/**
 * One energy price table, which applies while the period's total units are at most {@code upTo}.
 *
 * @param upTo total consumption up to which this schedule applies; {@code null} for no upper limit
 * @param method how the slabs price the units
 * @param slabs the ranges and their rates, limits rising, the last one open
 */
public record Schedule(BigDecimal upTo, SlabMethod method, List<Slab> slabs) {

    public Schedule {
        slabs = ModelLists.copy(slabs);
    }
}
