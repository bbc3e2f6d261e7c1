package org.smartcbs.payments;

import java.time.LocalDate;

/**
 * Published in the transaction that posts a payment, after its ledger entry. A payment may be dated before
 * jobs that already ran, such as the late-charge job, so listeners can correct what the payment changes.
 */
public record PaymentPosted(long consumerId, String reference, LocalDate paidOn, String postedBy) {
}
