package org.smartcbs.core.duedates;

/** The treatment of a due date that falls on a weekend day or a holiday. */
public enum NonWorkingDayAdjustment {

    /** The due date moves to the next working day. */
    NEXT_WORKING_DAY,

    /** The due date stays where it falls. */
    NONE
}
