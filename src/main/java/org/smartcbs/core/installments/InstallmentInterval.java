package org.smartcbs.core.installments;

/** The time between two due dates of an installment plan. */
public enum InstallmentInterval {

    MONTHLY(1),
    BIMONTHLY(2),
    QUARTERLY(3);

    private final int months;

    InstallmentInterval(int months) {
        this.months = months;
    }

    /** Calendar months between two due dates. */
    public int months() {
        return months;
    }
}
