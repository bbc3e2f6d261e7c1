package org.smartcbs.core.estimation;

/** Whether a period's consumption comes from a meter reading or from an estimate. */
public enum ReadingType {

    /** Read from the meter. */
    ACTUAL,

    /** Estimated because the reading was missing. */
    ESTIMATED
}
