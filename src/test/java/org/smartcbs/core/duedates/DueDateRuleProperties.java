package org.smartcbs.core.duedates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DueDateRuleProperties {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    @Provide
    Arbitrary<LocalDate> issueDates() {
        return Arbitraries.integers().between(0, 365 * 6).map(START::plusDays);
    }

    @Provide
    Arbitrary<DueDateBasis> bases() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 60).map(DueDateBasis.DaysAfterIssue::new),
                Arbitraries.integers().between(1, 31).map(DueDateBasis.FixedDayOfMonth::new));
    }

    /** Up to six weekend days and a cluster of holidays in the years the issue dates cover. */
    @Provide
    Arbitrary<WorkingCalendar> calendars() {
        Arbitrary<Set<DayOfWeek>> weekend = Arbitraries.of(DayOfWeek.class).set().ofMaxSize(6);
        Arbitrary<Set<LocalDate>> holidays = Arbitraries.integers().between(0, 365 * 7).map(START::plusDays)
                .set().ofMaxSize(200);
        return Combinators.combine(weekend, holidays).as(WorkingCalendar::new);
    }

    @Property
    void neverBeforeMinimum(@ForAll("bases") DueDateBasis basis, @ForAll @IntRange(min = 0, max = 60) int minimumDays,
            @ForAll("calendars") WorkingCalendar calendar, @ForAll NonWorkingDayAdjustment adjustment,
            @ForAll("issueDates") LocalDate issueDate) {
        LocalDate dueDate = new DueDateRule(basis, minimumDays, calendar, adjustment).dueDate(issueDate);

        assertThat(dueDate).isAfterOrEqualTo(issueDate.plusDays(minimumDays));
    }

    @Property
    void movedDateIsWorkingDay(@ForAll("bases") DueDateBasis basis,
            @ForAll @IntRange(min = 0, max = 60) int minimumDays, @ForAll("calendars") WorkingCalendar calendar,
            @ForAll("issueDates") LocalDate issueDate) {
        DueDateRule rule = new DueDateRule(basis, minimumDays, calendar, NonWorkingDayAdjustment.NEXT_WORKING_DAY);
        DueDateRule unmoved = new DueDateRule(basis, minimumDays, calendar, NonWorkingDayAdjustment.NONE);

        LocalDate dueDate = rule.dueDate(issueDate);
        LocalDate placed = unmoved.dueDate(issueDate);

        assertThat(dueDate.getDayOfWeek()).isNotIn(calendar.weekendDays());
        assertThat(calendar.holidays()).doesNotContain(dueDate);
        // The move goes to the first working day, so every day skipped is a non-working day.
        for (LocalDate day = placed; day.isBefore(dueDate); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).isFalse();
        }
    }

    @Property
    void fixedDayIsThatDayOrMonthEnd(@ForAll @IntRange(min = 1, max = 31) int day,
            @ForAll @IntRange(min = 0, max = 60) int minimumDays, @ForAll("issueDates") LocalDate issueDate) {
        DueDateRule rule = new DueDateRule(new DueDateBasis.FixedDayOfMonth(day), minimumDays,
                new WorkingCalendar(EnumSet.noneOf(DayOfWeek.class), new HashSet<>()), NonWorkingDayAdjustment.NONE);

        LocalDate dueDate = rule.dueDate(issueDate);

        assertThat(dueDate.getDayOfMonth()).isEqualTo(Math.min(day, dueDate.lengthOfMonth()));
        // It is the first such day: the one a month earlier is before the earliest allowed date.
        LocalDate monthBefore = dueDate.minusMonths(1).withDayOfMonth(1);
        LocalDate previous = monthBefore.withDayOfMonth(Math.min(day, monthBefore.lengthOfMonth()));
        assertThat(previous).isBefore(issueDate.plusDays(minimumDays));
    }
}
