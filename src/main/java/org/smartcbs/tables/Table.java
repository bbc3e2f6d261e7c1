package org.smartcbs.tables;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.smartcbs.core.rows.InvalidFileException;
import org.smartcbs.core.rows.RowRejection;

/**
 * An input file with a header row, CSV or Excel, read whole into rows of named fields.
 *
 * <p>Header names are matched without regard to case or surrounding spaces, and values are trimmed. Row numbers
 * are those a spreadsheet shows: the header is row 1 of a CSV file.
 */
public final class Table {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String fileName;
    private final List<Row> rows;

    Table(String fileName, List<Row> rows) {
        this.fileName = fileName;
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads a UTF-8 CSV file, with or without a byte order mark, or the first visible sheet of an .xlsx or .xls workbook, and checks that it has every
     * required column.
     *
     * @throws InvalidFileException when the file cannot be read or lacks a required column
     */
    public static Table read(Path file, List<String> requiredColumns) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            return WorkbookTable.read(file, requiredColumns);
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            skipByteOrderMark(reader);
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                checkColumns(name, parser.getHeaderNames(), requiredColumns);
                List<Row> rows = new ArrayList<>();
                for (CSVRecord record : parser) {
                    Map<String, String> values = new TreeMap<>();
                    record.toMap().forEach((column, value) -> values.put(key(column), value == null ? "" : value.strip()));
                    // The parser numbers records from 1 after the header, so the row the user sees is one more.
                    rows.add(new Row((int) record.getRecordNumber() + 1, values));
                }
                return new Table(name, rows);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidFileException(name + ": cannot be read as CSV: " + e.getMessage());
        }
    }

    /**
     * Skips a UTF-8 byte order mark at the start of {@code reader}, because Excel writes one at the start of every
     * "CSV UTF-8" file and it would otherwise become part of the first column name.
     */
    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
    }

    static void checkColumns(String fileName, List<String> header, List<String> requiredColumns) {
        List<String> keys = header.stream().map(Table::key).toList();
        for (String column : requiredColumns) {
            if (!keys.contains(key(column))) {
                throw new InvalidFileException(fileName + ": the column \"" + column + "\" is missing; the header is "
                        + header);
            }
        }
    }

    static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    public String fileName() {
        return fileName;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One data row: its number as the user sees it and its trimmed values by column name. */
    public record Row(int number, Map<String, String> values) {

        /** Returns the trimmed value of the column, or an empty string when the row has none. */
        public String get(String column) {
            return values.getOrDefault(key(column), "");
        }

        public boolean isBlank(String column) {
            return get(column).isEmpty();
        }

        public RowRejection reject(String column, String reason) {
            return new RowRejection(number, column, get(column), reason);
        }
    }
}
