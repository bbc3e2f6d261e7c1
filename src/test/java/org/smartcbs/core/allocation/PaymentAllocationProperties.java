package org.smartcbs.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.smartcbs.core.money.Money;

class PaymentAllocationProperties {

    /** Items with distinct references and distinct (date, order) slots, in shuffled order. */
    @Provide
    Arbitrary<List<OpenItem>> items() {
        Arbitrary<BigDecimal> outstanding = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000"))
                .ofScale(2);
        return outstanding.list().ofMaxSize(12).flatMap(amounts -> Arbitraries.randoms().map(random -> {
            List<OpenItem> list = new ArrayList<>();
            LocalDate date = LocalDate.of(2026, 1, 1);
            for (int i = 0; i < amounts.size(); i++) {
                // Every second item shares its predecessor's date, as a late charge shares its bill's date.
                if (i % 2 == 0) {
                    date = date.plusDays(1 + random.nextInt(40));
                }
                list.add(new OpenItem("ITEM-" + i, date, i % 2, Money.of(amounts.get(i))));
            }
            Collections.shuffle(list, random);
            return list;
        }));
    }

    @Property
    void allocatedPlusCreditIsPayment(@ForAll @BigRange(min = "0.01", max = "30000") @Scale(2) BigDecimal amount,
            @ForAll("items") List<OpenItem> items) {
        Money payment = Money.of(amount);

        Allocation allocation = PaymentAllocation.allocate(payment, items);

        assertThat(allocation.allocated().plus(allocation.credit())).isEqualTo(payment);
        assertThat(allocation.allocated().compareTo(payment)).isLessThanOrEqualTo(0);
        assertThat(allocation.credit().isNegative()).isFalse();
    }

    @Property
    void neverMoreThanOutstanding(@ForAll @BigRange(min = "0.01", max = "30000") @Scale(2) BigDecimal amount,
            @ForAll("items") List<OpenItem> items) {
        Map<String, Money> outstanding = new HashMap<>();
        items.forEach(item -> outstanding.put(item.reference(), item.outstanding()));

        Allocation allocation = PaymentAllocation.allocate(Money.of(amount), items);

        for (AllocatedAmount allocated : allocation.amounts()) {
            assertThat(allocated.amount().compareTo(outstanding.get(allocated.reference())))
                    .isLessThanOrEqualTo(0);
        }
    }

    @Property
    void fillsStrictlyOldestFirst(@ForAll @BigRange(min = "0.01", max = "30000") @Scale(2) BigDecimal amount,
            @ForAll("items") List<OpenItem> items) {
        List<OpenItem> oldestFirst = new ArrayList<>(items);
        oldestFirst.sort(OpenItem.ALLOCATION_ORDER);
        Allocation allocation = PaymentAllocation.allocate(Money.of(amount), items);
        Map<String, Money> applied = new HashMap<>();
        allocation.amounts().forEach(a -> applied.put(a.reference(), a.amount()));

        boolean unfilledSeen = false;
        for (OpenItem item : oldestFirst) {
            Money received = applied.getOrDefault(item.reference(), Money.ZERO);
            if (unfilledSeen) {
                // Once an item is left partly unpaid, no later item receives anything.
                assertThat(received).isEqualTo(Money.ZERO);
            } else if (received.compareTo(item.outstanding()) < 0) {
                unfilledSeen = true;
            }
        }
        if (allocation.credit().isPositive()) {
            assertThat(unfilledSeen).isFalse();
        }
        List<String> order = oldestFirst.stream().map(OpenItem::reference).filter(applied::containsKey).toList();
        assertThat(allocation.amounts()).extracting(AllocatedAmount::reference).containsExactlyElementsOf(order);
    }

    @Property
    void reversalRestoresItems(@ForAll @BigRange(min = "0.01", max = "30000") @Scale(2) BigDecimal amount,
            @ForAll("items") List<OpenItem> items) {
        Allocation allocation = PaymentAllocation.allocate(Money.of(amount), items);
        List<OpenItem> settled = PaymentAllocation.settle(items, allocation);

        Reversal reversal = PaymentAllocation.reverse(allocation);

        assertThat(reversal.applyTo(settled)).isEqualTo(items);
        assertThat(reversal.creditWithdrawn()).isEqualTo(allocation.credit());
    }
}
