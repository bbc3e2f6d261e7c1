package org.smartcbs.core.installments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.smartcbs.core.money.Money;

class InstallmentSplitProperties {

    private static boolean splits(Money total, int count) {
        try {
            InstallmentSplit.split(total, count);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Property
    void addsUpToTotal(@ForAll @BigRange(min = "0.01", max = "10000000") @Scale(2) BigDecimal amount,
            @ForAll @IntRange(min = 1, max = 120) int count) {
        Money total = Money.of(amount);
        Assume.that(splits(total, count));

        List<Money> split = InstallmentSplit.split(total, count);

        assertThat(split).hasSize(count);
        assertThat(split.stream().reduce(Money.ZERO, Money::plus)).isEqualTo(total);
    }

    @Property
    void allButLastAreEqual(@ForAll @BigRange(min = "0.01", max = "10000000") @Scale(2) BigDecimal amount,
            @ForAll @IntRange(min = 2, max = 120) int count) {
        Money total = Money.of(amount);
        Assume.that(splits(total, count));

        List<Money> split = InstallmentSplit.split(total, count);
        Money regular = split.get(0);
        Money last = split.get(count - 1);

        assertThat(split.subList(0, count - 1)).containsOnly(regular);
        // regular = total / count rounded HALF_UP, so it is within 0.005 of the exact share.
        BigDecimal exactShare = amount.divide(BigDecimal.valueOf(count), 10, RoundingMode.HALF_UP);
        assertThat(regular.amount().subtract(exactShare).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        assertThat(last).isEqualTo(total.minus(Money.of(regular.amount().multiply(BigDecimal.valueOf(count - 1)))));
        assertThat(last.compareTo(InstallmentSplit.MINIMUM_INSTALLMENT)).isGreaterThanOrEqualTo(0);
    }

    @Property
    void twoInstallmentsDifferByAtMostCent(
            @ForAll @BigRange(min = "0.01", max = "10000000") @Scale(2) BigDecimal amount,
            @ForAll @IntRange(min = 1, max = 2) int count) {
        // With one or two installments the last is within 0.01 of the others.
        Money total = Money.of(amount);
        Assume.that(splits(total, count));

        List<Money> split = InstallmentSplit.split(total, count);

        assertThat(split.get(0).minus(split.get(count - 1)).amount().abs())
                .isLessThanOrEqualTo(new BigDecimal("0.01"));
    }

    @Property
    void rejectsOnlySplitsBelowMinimum(@ForAll @BigRange(min = "0.01", max = "2.00") @Scale(2) BigDecimal amount,
            @ForAll @IntRange(min = 1, max = 400) int count) {
        Money total = Money.of(amount);
        Money regular = Money.of(amount.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP));
        Money last = total.minus(Money.of(regular.amount().multiply(BigDecimal.valueOf(count - 1))));
        boolean lastValid = last.compareTo(Money.of("0.01")) >= 0;
        boolean regularValid = count == 1 || regular.compareTo(Money.of("0.01")) >= 0;
        boolean valid = lastValid && regularValid;

        if (valid) {
            assertThat(InstallmentSplit.split(total, count)).allMatch(Money::isPositive);
        } else {
            assertThatThrownBy(() -> InstallmentSplit.split(total, count))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property
    void downPaymentPlusInstallmentsIsTotal(
            @ForAll @BigRange(min = "1.00", max = "1000000") @Scale(2) BigDecimal amount,
            @ForAll @BigRange(min = "0", max = "0.99") @Scale(2) BigDecimal downFraction,
            @ForAll @IntRange(min = 1, max = 36) int count) {
        Money total = Money.of(amount);
        Money downPayment = Money.of(amount.multiply(downFraction));
        Assume.that(downPayment.compareTo(total) < 0);
        Assume.that(splits(total.minus(downPayment), count));

        List<Money> amounts = InstallmentSplit.splitAfterDownPayment(total, downPayment, count);

        assertThat(amounts.stream().reduce(Money.ZERO, Money::plus)).isEqualTo(total);
        assertThat(amounts).hasSize(downPayment.isZero() ? count : count + 1);
        if (downPayment.isPositive()) {
            assertThat(amounts.get(0)).isEqualTo(downPayment);
        }
    }
}
