package org.smartcbs.core.rows;

/** The handling of the valid rows of an import when some of its rows are rejected. */
public enum ImportMode {
    /** Write nothing unless every row is valid. */
    ALL_OR_NOTHING,
    /** Take the valid rows and report the rejected ones. */
    TAKE_VALID_ROWS
}
