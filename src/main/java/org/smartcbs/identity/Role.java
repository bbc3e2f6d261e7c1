package org.smartcbs.identity;

/** What an employee may do. */
public enum Role {
    /** Creates employees and configures the organisation. */
    ADMIN,
    /** Runs bills, reviews readings, approves adjustments and meter requests. */
    BILLING_OFFICER,
    /** Takes readings in the field. */
    METER_READER,
    /** Posts payments. */
    CASHIER
}
