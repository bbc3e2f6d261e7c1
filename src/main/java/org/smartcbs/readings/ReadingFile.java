package org.smartcbs.readings;

import java.util.List;

/**
 * The outcome of reading one meter-reading file.
 *
 * @param fileName      the file name as uploaded
 * @param sheetName     the sheet that was read, or the file name for a CSV file
 * @param headerRow     row number of the header row, starting at 1
 * @param rows          the rows that were read, in file order
 * @param problems      the cells that kept their rows from being read, in file order, and a row may have several
 * @param blankRows     empty rows between the header row and the last non-empty row
 * @param duplicateRows rows dropped because an earlier row had the same meter, date, value, reader and remark
 */
public record ReadingFile(
        String fileName,
        String sheetName,
        int headerRow,
        List<ReadingRow> rows,
        List<RowProblem> problems,
        int blankRows,
        int duplicateRows) {

    public ReadingFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
