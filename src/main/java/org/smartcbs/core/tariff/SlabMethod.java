package org.smartcbs.core.tariff;

/** Rule by which the slabs of a schedule turn the period's total units into energy lines. */
public enum SlabMethod {

    /** Graduated: the units inside each slab are priced at that slab's rate. */
    TELESCOPIC,

    /** Single slab: all units are priced at the rate of the slab that contains the total. */
    NON_TELESCOPIC,

    /**
     * The units up to the upper limit of the slab below the containing one are priced at that lower slab's rate,
     * the rest at the containing slab's rate. In the first slab all units take its rate.
     */
    PREVIOUS_SLAB_BENEFIT
}
