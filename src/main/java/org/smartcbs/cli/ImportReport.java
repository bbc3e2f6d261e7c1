package org.smartcbs.cli;

import java.io.PrintWriter;

import org.smartcbs.core.rows.ImportResult;
import org.smartcbs.core.rows.RowRejection;

/** Prints an import's row report and turns it into the command's exit status. */
final class ImportReport {

    /** No row was rejected: each was taken, or skipped because it was already recorded. */
    static final int ALL_TAKEN = 0;
    /**
     * Nothing was written: the file is invalid, an all-or-nothing import found a bad row, or every row that was
     * not skipped was rejected.
     */
    static final int NOTHING_WRITTEN = 1;
    /** Some rows were taken and the rejected ones reported. */
    static final int SOME_REJECTED = 3;

    private ImportReport() {
    }

    static int print(ImportResult result, PrintWriter out, PrintWriter err) {
        out.println(result.summary());
        for (RowRejection rejection : result.rejections()) {
            err.println(result.file() + ": " + rejection.message());
        }
        if (result.rejections().isEmpty()) {
            return result.committed() ? ALL_TAKEN : NOTHING_WRITTEN;
        }
        if (!result.committed() || result.taken() == 0) {
            return NOTHING_WRITTEN;
        }
        return SOME_REJECTED;
    }
}
