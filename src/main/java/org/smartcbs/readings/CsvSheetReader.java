package org.smartcbs.readings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a CSV file: UTF-8 with or without a byte order mark, comma-separated, fields optionally quoted
 * with {@code "} as RFC 4180 describes, so a quoted field may contain commas, doubled quotes and line breaks.
 *
 * <p>Each record is one row, numbered from 1 as a spreadsheet program shows the file. All cells are text,
 * so the text rules for numbers and dates apply.
 */
final class CsvSheetReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvSheetReader() {
    }

    static ReadingFile read(Path file, String fileName, ReadingFileOptions options) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ReadingRowCollector collector = new ReadingRowCollector(fileName, options);
        collector.startSheet(fileName, false, MergedRegions.none());
        try (InputStream in = Files.newInputStream(file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            parse(reader, fileName, collector);
        } catch (CharacterCodingException e) {
            throw new ReadingFileException(fileName + " is not a UTF-8 text file; save it as \"CSV UTF-8\""
                    + " and upload it again", e);
        }
        return collector.finish();
    }

    private static void parse(BufferedReader reader, String fileName, ReadingRowCollector collector)
            throws IOException {
        List<SheetCell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int rowNumber = 1;
        int column = 0;
        int quotedFieldRow = 0;
        boolean inQuotes = false;
        boolean fieldStarted = false;

        int c = reader.read();
        if (c == BYTE_ORDER_MARK) {
            c = reader.read();
        }
        while (c != -1) {
            char ch = (char) c;
            if (inQuotes) {
                if (ch == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        inQuotes = false;
                        reader.reset();
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && !fieldStarted) {
                inQuotes = true;
                fieldStarted = true;
                quotedFieldRow = rowNumber;
            } else if (ch == ',') {
                column = addField(cells, field, column);
                fieldStarted = false;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r') {
                    reader.mark(1);
                    if (reader.read() != '\n') {
                        reader.reset();
                    }
                }
                addField(cells, field, column);
                collector.accept(new SheetRow(rowNumber, cells));
                cells = new ArrayList<>();
                column = 0;
                fieldStarted = false;
                rowNumber++;
            } else {
                field.append(ch);
                fieldStarted = true;
            }
            c = reader.read();
        }

        if (inQuotes) {
            throw new ReadingFileException(fileName + " has a quotation mark in row " + quotedFieldRow
                    + " that is never closed; correct the row and upload the file again");
        }
        if (fieldStarted || column > 0) {
            addField(cells, field, column);
            collector.accept(new SheetRow(rowNumber, cells));
        }
    }

    /** Ends the current field at the given zero-based column and returns the next column. */
    private static int addField(List<SheetCell> cells, StringBuilder field, int column) {
        if (field.length() > 0) {
            cells.add(SheetCell.text(column, field.toString()));
        }
        field.setLength(0);
        return column + 1;
    }
}
