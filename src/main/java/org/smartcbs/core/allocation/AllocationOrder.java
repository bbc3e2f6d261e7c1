package org.smartcbs.core.allocation;

import java.util.Comparator;

/** The order in which a payment settles a consumer's open items, set by {@code smartcbs.payments.allocation-order}. */
public enum AllocationOrder {

    /** The balance carried over, then the bills in date order, each bill's late charge right after its bill. */
    OLDEST_FIRST(OpenItem.ALLOCATION_ORDER),

    /** Every item other than a late charge oldest first, then the late charges oldest first. */
    LATE_CHARGES_LAST(Comparator.comparing(OpenItem::lateCharge).thenComparing(OpenItem.ALLOCATION_ORDER));

    private final Comparator<OpenItem> comparator;

    AllocationOrder(Comparator<OpenItem> comparator) {
        this.comparator = comparator;
    }

    /** Returns the comparator that puts the item to settle first at the start. */
    public Comparator<OpenItem> comparator() {
        return comparator;
    }
}
