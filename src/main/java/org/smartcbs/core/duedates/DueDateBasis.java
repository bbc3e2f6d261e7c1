package org.smartcbs.core.duedates;

import java.time.LocalDate;
import java.time.YearMonth;

/** The placement of a bill's due date, before the minimum days and non-working days apply. */
public sealed interface DueDateBasis {

    /**
     * Returns the first due date the basis allows on or after {@code earliest}, for a bill issued on
     * {@code issueDate}.
     */
    LocalDate dueDate(LocalDate issueDate, LocalDate earliest);

    /**
     * A due date a number of days after the issue date.
     *
     * @param days days added to the issue date, zero or more
     */
    record DaysAfterIssue(int days) implements DueDateBasis {

        public DaysAfterIssue {
            if (days < 0) {
                throw new IllegalArgumentException("days after issue " + days + " is negative");
            }
        }

        /** Returns {@code issueDate + days}, or {@code earliest} when that is later. */
        @Override
        public LocalDate dueDate(LocalDate issueDate, LocalDate earliest) {
            LocalDate date = issueDate.plusDays(days);
            return date.isBefore(earliest) ? earliest : date;
        }
    }

    /**
     * A due date on a fixed day of a month. In a month shorter than {@code dayOfMonth} the due date is the month's
     * last day, so day 31 is 28 or 29 February and 30 April.
     *
     * @param dayOfMonth from 1 to 31
     */
    record FixedDayOfMonth(int dayOfMonth) implements DueDateBasis {

        public FixedDayOfMonth {
            if (dayOfMonth < 1 || dayOfMonth > 31) {
                throw new IllegalArgumentException("due day of month " + dayOfMonth + " must be from 1 to 31");
            }
        }

        /** Returns the first such day on or after {@code earliest}, which is in its month or the next. */
        @Override
        public LocalDate dueDate(LocalDate issueDate, LocalDate earliest) {
            YearMonth month = YearMonth.from(earliest);
            LocalDate candidate = dayIn(month);
            return candidate.isBefore(earliest) ? dayIn(month.plusMonths(1)) : candidate;
        }

        private LocalDate dayIn(YearMonth month) {
            return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
        }
    }
}
