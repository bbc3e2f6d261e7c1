package org.smartcbs.readings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the rows of one sheet, in ascending row order, into a {@link ReadingFile}: finds the header row,
 * reads each later row, counts blank and repeated rows and records the cells that break a rule.
 */
final class ReadingRowCollector {

    /** Number of rows, from the top of the sheet, that are searched for the header row. */
    static final int HEADER_SEARCH_ROWS = 20;

    private static final ReadingField[] REQUIRED = {ReadingField.METER, ReadingField.DATE, ReadingField.VALUE};

    private final String fileName;
    private final ReadingFileOptions options;
    private final Map<String, ReadingField> fieldsByHeader = new HashMap<>();

    private String sheetName;
    private boolean date1904;
    private MergedRegions merged = MergedRegions.none();

    private int headerRow;
    private final Map<ReadingField, Integer> columns = new EnumMap<>(ReadingField.class);
    private final Map<ReadingField, String> headers = new EnumMap<>(ReadingField.class);
    private Map<ReadingField, String> bestPartialHeader = Map.of();
    private int bestPartialRequired;

    private int lastRow;
    private int pendingBlankRows;
    private int blankRows;
    private int duplicateRows;
    private final List<ReadingRow> rows = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final Set<RowContent> seen = new HashSet<>();

    ReadingRowCollector(String fileName, ReadingFileOptions options) {
        this.fileName = fileName;
        this.options = options;
        for (ReadingField field : ReadingField.values()) {
            for (String name : options.headerNames().get(field)) {
                fieldsByHeader.putIfAbsent(normalizeHeader(name), field);
            }
        }
    }

    /** Starts the sheet; must be called before the first row. */
    void startSheet(String name, boolean uses1904Dates, MergedRegions regions) {
        this.sheetName = name;
        this.date1904 = uses1904Dates;
        this.merged = regions;
    }

    /**
     * Takes the next stored row of the sheet.
     *
     * @throws ReadingFileException when the header row is not among the first {@value #HEADER_SEARCH_ROWS} rows
     */
    void accept(SheetRow row) {
        if (headerRow == 0) {
            merged.advanceTo(row.number(), row);
            lookForHeader(row);
            lastRow = row.number();
            return;
        }

        for (int gap = lastRow + 1; gap < row.number(); gap++) {
            merged.advanceTo(gap, null);
            if (merged.coversCurrentRow()) {
                readRow(new SheetRow(gap, List.of()));
            } else {
                pendingBlankRows++;
            }
        }
        merged.advanceTo(row.number(), row);
        readRow(row);
        lastRow = row.number();
    }

    /** Ends the sheet and returns what was read. */
    ReadingFile finish() {
        if (headerRow == 0) {
            throw missingHeader();
        }
        return new ReadingFile(fileName, sheetName, headerRow, rows, problems, blankRows, duplicateRows);
    }

    private void lookForHeader(SheetRow row) {
        if (row.number() > HEADER_SEARCH_ROWS) {
            throw missingHeader();
        }
        Map<ReadingField, Integer> found = new EnumMap<>(ReadingField.class);
        Map<ReadingField, String> names = new EnumMap<>(ReadingField.class);
        for (SheetCell cell : row.cells()) {
            if (cell.kind() != SheetCell.Kind.TEXT) {
                continue;
            }
            ReadingField field = fieldsByHeader.get(normalizeHeader(cell.text()));
            if (field != null && !found.containsKey(field)) {
                found.put(field, cell.column());
                names.put(field, CellValues.trim(cell.text()));
            }
        }

        int requiredFound = 0;
        for (ReadingField field : REQUIRED) {
            requiredFound += found.containsKey(field) ? 1 : 0;
        }
        if (requiredFound == REQUIRED.length) {
            headerRow = row.number();
            columns.putAll(found);
            headers.putAll(names);
        } else if (requiredFound >= 2 && requiredFound > bestPartialRequired) {
            bestPartialHeader = names;
            bestPartialRequired = requiredFound;
        }
    }

    private ReadingFileException missingHeader() {
        String sheet = sheetName == null ? "" : " (sheet \"" + sheetName + "\")";
        for (ReadingField field : REQUIRED) {
            if (bestPartialRequired >= 2 && !bestPartialHeader.containsKey(field)) {
                return new ReadingFileException(fileName + sheet + " has no \"" + field.defaultHeader()
                        + "\" column; add a column headed " + acceptedNames(field) + " and upload it again");
            }
        }
        return new ReadingFileException(fileName + sheet + " has no header row: none of the first "
                + HEADER_SEARCH_ROWS + " rows has the columns " + acceptedNames(ReadingField.METER) + ", "
                + acceptedNames(ReadingField.DATE) + " and " + acceptedNames(ReadingField.VALUE)
                + "; add a header row and upload it again");
    }

    private String acceptedNames(ReadingField field) {
        return options.headerNames().get(field).stream()
                .map(name -> "\"" + name + "\"")
                .collect(Collectors.joining(" or "));
    }

    private void readRow(SheetRow row) {
        SheetCell meterCell = cellOf(row, ReadingField.METER);
        SheetCell dateCell = cellOf(row, ReadingField.DATE);
        SheetCell valueCell = cellOf(row, ReadingField.VALUE);
        SheetCell readerCell = cellOf(row, ReadingField.READER);
        SheetCell remarkCell = cellOf(row, ReadingField.REMARK);
        if (row.isEmpty() && isEmpty(meterCell) && isEmpty(dateCell) && isEmpty(valueCell)
                && isEmpty(readerCell) && isEmpty(remarkCell)) {
            pendingBlankRows++;
            return;
        }
        blankRows += pendingBlankRows;
        pendingBlankRows = 0;

        int problemsBefore = problems.size();
        String meter = requiredText(row.number(), ReadingField.METER, meterCell);
        LocalDate date = requiredDate(row.number(), dateCell);
        Long value = requiredValue(row.number(), valueCell);
        String reader = optionalText(row.number(), ReadingField.READER, readerCell);
        String remark = optionalText(row.number(), ReadingField.REMARK, remarkCell);
        if (problems.size() > problemsBefore) {
            nameMeter(problemsBefore, meter);
            return;
        }

        if (!seen.add(new RowContent(meter, date, value, reader, remark))) {
            duplicateRows++;
            return;
        }
        rows.add(new ReadingRow(row.number(), meter, date, value, reader, remark));
    }

    /** Adds the row's meter number to its problems from index {@code first} on, so the report names the meter. */
    private void nameMeter(int first, String meter) {
        if (meter == null) {
            return;
        }
        for (int i = first; i < problems.size(); i++) {
            RowProblem problem = problems.get(i);
            problems.set(i, new RowProblem(problem.rowNumber(), problem.field(), problem.value(), problem.reason(),
                    meter));
        }
    }

    private SheetCell cellOf(SheetRow row, ReadingField field) {
        Integer column = columns.get(field);
        return column == null ? null : merged.cellAt(row, column);
    }

    private static boolean isEmpty(SheetCell cell) {
        return cell == null || cell.isEmpty();
    }

    private String requiredText(int rowNumber, ReadingField field, SheetCell cell) {
        try {
            String text = CellValues.text(cell);
            if (text == null) {
                addEmptyProblem(rowNumber, field);
            }
            return text;
        } catch (InvalidCellException e) {
            addProblem(rowNumber, field, cell, e);
            return null;
        }
    }

    private String optionalText(int rowNumber, ReadingField field, SheetCell cell) {
        try {
            return CellValues.text(cell);
        } catch (InvalidCellException e) {
            addProblem(rowNumber, field, cell, e);
            return null;
        }
    }

    private LocalDate requiredDate(int rowNumber, SheetCell cell) {
        if (isEmpty(cell)) {
            addEmptyProblem(rowNumber, ReadingField.DATE);
            return null;
        }
        try {
            return CellValues.date(cell, date1904, options.dateOrder());
        } catch (InvalidCellException e) {
            addProblem(rowNumber, ReadingField.DATE, cell, e);
            return null;
        }
    }

    private Long requiredValue(int rowNumber, SheetCell cell) {
        if (isEmpty(cell)) {
            addEmptyProblem(rowNumber, ReadingField.VALUE);
            return null;
        }
        try {
            return CellValues.registerValue(cell);
        } catch (InvalidCellException e) {
            addProblem(rowNumber, ReadingField.VALUE, cell, e);
            return null;
        }
    }

    private void addEmptyProblem(int rowNumber, ReadingField field) {
        String header = headers.get(field);
        problems.add(new RowProblem(rowNumber, header, "", prefix(rowNumber, header) + "the cell is empty", null));
    }

    private void addProblem(int rowNumber, ReadingField field, SheetCell cell, InvalidCellException e) {
        String header = headers.get(field);
        problems.add(new RowProblem(rowNumber, header, cell.displayText(), prefix(rowNumber, header) + e.getMessage(),
                null));
    }

    private static String prefix(int rowNumber, String header) {
        return "row " + rowNumber + ", " + header + ": ";
    }

    /** Lower-cases a header and removes all white space, so "Meter  no" matches "MeterNo". */
    static String normalizeHeader(String header) {
        StringBuilder normalized = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                normalized.append(c);
            }
        }
        return normalized.toString().toLowerCase(Locale.ROOT);
    }

    /** The content two rows must share to count as one reading. */
    private record RowContent(String meter, LocalDate date, long value, String reader, String remark) {
    }
}
