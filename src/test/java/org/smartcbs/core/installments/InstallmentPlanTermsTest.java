package org.smartcbs.core.installments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcbs.core.money.Money;

class InstallmentPlanTermsTest {

    @Test
    void monthlyScheduleWithoutDownPayment() {
        InstallmentPlanTerms terms = new InstallmentPlanTerms(Money.of("100.00"), Money.ZERO, 3,
                LocalDate.of(2026, 5, 10), InstallmentInterval.MONTHLY);

        assertThat(terms.schedule()).containsExactly(
                new Installment(1, LocalDate.of(2026, 5, 10), Money.of("33.33")),
                new Installment(2, LocalDate.of(2026, 6, 10), Money.of("33.33")),
                new Installment(3, LocalDate.of(2026, 7, 10), Money.of("33.34")));
    }

    @Test
    void downPaymentIsNumberZeroOnFirstDate() {
        // 500.00 - 100.00 = 400.00 remains; 400.00 / 2 = 200.00.
        InstallmentPlanTerms terms = new InstallmentPlanTerms(Money.of("500.00"), Money.of("100.00"), 2,
                LocalDate.of(2026, 11, 15), InstallmentInterval.MONTHLY);

        List<Installment> schedule = terms.schedule();

        assertThat(schedule).containsExactly(
                new Installment(0, LocalDate.of(2026, 11, 15), Money.of("100.00")),
                new Installment(1, LocalDate.of(2026, 12, 15), Money.of("200.00")),
                new Installment(2, LocalDate.of(2027, 1, 15), Money.of("200.00")));
        assertThat(schedule.get(0).isDownPayment()).isTrue();
        assertThat(schedule.get(1).isDownPayment()).isFalse();
    }

    @Test
    void monthEndKeepsOriginalDay() {
        // Each date is 31 January plus k months, so February clamps and March is the 31st again.
        InstallmentPlanTerms common = new InstallmentPlanTerms(Money.of("300.00"), Money.ZERO, 4,
                LocalDate.of(2026, 1, 31), InstallmentInterval.MONTHLY);
        InstallmentPlanTerms leap = new InstallmentPlanTerms(Money.of("300.00"), Money.ZERO, 3,
                LocalDate.of(2028, 1, 31), InstallmentInterval.MONTHLY);

        assertThat(common.schedule()).extracting(Installment::dueDate).containsExactly(
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 30));
        assertThat(leap.schedule()).extracting(Installment::dueDate).containsExactly(
                LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31));
    }

    @Test
    void quarterlyInterval() {
        InstallmentPlanTerms terms = new InstallmentPlanTerms(Money.of("90.00"), Money.ZERO, 3,
                LocalDate.of(2026, 11, 30), InstallmentInterval.QUARTERLY);

        assertThat(terms.schedule()).extracting(Installment::dueDate).containsExactly(
                LocalDate.of(2026, 11, 30), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 5, 30));
    }

    @Test
    void rejectsTermsThatCannotSplit() {
        assertThatThrownBy(() -> new InstallmentPlanTerms(Money.of("0.10"), Money.ZERO, 6,
                LocalDate.of(2026, 1, 1), InstallmentInterval.MONTHLY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be split into 6 installments");
    }
}
