package org.smartcbs.core.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.smartcbs.core.money.Money;

/**
 * Allocates a payment over open items oldest first: the balance carried over, then the bills in date order, each
 * bill's late charge right after its bill. Each item is settled in full before the next one receives anything, and
 * what remains after the last item becomes a credit. Amounts are already in the minor unit, so no rounding occurs.
 * {@link AllocationOrder} names the other order an organisation can choose.
 */
public final class PaymentAllocation {

    private PaymentAllocation() {
    }

    /**
     * Allocates {@code payment} over {@code items} in {@link OpenItem#ALLOCATION_ORDER}, whatever order the list
     * has.
     *
     * @throws IllegalArgumentException if the payment is not positive, two items share a reference, or two items
     *     share both date and order so that neither is older
     */
    public static Allocation allocate(Money payment, List<OpenItem> items) {
        return allocate(payment, items, AllocationOrder.OLDEST_FIRST);
    }

    /**
     * Allocates {@code payment} over {@code items} in the given order, whatever order the list has.
     *
     * @throws IllegalArgumentException if the payment is not positive, two items share a reference, or two items
     *     share both date and order so that neither is older
     */
    public static Allocation allocate(Money payment, List<OpenItem> items, AllocationOrder order) {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(order, "order");
        if (!payment.isPositive()) {
            throw new IllegalArgumentException("payment " + payment + " must be positive");
        }
        List<OpenItem> oldestFirst = inAllocationOrder(items, order);
        List<AllocatedAmount> amounts = new ArrayList<>();
        Money remaining = payment;
        for (OpenItem item : oldestFirst) {
            if (remaining.isZero()) {
                break;
            }
            Money applied = remaining.min(item.outstanding());
            if (applied.isPositive()) {
                amounts.add(new AllocatedAmount(item.reference(), applied));
                remaining = remaining.minus(applied);
            }
        }
        return new Allocation(amounts, remaining);
    }

    /**
     * Returns {@code items} with each item's outstanding reduced by what {@code allocation} applied to it, in the
     * same order.
     *
     * @throws IllegalArgumentException if the allocation names an item that is not in the list or applies more
     *     than an item's outstanding
     */
    public static List<OpenItem> settle(List<OpenItem> items, Allocation allocation) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(allocation, "allocation");
        Map<String, Money> applied = new HashMap<>();
        for (AllocatedAmount amount : allocation.amounts()) {
            applied.merge(amount.reference(), amount.amount(), Money::plus);
        }
        List<OpenItem> result = new ArrayList<>(items.size());
        for (OpenItem item : items) {
            Money amount = applied.remove(item.reference());
            if (amount == null) {
                result.add(item);
            } else if (amount.compareTo(item.outstanding()) > 0) {
                throw new IllegalArgumentException("allocation applies " + amount + " to " + item.reference()
                        + ", more than its outstanding " + item.outstanding());
            } else {
                result.add(item.withOutstanding(item.outstanding().minus(amount)));
            }
        }
        if (!applied.isEmpty()) {
            throw new IllegalArgumentException("allocation names items that are not in the list: "
                    + applied.keySet());
        }
        return List.copyOf(result);
    }

    /**
     * Builds the reversal of an earlier allocation: every allocated amount is reopened on its item and the credit
     * is withdrawn.
     */
    public static Reversal reverse(Allocation earlier) {
        Objects.requireNonNull(earlier, "earlier");
        return new Reversal(earlier.amounts(), earlier.credit());
    }

    private static List<OpenItem> inAllocationOrder(List<OpenItem> items, AllocationOrder order) {
        List<OpenItem> sorted = new ArrayList<>(items);
        sorted.sort(order.comparator());
        Map<String, OpenItem> byReference = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            OpenItem item = sorted.get(i);
            if (byReference.put(item.reference(), item) != null) {
                throw new IllegalArgumentException("open item reference " + item.reference()
                        + " appears more than once");
            }
            if (i > 0 && order.comparator().compare(sorted.get(i - 1), item) == 0) {
                throw new IllegalArgumentException("open items " + sorted.get(i - 1).reference() + " and "
                        + item.reference() + " have the same date " + item.date() + " and order " + item.order()
                        + ", so neither is older. Give them different orders");
            }
        }
        return sorted;
    }
}
