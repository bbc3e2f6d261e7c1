package org.smartcbs.readings;

/**
 * A cell that kept its row from being read.
 *
 * @param rowNumber row number as the spreadsheet shows it, starting at 1
 * @param field     the column's header as written in the file, such as {@code Current Reading}
 * @param value     the cell's content as text, empty when the cell is empty
 * @param reason    the full message, such as {@code row 62, Current Reading: "N/A" is not a number}
 * @param meter     the row's meter number when its cell could be read, else {@code null}
 */
public record RowProblem(int rowNumber, String field, String value, String reason, String meter) {
}
