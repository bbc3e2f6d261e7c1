package org.smartcbs.cli;

import java.io.PrintWriter;

import org.smartcbs.core.rows.ImportResult;
import org.smartcbs.core.rows.RowRejection;

/** Prints an import's row report and turns it into the command's exit status. */
final class ImportReport {

    /** Every row was taken. */
    static final int ALL_TAKEN = 0;
    /** Nothing was written: the file is invalid, or an all-or-nothing import found a bad row. */
    static final int NOTHING_WRITTEN = 1;
    /** The valid rows were taken and the rejected ones reported. */
    static final int SOME_REJECTED = 3;

    private ImportReport() {
    }

    static int print(ImportResult result, PrintWriter out, PrintWriter err) {
        out.println(result.summary());
        for (RowRejection rejection : result.rejections()) {
            err.println(result.file() + ": " + rejection.message());
        }
        if (!result.committed()) {
            return NOTHING_WRITTEN;
        }
        return result.rejections().isEmpty() ? ALL_TAKEN : SOME_REJECTED;
    }
}
