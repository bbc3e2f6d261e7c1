package org.smartcbs.billing;

/** What a bill run does with an active connection that has no accepted reading for the month. */
public enum MissingReadings {
    /** Leave it unbilled and list it among the run's exceptions. */
    SKIP,
    /** Bill an estimate from the last three actual periods, at most twice in a row, trued up on the next reading. */
    ESTIMATE
}
