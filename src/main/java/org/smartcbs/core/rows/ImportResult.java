package org.smartcbs.core.rows;

import java.util.List;

/**
 * What an import took and what it rejected.
 *
 * @param file the file name as given
 * @param taken rows written to the database
 * @param skipped rows that were already recorded or repeated in the file, so they added nothing
 * @param rejections rows not taken, each with its reason
 * @param committed {@code false} when an all-or-nothing import wrote nothing because of the rejections
 */
public record ImportResult(String file, int taken, int skipped, List<RowRejection> rejections, boolean committed) {

    public ImportResult {
        rejections = List.copyOf(rejections);
    }

    public int rejectedRows() {
        return rejections.size();
    }

    /** One line for the user: {@code consumers.csv: 350 rows taken, 0 skipped, 0 rejected}. */
    public String summary() {
        String outcome = committed ? "" : " (nothing written)";
        return "%s: %d rows taken, %d skipped, %d rejected%s".formatted(file, taken, skipped, rejections.size(),
                outcome);
    }
}
