package org.smartcbs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcbs.core.rows.ImportResult;
import org.smartcbs.core.rows.RowRejection;

/** The import exit status: 3 only when some rows were taken and others rejected, 1 when nothing was written. */
class ImportReportTest {

    private static final List<RowRejection> ONE_REJECTED = List.of(new RowRejection(2, "amount", "1e3",
            "is not a plain decimal number"));

    @Test
    void everyRowRejectedExitsOne() {
        // A second import of a payments file: its rows are rejected as already taken, and no row is written.
        assertThat(exitStatus(new ImportResult("payments.csv", 0, 0, ONE_REJECTED, true)))
                .isEqualTo(ImportReport.NOTHING_WRITTEN);
        assertThat(exitStatus(new ImportResult("readings.csv", 0, 4, ONE_REJECTED, true)))
                .isEqualTo(ImportReport.NOTHING_WRITTEN);
    }

    @Test
    void someTakenSomeRejectedExitsThree() {
        assertThat(exitStatus(new ImportResult("payments.csv", 1, 0, ONE_REJECTED, true)))
                .isEqualTo(ImportReport.SOME_REJECTED);
    }

    @Test
    void allOrNothingWithBadRowExitsOne() {
        assertThat(exitStatus(new ImportResult("consumers.csv", 0, 0, ONE_REJECTED, false)))
                .isEqualTo(ImportReport.NOTHING_WRITTEN);
    }

    @Test
    void takenOrSkippedRowsExitZero() {
        assertThat(exitStatus(new ImportResult("payments.csv", 5, 0, List.of(), true)))
                .isEqualTo(ImportReport.ALL_TAKEN);
        assertThat(exitStatus(new ImportResult("readings.csv", 0, 11, List.of(), true)))
                .isEqualTo(ImportReport.ALL_TAKEN);
    }

    @Test
    void statusValuesMatchHelpText() {
        assertThat(ImportReport.ALL_TAKEN).isZero();
        assertThat(ImportReport.NOTHING_WRITTEN).isEqualTo(1);
        assertThat(ImportReport.SOME_REJECTED).isEqualTo(3);
    }

    private static int exitStatus(ImportResult result) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        return ImportReport.print(result, new PrintWriter(out), new PrintWriter(err));
    }
}
