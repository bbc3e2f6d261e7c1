package org.smartcbs.readings;

import java.util.List;

/**
 * One row of a sheet with its non-empty cells in column order.
 *
 * @param number row number as the spreadsheet shows it, starting at 1
 * @param cells  the cells the file stores for this row
 */
record SheetRow(int number, List<SheetCell> cells) {

    /** Returns the cell in the given zero-based column, or {@code null} when the file stores none there. */
    SheetCell cell(int column) {
        for (SheetCell cell : cells) {
            if (cell.column() == column) {
                return cell;
            }
        }
        return null;
    }

    boolean isEmpty() {
        for (SheetCell cell : cells) {
            if (!cell.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
