package org.smartcbs.core.rows;

/** What an import does with its valid rows when some rows are rejected. */
public enum ImportMode {
    /** Write nothing unless every row is valid. */
    ALL_OR_NOTHING,
    /** Take the valid rows and report the rejected ones. */
    TAKE_VALID_ROWS
}
