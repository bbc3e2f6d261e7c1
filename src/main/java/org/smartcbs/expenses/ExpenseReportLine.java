package org.smartcbs.expenses;

import org.smartcbs.core.money.Money;

/**
 * One line of the monthly expense report: the total of one expense type at one setup.
 *
 * @param setupCode the setup, or {@code null} for expenses of the organisation as a whole
 */
public record ExpenseReportLine(String expenseType, String setupCode, int count, Money total) {
}
