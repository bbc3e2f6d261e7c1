package org.smartcbs.core.duedates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The due date settings of a bill.
 *
 * <p>The due date is found in three steps. First, the earliest allowed date is {@code issueDate + minimumDays}.
 * Second, the basis places the due date on or after that date: {@code issueDate + days} pushed up to the earliest
 * date, or the first fixed day of a month on or after it. Third, with {@link NonWorkingDayAdjustment#NEXT_WORKING_DAY}
 * a due date on a weekend day or holiday moves forward to the next working day. The last step only moves forward,
 * so the due date is never before {@code issueDate + minimumDays}.
 *
 * @param basis how the due date is placed
 * @param minimumDays the fewest days between issue and due date, zero or more
 * @param calendar the weekend days and holidays
 * @param adjustment whether a due date on a non-working day moves
 */
public record DueDateRule(DueDateBasis basis, int minimumDays, WorkingCalendar calendar,
        NonWorkingDayAdjustment adjustment) {

    public DueDateRule {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(adjustment, "adjustment");
        if (minimumDays < 0) {
            throw new IllegalArgumentException("minimum days to the due date " + minimumDays + " is negative");
        }
    }

    /** Computes the due date of a bill issued on {@code issueDate}. */
    public LocalDate dueDate(LocalDate issueDate) {
        Objects.requireNonNull(issueDate, "issueDate");
        LocalDate earliest = issueDate.plusDays(minimumDays);
        LocalDate dueDate = basis.dueDate(issueDate, earliest);
        if (adjustment == NonWorkingDayAdjustment.NEXT_WORKING_DAY) {
            return calendar.onOrNextWorkingDay(dueDate);
        }
        return dueDate;
    }
}
