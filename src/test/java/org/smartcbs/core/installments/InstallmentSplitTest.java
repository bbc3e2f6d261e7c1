package org.smartcbs.core.installments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcbs.core.money.Money;

class InstallmentSplitTest {

    private static Money m(String amount) {
        return Money.of(amount);
    }

    @Test
    void twoInstallmentsRoundFirstHalfUp() {
        // 12870.59 / 2 = 6435.295, HALF_UP to 6435.30; the last is 12870.59 - 6435.30 = 6435.29.
        assertThat(InstallmentSplit.split(m("12870.59"), 2)).containsExactly(m("6435.30"), m("6435.29"));
    }

    @Test
    void threeInstallmentsOfHundred() {
        // 100.00 / 3 = 33.333..., HALF_UP to 33.33; the last is 100.00 - 2 * 33.33 = 33.34.
        assertThat(InstallmentSplit.split(m("100.00"), 3)).containsExactly(m("33.33"), m("33.33"), m("33.34"));
    }

    @Test
    void sevenInstallmentsOfSmallTotal() {
        // 5.47 / 7 = 0.78142..., HALF_UP to 0.78; 6 * 0.78 = 4.68, so the last is 5.47 - 4.68 = 0.79.
        List<Money> split = InstallmentSplit.split(m("5.47"), 7);
        assertThat(split).hasSize(7);
        assertThat(split.subList(0, 6)).containsOnly(m("0.78"));
        assertThat(split.get(6)).isEqualTo(m("0.79"));
    }

    @Test
    void singleInstallmentIsTotal() {
        assertThat(InstallmentSplit.split(m("0.01"), 1)).containsExactly(m("0.01"));
    }

    @Test
    void oneMinorUnitEach() {
        // 0.05 / 5 = 0.01 exactly, so every installment is the minimum.
        assertThat(InstallmentSplit.split(m("0.05"), 5)).containsOnly(m("0.01")).hasSize(5);
    }

    @Test
    void rejectsZeroLastInstallment() {
        // 0.10 / 6 = 0.0166..., HALF_UP to 0.02; 5 * 0.02 = 0.10 leaves 0.00 for the last.
        assertThatThrownBy(() -> InstallmentSplit.split(m("0.10"), 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.00")
                .hasMessageContaining("6 installments");
    }

    @Test
    void rejectsNegativeLastInstallment() {
        // 0.15 / 10 = 0.015, HALF_UP to 0.02; 9 * 0.02 = 0.18 would leave -0.03 for the last.
        assertThatThrownBy(() -> InstallmentSplit.split(m("0.15"), 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-0.03");
    }

    @Test
    void rejectsInstallmentBelowMinorUnit() {
        // 0.02 / 5 = 0.004, HALF_UP to 0.00.
        assertThatThrownBy(() -> InstallmentSplit.split(m("0.02"), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("below the minimum 0.01");
    }

    @Test
    void rejectsInvalidCountAndTotal() {
        assertThatThrownBy(() -> InstallmentSplit.split(m("10.00"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("installment count 0");
        assertThatThrownBy(() -> InstallmentSplit.split(m("0.00"), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("installment total 0.00");
        assertThatThrownBy(() -> InstallmentSplit.split(m("-5.00"), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("installment total -5.00");
    }

    @Test
    void downPaymentComesFirst() {
        // 1000.00 - 250.00 = 750.00 remains; 750.00 / 4 = 187.50 exactly.
        assertThat(InstallmentSplit.splitAfterDownPayment(m("1000.00"), m("250.00"), 4))
                .containsExactly(m("250.00"), m("187.50"), m("187.50"), m("187.50"), m("187.50"));
    }

    @Test
    void downPaymentThenRemainderLast() {
        // 12000.00 - 1000.01 = 10999.99; / 3 = 3666.663..., HALF_UP 3666.66, last 10999.99 - 7333.32 = 3666.67.
        assertThat(InstallmentSplit.splitAfterDownPayment(m("12000.00"), m("1000.01"), 3))
                .containsExactly(m("1000.01"), m("3666.66"), m("3666.66"), m("3666.67"));
    }

    @Test
    void zeroDownPaymentIsPlainSplit() {
        assertThat(InstallmentSplit.splitAfterDownPayment(m("100.00"), Money.ZERO, 3))
                .isEqualTo(InstallmentSplit.split(m("100.00"), 3));
    }

    @Test
    void rejectsInvalidDownPayment() {
        assertThatThrownBy(() -> InstallmentSplit.splitAfterDownPayment(m("100.00"), m("100.00"), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("down payment 100.00 must be below the total 100.00");
        assertThatThrownBy(() -> InstallmentSplit.splitAfterDownPayment(m("100.00"), m("-1.00"), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("down payment -1.00 is negative");
    }
}
