package org.smartcbs.ledger;

/** What a ledger entry records. Debits (amounts owed) are positive, credits negative. */
public enum LedgerEntryType {
    OPENING_BALANCE, BILL, LATE_CHARGE, LATE_CHARGE_REVERSAL, ADJUSTMENT, PAYMENT, PAYMENT_REVERSAL, INSTALLMENT_TRANSFER
}
