package org.smartcbs.readings;

/**
 * Order of day, month and year in a date typed as text, such as {@code 05/11/2026}.
 *
 * <p>ISO dates ({@code 2026-11-05}) are read as year-month-day whatever this order is.
 */
public enum DateOrder {

    /** Day first: {@code 05/11/2026} is 5 November 2026. */
    DMY,

    /** Month first: {@code 11/05/2026} is 5 November 2026. */
    MDY,

    /** Year first: {@code 2026/11/05} is 5 November 2026. */
    YMD
}
