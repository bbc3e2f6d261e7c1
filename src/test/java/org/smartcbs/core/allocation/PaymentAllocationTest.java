package org.smartcbs.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcbs.core.money.Money;

class PaymentAllocationTest {

    private static final OpenItem CARRIED = new OpenItem("BALANCE", LocalDate.of(2026, 9, 30), 0, Money.of("150.00"));
    private static final OpenItem OCTOBER = new OpenItem("BILL-10", LocalDate.of(2026, 10, 1), 0, Money.of("400.00"));
    private static final OpenItem OCTOBER_LATE =
            new OpenItem("LATE-10", LocalDate.of(2026, 10, 1), 1, Money.of("20.00"));
    private static final OpenItem NOVEMBER = new OpenItem("BILL-11", LocalDate.of(2026, 11, 1), 0, Money.of("380.00"));

    private static final List<OpenItem> ITEMS = List.of(NOVEMBER, OCTOBER_LATE, CARRIED, OCTOBER);

    @Test
    void lateChargesLastSettlesEveryBillFirst() {
        OpenItem lateCharge = new OpenItem("LATE-10", LocalDate.of(2026, 10, 1), 1, Money.of("20.00"), true);
        List<OpenItem> items = List.of(NOVEMBER, lateCharge, CARRIED, OCTOBER);

        // 150.00 + 400.00 + 380.00 = 930.00 for the balance and both bills; 940.00 leaves 10.00 for the late charge.
        Allocation lateLast = PaymentAllocation.allocate(Money.of("940.00"), items, AllocationOrder.LATE_CHARGES_LAST);
        // Oldest first, the late charge follows its bill: 150.00 + 400.00 + 20.00 = 570.00, so 370.00 is left for
        // the November bill.
        Allocation oldestFirst = PaymentAllocation.allocate(Money.of("940.00"), items, AllocationOrder.OLDEST_FIRST);

        assertThat(lateLast.amounts()).containsExactly(
                new AllocatedAmount("BALANCE", Money.of("150.00")),
                new AllocatedAmount("BILL-10", Money.of("400.00")),
                new AllocatedAmount("BILL-11", Money.of("380.00")),
                new AllocatedAmount("LATE-10", Money.of("10.00")));
        assertThat(oldestFirst.amounts()).containsExactly(
                new AllocatedAmount("BALANCE", Money.of("150.00")),
                new AllocatedAmount("BILL-10", Money.of("400.00")),
                new AllocatedAmount("LATE-10", Money.of("20.00")),
                new AllocatedAmount("BILL-11", Money.of("370.00")));
    }

    @Test
    void partialPaymentFillsOldestFirst() {
        // 500.00 settles the balance 150.00, leaving 350.00 of the 400.00 October bill.
        Allocation allocation = PaymentAllocation.allocate(Money.of("500.00"), ITEMS);

        assertThat(allocation.amounts()).containsExactly(
                new AllocatedAmount("BALANCE", Money.of("150.00")),
                new AllocatedAmount("BILL-10", Money.of("350.00")));
        assertThat(allocation.credit()).isEqualTo(Money.ZERO);
    }

    @Test
    void lateChargeFollowsItsBill() {
        // 150.00 + 400.00 = 550.00; the remaining 10.00 goes to the October late charge before the November bill.
        Allocation allocation = PaymentAllocation.allocate(Money.of("560.00"), ITEMS);

        assertThat(allocation.amounts()).containsExactly(
                new AllocatedAmount("BALANCE", Money.of("150.00")),
                new AllocatedAmount("BILL-10", Money.of("400.00")),
                new AllocatedAmount("LATE-10", Money.of("10.00")));
    }

    @Test
    void overpaymentBecomesCredit() {
        // The items total 150.00 + 400.00 + 20.00 + 380.00 = 950.00, so 1000.00 leaves a credit of 50.00.
        Allocation allocation = PaymentAllocation.allocate(Money.of("1000.00"), ITEMS);

        assertThat(allocation.amounts()).extracting(AllocatedAmount::reference)
                .containsExactly("BALANCE", "BILL-10", "LATE-10", "BILL-11");
        assertThat(allocation.allocated()).isEqualTo(Money.of("950.00"));
        assertThat(allocation.credit()).isEqualTo(Money.of("50.00"));
        assertThat(allocation.payment()).isEqualTo(Money.of("1000.00"));
    }

    @Test
    void noItemsMakesAllCredit() {
        Allocation allocation = PaymentAllocation.allocate(Money.of("75.25"), List.of());

        assertThat(allocation.amounts()).isEmpty();
        assertThat(allocation.credit()).isEqualTo(Money.of("75.25"));
    }

    @Test
    void settledItemsAreSkipped() {
        OpenItem paid = CARRIED.withOutstanding(Money.ZERO);

        Allocation allocation = PaymentAllocation.allocate(Money.of("100.00"), List.of(paid, OCTOBER));

        assertThat(allocation.amounts()).containsExactly(new AllocatedAmount("BILL-10", Money.of("100.00")));
    }

    @Test
    void settleReducesOutstanding() {
        Allocation allocation = PaymentAllocation.allocate(Money.of("500.00"), ITEMS);

        List<OpenItem> remaining = PaymentAllocation.settle(ITEMS, allocation);

        // 400.00 - 350.00 = 50.00 remains on the October bill; the balance is settled.
        assertThat(remaining).containsExactly(NOVEMBER, OCTOBER_LATE, CARRIED.withOutstanding(Money.ZERO),
                OCTOBER.withOutstanding(Money.of("50.00")));
    }

    @Test
    void reversalReopensAllocatedAmounts() {
        Allocation allocation = PaymentAllocation.allocate(Money.of("1000.00"), ITEMS);
        List<OpenItem> settled = PaymentAllocation.settle(ITEMS, allocation);

        Reversal reversal = PaymentAllocation.reverse(allocation);

        assertThat(reversal.reopened()).isEqualTo(allocation.amounts());
        assertThat(reversal.creditWithdrawn()).isEqualTo(Money.of("50.00"));
        assertThat(reversal.applyTo(settled)).isEqualTo(ITEMS);
    }

    @Test
    void reversalRejectsUnknownItem() {
        Reversal reversal = new Reversal(List.of(new AllocatedAmount("BILL-99", Money.of("5.00"))), Money.ZERO);

        assertThatThrownBy(() -> reversal.applyTo(ITEMS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BILL-99");
    }

    @Test
    void settleRejectsMoreThanOutstanding() {
        Allocation tooMuch = new Allocation(List.of(new AllocatedAmount("LATE-10", Money.of("20.01"))), Money.ZERO);

        assertThatThrownBy(() -> PaymentAllocation.settle(ITEMS, tooMuch))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than its outstanding 20.00");
    }

    @Test
    void rejectsInvalidPaymentAndItems() {
        assertThatThrownBy(() -> PaymentAllocation.allocate(Money.ZERO, ITEMS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("payment 0.00 must be positive");
        OpenItem sameSlot = new OpenItem("OTHER", OCTOBER.date(), OCTOBER.order(), Money.of("1.00"));
        assertThatThrownBy(() -> PaymentAllocation.allocate(Money.of("1.00"), List.of(OCTOBER, sameSlot)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same date 2026-10-01 and order 0");
        OpenItem sameReference = new OpenItem("BILL-10", NOVEMBER.date(), 0, Money.of("1.00"));
        assertThatThrownBy(() -> PaymentAllocation.allocate(Money.of("1.00"), List.of(OCTOBER, sameReference)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BILL-10 appears more than once");
        assertThatThrownBy(() -> new OpenItem("BILL-1", OCTOBER.date(), 0, Money.of("-1.00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outstanding -1.00 is negative");
    }
}
