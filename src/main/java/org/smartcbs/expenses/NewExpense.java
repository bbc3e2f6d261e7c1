package org.smartcbs.expenses;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An expense to record.
 *
 * @param setupCode the setup it was spent on, or {@code null}
 */
public record NewExpense(String expenseType, LocalDate spentOn, BigDecimal amount, String payee, String reference,
        String note, String setupCode) {
}
