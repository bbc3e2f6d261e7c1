package org.smartcbs.payments;

import java.time.LocalDate;
import java.util.List;

import org.smartcbs.core.installments.Installment;
import org.smartcbs.core.money.Money;

/**
 * An installment plan on a consumer's arrears or on one bill.
 *
 * @param mode {@code OWN_DATE}: each installment is due on its own date; {@code ON_BILL}: each is added to the
 *        first bill issued on or after its date and due with that bill
 * @param status {@code ACTIVE}, {@code COMPLETED} or {@code ENDED} by a missed installment
 * @param billNo the bill the plan was made on, or {@code null} for a plan on arrears
 */
public record InstallmentPlan(long id, long consumerId, Money total, Money downPayment, String mode, String status,
        LocalDate createdOn, String billNo, List<Installment> installments) {
}
