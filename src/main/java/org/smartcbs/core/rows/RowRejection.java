package org.smartcbs.core.rows;

/**
 * A row of an input file that was not taken, with the field, the value and the reason.
 *
 * @param row the row number as the user sees it (the header is row 1 in a CSV file)
 * @param subject what the row is about when the field at fault does not show it, such as {@code meter M400256},
 *        or {@code null}
 * @param field the column name, or {@code null} when the row as a whole is at fault
 * @param value the value as written in the file, or {@code null}
 * @param reason what is wrong, in words a clerk can act on
 */
public record RowRejection(int row, String subject, String field, String value, String reason) {

    /** Creates a rejection without a subject, for a field that shows what the row is about. */
    public RowRejection(int row, String field, String value, String reason) {
        this(row, null, field, value, reason);
    }

    /**
     * Formats the rejection as one line: {@code row 7, amount "-50.00": must be above zero}, or with a subject
     * {@code row 52, meter M400256, Current Reading: "-35" is negative}.
     */
    public String message() {
        StringBuilder text = new StringBuilder("row ").append(row);
        if (subject != null) {
            text.append(", ").append(subject);
        }
        if (field != null) {
            text.append(", ").append(field);
        }
        if (value != null) {
            text.append(" \"").append(value).append('"');
        }
        return text.append(": ").append(reason).toString();
    }
}
