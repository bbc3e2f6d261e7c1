package org.smartcbs.readings;

/** What an upload does with its valid rows when some rows are rejected. */
public enum ReadingUploadMode {
    /** Take the valid rows and report the rejected ones. */
    TAKE_VALID_ROWS,
    /** Write nothing unless every row is valid. */
    ALL_OR_NOTHING
}
