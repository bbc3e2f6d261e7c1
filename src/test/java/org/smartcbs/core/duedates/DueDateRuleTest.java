package org.smartcbs.core.duedates;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcbs.core.duedates.DueDateBasis.DaysAfterIssue;
import org.smartcbs.core.duedates.DueDateBasis.FixedDayOfMonth;

class DueDateRuleTest {

    private static final WorkingCalendar NO_DAYS_OFF = new WorkingCalendar(Set.of(), Set.of());
    private static final WorkingCalendar SATURDAY_SUNDAY = new WorkingCalendar(Set.of(SATURDAY, SUNDAY), Set.of());

    private static DueDateRule rule(DueDateBasis basis, int minimumDays, WorkingCalendar calendar) {
        return new DueDateRule(basis, minimumDays, calendar, NonWorkingDayAdjustment.NEXT_WORKING_DAY);
    }

    @Test
    void thirtyDaysInCommonYear() {
        // 31 January 2026 + 28 days is 28 February, + 2 more is 2 March (a Monday).
        assertThat(rule(new DaysAfterIssue(30), 0, SATURDAY_SUNDAY).dueDate(LocalDate.of(2026, 1, 31)))
                .isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void thirtyDaysInLeapYear() {
        // 31 January 2028 + 29 days is 29 February, + 1 more is 1 March (a Wednesday).
        assertThat(rule(new DaysAfterIssue(30), 0, SATURDAY_SUNDAY).dueDate(LocalDate.of(2028, 1, 31)))
                .isEqualTo(LocalDate.of(2028, 3, 1));
    }

    @Test
    void leapDayIsValidDueDate() {
        // 30 January 2028 + 1 day is 31 January, + 29 more is 29 February 2028 (a Tuesday).
        assertThat(rule(new DaysAfterIssue(30), 0, SATURDAY_SUNDAY).dueDate(LocalDate.of(2028, 1, 30)))
                .isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(rule(new FixedDayOfMonth(29), 7, SATURDAY_SUNDAY).dueDate(LocalDate.of(2028, 2, 1)))
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void fixedDay31InFebruaryClampsToMonthEnd() {
        // 5 February 2026 + 10 minimum days = 15 February; day 31 clamps to 28 February.
        DueDateRule stays = new DueDateRule(new FixedDayOfMonth(31), 10, SATURDAY_SUNDAY, NonWorkingDayAdjustment.NONE);
        assertThat(stays.dueDate(LocalDate.of(2026, 2, 5))).isEqualTo(LocalDate.of(2026, 2, 28));
        // In 2028 February has 29 days.
        assertThat(stays.dueDate(LocalDate.of(2028, 2, 5))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void fixedDayOnWeekendMoves() {
        // 28 February 2026 is a Saturday, so the due date moves to Monday 2 March.
        assertThat(rule(new FixedDayOfMonth(31), 10, SATURDAY_SUNDAY).dueDate(LocalDate.of(2026, 2, 5)))
                .isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void fixedDayTooSoonGoesToNextMonth() {
        // 5 February + 7 minimum days = 12 February is after day 10, so the due date is 10 March 2026 (a Tuesday).
        assertThat(rule(new FixedDayOfMonth(10), 7, SATURDAY_SUNDAY).dueDate(LocalDate.of(2026, 2, 5)))
                .isEqualTo(LocalDate.of(2026, 3, 10));
        // 20 January + 15 minimum days = 4 February; day 31 of February clamps to 28 February.
        assertThat(rule(new FixedDayOfMonth(31), 15, NO_DAYS_OFF).dueDate(LocalDate.of(2026, 1, 20)))
                .isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void fixedDayOnEarliestDateIsKept() {
        // 1 March 2026 + 9 minimum days = 10 March, which is day 10 itself.
        assertThat(rule(new FixedDayOfMonth(10), 9, NO_DAYS_OFF).dueDate(LocalDate.of(2026, 3, 1)))
                .isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void fixedDay31AcrossMonthEnds() {
        // Day 31 is the last day of every month: 30 April, 31 May, 30 November, 31 December.
        DueDateRule monthEnd = rule(new FixedDayOfMonth(31), 0, NO_DAYS_OFF);
        assertThat(monthEnd.dueDate(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(monthEnd.dueDate(LocalDate.of(2026, 5, 31))).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(monthEnd.dueDate(LocalDate.of(2026, 11, 5))).isEqualTo(LocalDate.of(2026, 11, 30));
        // 31 December + 1 minimum day = 1 January 2027, so the due date is 31 January 2027.
        assertThat(rule(new FixedDayOfMonth(31), 1, NO_DAYS_OFF).dueDate(LocalDate.of(2026, 12, 31)))
                .isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @Test
    void minimumDaysPushesDaysAfterIssue() {
        // 10 November + 5 days = 15 November is before 10 November + 14 days = 24 November (a Tuesday).
        assertThat(rule(new DaysAfterIssue(5), 14, SATURDAY_SUNDAY).dueDate(LocalDate.of(2026, 11, 10)))
                .isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void holidayOnFridayBeforeWeekendMovesToMonday() {
        // 4 December 2026 + 7 days = Friday 11 December, a holiday; Saturday and Sunday follow, so Monday 14.
        WorkingCalendar calendar = new WorkingCalendar(Set.of(SATURDAY, SUNDAY), Set.of(LocalDate.of(2026, 12, 11)));
        assertThat(rule(new DaysAfterIssue(7), 0, calendar).dueDate(LocalDate.of(2026, 12, 4)))
                .isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void holidayChainAfterWeekend() {
        // Saturday 26 December 2026 falls on the weekend; Monday 28 and Tuesday 29 are holidays, so Wednesday 30.
        WorkingCalendar calendar = new WorkingCalendar(Set.of(SATURDAY, SUNDAY),
                Set.of(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29)));
        assertThat(rule(new DaysAfterIssue(14), 0, calendar).dueDate(LocalDate.of(2026, 12, 12)))
                .isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void fridayWeekend() {
        // Friday 11 December 2026 is the only weekend day, so the due date is Saturday 12 December.
        WorkingCalendar friday = new WorkingCalendar(Set.of(FRIDAY), Set.of());
        assertThat(rule(new DaysAfterIssue(7), 0, friday).dueDate(LocalDate.of(2026, 12, 4)))
                .isEqualTo(LocalDate.of(2026, 12, 12));
    }

    @Test
    void noAdjustmentKeepsWeekendDate() {
        DueDateRule stays = new DueDateRule(new DaysAfterIssue(7), 0, SATURDAY_SUNDAY, NonWorkingDayAdjustment.NONE);
        // 5 December 2026 + 7 days = Saturday 12 December, kept.
        assertThat(stays.dueDate(LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2026, 12, 12));
    }

    @Test
    void rejectsInvalidSettings() {
        assertThatThrownBy(() -> new FixedDayOfMonth(32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("due day of month 32");
        assertThatThrownBy(() -> new FixedDayOfMonth(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("due day of month 0");
        assertThatThrownBy(() -> new DaysAfterIssue(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("days after issue -1");
        assertThatThrownBy(() -> rule(new DaysAfterIssue(1), -1, NO_DAYS_OFF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimum days to the due date -1");
        assertThatThrownBy(() -> new WorkingCalendar(Set.of(DayOfWeek.values()), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no working day");
    }
}
