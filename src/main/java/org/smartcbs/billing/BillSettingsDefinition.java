package org.smartcbs.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Bill settings as an administrator enters them.
 *
 * @param setupCode the setup they apply to, or {@code null} for the whole organisation
 * @param dueBasis {@code DAYS_AFTER_ISSUE} (dueValue days after the issue date) or {@code FIXED_DAY} (the dueValue-th
 *        day of the month)
 * @param weekendDays comma-separated day names, such as {@code SATURDAY,SUNDAY}; empty for none
 * @param moveOffNonWorkingDays whether a due date on a weekend day or holiday moves to the next working day
 * @param lateChargeKind {@code PERCENT_OF_CURRENT_CHARGES}, {@code PERCENT_OF_OUTSTANDING}, {@code FIXED},
 *        {@code GREATER_OF_PERCENT_AND_FIXED} or {@code STEPPED}
 * @param lateChargeSteps for {@code STEPPED}: {@code days:percent} pairs with an empty last limit, such as
 *        {@code 3:5,:10} for 5% within 3 days of the due date and 10% after
 * @param readingFromDay first day of the billing month whose readings its bills use, or {@code null} for no
 *        reading window; given together with {@code readingToDay}
 * @param readingToDay last day of that window, from 1 to 31; a day past the month's end stands for its last day
 * @param issueDay day of the billing month on which its bills are issued when a run names no run date, or
 *        {@code null}
 */
public record BillSettingsDefinition(String setupCode, LocalDate effectiveFrom, String dueBasis, int dueValue,
        int minimumDays, String weekendDays, boolean moveOffNonWorkingDays, String lateChargeKind,
        BigDecimal lateChargePercent, BigDecimal lateChargeFixed, String lateChargeSteps, int lateChargeScale,
        int payableScale, Integer readingFromDay, Integer readingToDay, Integer issueDay) {

    /** Settings without a reading window or an issue day. */
    public BillSettingsDefinition(String setupCode, LocalDate effectiveFrom, String dueBasis, int dueValue,
            int minimumDays, String weekendDays, boolean moveOffNonWorkingDays, String lateChargeKind,
            BigDecimal lateChargePercent, BigDecimal lateChargeFixed, String lateChargeSteps, int lateChargeScale,
            int payableScale) {
        this(setupCode, effectiveFrom, dueBasis, dueValue, minimumDays, weekendDays, moveOffNonWorkingDays,
                lateChargeKind, lateChargePercent, lateChargeFixed, lateChargeSteps, lateChargeScale, payableScale,
                null, null, null);
    }
}
