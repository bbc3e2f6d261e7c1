package org.smartcbs.core.allocation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

import org.smartcbs.core.money.Money;

/**
 * An unpaid item of a consumer account that a payment can settle: the balance carried over, a bill, or a late
 * charge.
 *
 * <p>Payments settle items in ascending {@link #ALLOCATION_ORDER}, which is by date and then by {@code order}. A
 * late charge follows its bill when it carries the bill's date and a higher {@code order}.
 *
 * @param reference the item's identifier, such as a bill number
 * @param date the date that places the item in time
 * @param order position among items of the same date, lower first
 * @param outstanding the amount still to be paid, zero or more
 * @param lateCharge whether the item is a late charge, which {@link AllocationOrder#LATE_CHARGES_LAST} settles
 *     after every other item
 */
public record OpenItem(String reference, LocalDate date, int order, Money outstanding, boolean lateCharge) {

    /** Oldest first: by date, then by {@code order}. */
    public static final Comparator<OpenItem> ALLOCATION_ORDER =
            Comparator.comparing(OpenItem::date).thenComparingInt(OpenItem::order);

    public OpenItem {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outstanding, "outstanding");
        if (reference.isBlank()) {
            throw new IllegalArgumentException("open item reference is blank");
        }
        if (outstanding.isNegative()) {
            throw new IllegalArgumentException("open item " + reference + " outstanding " + outstanding
                    + " is negative");
        }
    }

    /** Creates an item that is not a late charge. */
    public OpenItem(String reference, LocalDate date, int order, Money outstanding) {
        this(reference, date, order, outstanding, false);
    }

    /** Returns this item with {@code outstanding} replaced. */
    public OpenItem withOutstanding(Money newOutstanding) {
        return new OpenItem(reference, date, order, newOutstanding, lateCharge);
    }
}
