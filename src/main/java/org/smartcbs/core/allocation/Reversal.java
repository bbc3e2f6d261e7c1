package org.smartcbs.core.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.smartcbs.core.money.Money;

/**
 * The undoing of an earlier allocation, as when a payment is reversed or its cheque is returned.
 *
 * @param reopened the amount to add back to each item's outstanding, in the order of the earlier allocation
 * @param creditWithdrawn the credit the earlier allocation created, which is taken back from the account
 */
public record Reversal(List<AllocatedAmount> reopened, Money creditWithdrawn) {

    public Reversal {
        Objects.requireNonNull(reopened, "reopened");
        Objects.requireNonNull(creditWithdrawn, "creditWithdrawn");
        reopened = List.copyOf(reopened);
        if (creditWithdrawn.isNegative()) {
            throw new IllegalArgumentException("withdrawn credit " + creditWithdrawn + " is negative");
        }
    }

    /**
     * Returns {@code items} with the reopened amounts added back to their outstanding, in the same order.
     *
     * @throws IllegalArgumentException if a reopened reference is not among the items, or appears more than once
     */
    public List<OpenItem> applyTo(List<OpenItem> items) {
        Objects.requireNonNull(items, "items");
        Map<String, Money> additions = new HashMap<>();
        for (AllocatedAmount amount : reopened) {
            additions.merge(amount.reference(), amount.amount(), Money::plus);
        }
        List<OpenItem> result = new ArrayList<>(items.size());
        for (OpenItem item : items) {
            Money addition = additions.remove(item.reference());
            result.add(addition == null ? item : item.withOutstanding(item.outstanding().plus(addition)));
        }
        if (!additions.isEmpty()) {
            throw new IllegalArgumentException("reversal reopens items that are not in the list: "
                    + additions.keySet());
        }
        return List.copyOf(result);
    }
}
