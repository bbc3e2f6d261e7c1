package org.smartcbs.readings;

/**
 * A column that the reading file reader looks for in a sheet's header row.
 */
public enum ReadingField {

    METER("Meter No", true),
    DATE("Reading Date", true),
    VALUE("Current Reading", true),
    READER("Reader", false),
    REMARK("Remarks", false);

    private final String defaultHeader;
    private final boolean required;

    ReadingField(String defaultHeader, boolean required) {
        this.defaultHeader = defaultHeader;
        this.required = required;
    }

    /** Returns the header name that messages use when the column is missing from the file. */
    public String defaultHeader() {
        return defaultHeader;
    }

    /** Returns whether a file without this column is rejected as a whole. */
    public boolean required() {
        return required;
    }
}
