package org.smartcbs.billing;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The days of a billing month whose readings the month's bills use, both days included. A reading dated after
 * {@code to} waits for the next month's bill.
 */
public record ReadingWindow(LocalDate from, LocalDate to) {

    /**
     * Returns the window from day {@code fromDay} to day {@code toDay} of {@code month}. A day past the month's
     * end stands for its last day, so days 25 to 31 are 25 to 28 in a common February.
     */
    public static ReadingWindow of(YearMonth month, int fromDay, int toDay) {
        return new ReadingWindow(month.atDay(Math.min(fromDay, month.lengthOfMonth())),
                month.atDay(Math.min(toDay, month.lengthOfMonth())));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
