package org.smartcbs.core.installments;

import java.time.LocalDate;
import java.util.Objects;

import org.smartcbs.core.money.Money;

/**
 * One payment of an installment plan.
 *
 * @param number 0 for the down payment, then 1, 2, ... for the installments
 * @param dueDate the date by which the amount is due
 * @param amount the amount due, at least 0.01
 */
public record Installment(int number, LocalDate dueDate, Money amount) {

    public Installment {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        if (number < 0) {
            throw new IllegalArgumentException("installment number " + number + " is negative");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("installment " + number + " amount " + amount + " must be positive");
        }
    }

    public boolean isDownPayment() {
        return number == 0;
    }
}
