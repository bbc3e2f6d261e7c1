package org.smartcbs.core.duedates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The days on which payments are not taken: weekend days and holidays.
 *
 * @param weekendDays days of the week that are not working days, such as SATURDAY and SUNDAY, or FRIDAY. At
 *     most six are allowed, so that every week has a working day
 * @param holidays dates that are not working days
 */
public record WorkingCalendar(Set<DayOfWeek> weekendDays, Set<LocalDate> holidays) {

    public WorkingCalendar {
        Objects.requireNonNull(weekendDays, "weekendDays");
        Objects.requireNonNull(holidays, "holidays");
        weekendDays = Set.copyOf(weekendDays);
        holidays = Set.copyOf(holidays);
        if (weekendDays.size() == DayOfWeek.values().length) {
            throw new IllegalArgumentException("weekend days " + weekendDays + " leave no working day in the week");
        }
    }

    public boolean isWorkingDay(LocalDate date) {
        return !weekendDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** Returns {@code date} if it is a working day, otherwise the first working day after it. */
    public LocalDate onOrNextWorkingDay(LocalDate date) {
        LocalDate day = date;
        // Ends because every week has a working day and the holidays are finite.
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
