package org.smartcbs.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.smartcbs.core.money.Money;

/**
 * What a bill run did.
 *
 * @param bills the bills of the run, draft or issued, counting those of an earlier attempt that it resumed
 * @param currentCharges the sum of the current charges of those bills
 * @param exceptions the active connections the run could not bill, each with the reason
 * @param status {@code RUNNING}, {@code DRAFT}, {@code APPROVED}, {@code ISSUED} or {@code DISCARDED}
 */
public record BillRunResult(long runId, YearMonth month, LocalDate runDate, BillingScope scope, int bills,
        Money currentCharges, List<BillRunException> exceptions, String status) {
}
