package org.smartcbs.core.installments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.smartcbs.core.money.Money;

/**
 * The terms of an installment plan: a total, an optional down payment, and the installments of the rest.
 *
 * @param total the amount the plan pays off
 * @param downPayment the amount paid first, or {@link Money#ZERO} for none
 * @param count the number of installments after the down payment, at least 1
 * @param firstDueDate the due date of the first payment of the schedule, which is the down payment if there is one
 * @param interval the time between two due dates
 */
public record InstallmentPlanTerms(Money total, Money downPayment, int count, LocalDate firstDueDate,
        InstallmentInterval interval) {

    public InstallmentPlanTerms {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(downPayment, "downPayment");
        Objects.requireNonNull(firstDueDate, "firstDueDate");
        Objects.requireNonNull(interval, "interval");
        // Rejects terms whose amounts cannot be split, so that every instance has a schedule.
        InstallmentSplit.splitAfterDownPayment(total, downPayment, count);
    }

    /**
     * Builds the payment schedule. The amounts come from {@link InstallmentSplit#splitAfterDownPayment}. Payment
     * {@code k} of the schedule (counting from 0, the down payment included) is due on
     * {@code firstDueDate.plusMonths(k * interval.months())}, so every date keeps the first date's day of month
     * and is clamped only in shorter months: 31 January, 28 or 29 February, 31 March.
     */
    public List<Installment> schedule() {
        List<Money> amounts = InstallmentSplit.splitAfterDownPayment(total, downPayment, count);
        int firstNumber = downPayment.isZero() ? 1 : 0;
        List<Installment> schedule = new ArrayList<>(amounts.size());
        for (int k = 0; k < amounts.size(); k++) {
            LocalDate dueDate = firstDueDate.plusMonths((long) k * interval.months());
            schedule.add(new Installment(firstNumber + k, dueDate, amounts.get(k)));
        }
        return List.copyOf(schedule);
    }
}
