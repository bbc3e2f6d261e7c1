package org.smartcbs.readings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DemoReadingFilesTest {

    private static final Path DEMO = Path.of("samples", "green-valley");

    private final ReadingFileReader reader = new ReadingFileReader();

    private ReadingFile readNovember() {
        return reader.read(DEMO.resolve("readings-2026-11.xlsx"), ReadingFileOptions.defaults());
    }

    private static Optional<ReadingRow> row(ReadingFile file, int rowNumber) {
        return file.rows().stream().filter(row -> row.rowNumber() == rowNumber).findFirst();
    }

    private static Optional<RowProblem> problem(ReadingFile file, int rowNumber) {
        return file.problems().stream().filter(problem -> problem.rowNumber() == rowNumber).findFirst();
    }

    @Test
    void octoberSheetReadsCleanly() {
        ReadingFile file = reader.read(DEMO.resolve("readings-2026-10.xlsx"), ReadingFileOptions.defaults());

        assertThat(file.rows()).hasSize(335);
        assertThat(file.problems()).isEmpty();
        assertThat(file.blankRows()).isZero();
        assertThat(file.duplicateRows()).isZero();
        assertThat(file.headerRow()).isEqualTo(1);
        assertThat(file.sheetName()).isEqualTo("Readings");
    }

    @Test
    void novemberSheetTotals() {
        ReadingFile file = readNovember();

        assertThat(file.rows()).hasSize(334);
        assertThat(file.problems()).extracting(RowProblem::rowNumber).containsExactly(52, 62, 341);
        assertThat(file.blankRows()).isEqualTo(2);
        assertThat(file.duplicateRows()).isEqualTo(1);
    }

    @Test
    void novemberTextCellsAreRead() {
        ReadingFile file = readNovember();

        assertThat(row(file, 7)).map(ReadingRow::registerValue).contains(48061L);
        assertThat(row(file, 11)).map(ReadingRow::registerValue).contains(48739L);
        assertThat(row(file, 9)).map(ReadingRow::readingDate).contains(LocalDate.of(2026, 11, 5));
        assertThat(row(file, 5)).map(ReadingRow::meterSerial).contains("M400025");
        assertThat(row(file, 2)).map(ReadingRow::readingDate).contains(LocalDate.of(2026, 11, 5));
    }

    @Test
    void novemberRemarkKeptAndEmptyRemarkNull() {
        ReadingFile file = readNovember();

        assertThat(row(file, 13)).map(ReadingRow::remark).contains("meter glass broken, reading estimated by reader");
        assertThat(row(file, 13)).map(ReadingRow::reader).contains("Reader 1");
        assertThat(row(file, 2).orElseThrow().remark()).isNull();
    }

    @Test
    void novemberFaultyReadingsAreProblems() {
        ReadingFile file = readNovember();

        RowProblem negative = problem(file, 52).orElseThrow();
        assertThat(negative.field()).isEqualTo("Current Reading");
        assertThat(negative.value()).isEqualTo("-35");
        assertThat(negative.reason()).isEqualTo("row 52, Current Reading: \"-35\" is negative");
        assertThat(negative.meter()).isEqualTo("M400256");

        RowProblem notANumber = problem(file, 62).orElseThrow();
        assertThat(notANumber.value()).isEqualTo("N/A");
        assertThat(notANumber.reason()).isEqualTo("row 62, Current Reading: \"N/A\" is not a number");
        assertThat(notANumber.meter()).isEqualTo("M400307");

        RowProblem footer = problem(file, 341).orElseThrow();
        assertThat(footer.field()).isEqualTo("Reading Date");
        assertThat(footer.reason()).isEqualTo("row 341, Reading Date: the cell is empty");
    }

    @Test
    void novemberRepeatedRowCountedOnce() {
        ReadingFile file = readNovember();

        assertThat(row(file, 31)).isPresent();
        assertThat(row(file, 32)).isEmpty();
        assertThat(problem(file, 32)).isEmpty();
    }

    @Test
    void novemberCallerChecksPassThrough() {
        ReadingFile file = readNovember();

        assertThat(row(file, 42)).map(ReadingRow::meterSerial).contains("M999999");
        assertThat(row(file, 72)).map(ReadingRow::readingDate).contains(LocalDate.of(2027, 1, 15));
    }

    @Test
    void sameResultUnderEveryDefaultLocale() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ReadingFile english = readNovember();
            Locale.setDefault(Locale.GERMANY);
            ReadingFile german = readNovember();
            Locale.setDefault(Locale.FRANCE);
            ReadingFile french = readNovember();

            assertThat(german).isEqualTo(english);
            assertThat(french).isEqualTo(english);
            for (ReadingFile file : List.of(english, german, french)) {
                assertThat(row(file, 11)).map(ReadingRow::registerValue).contains(48739L);
                assertThat(row(file, 9)).map(ReadingRow::readingDate).contains(LocalDate.of(2026, 11, 5));
            }
        } finally {
            Locale.setDefault(original);
        }
    }
}
