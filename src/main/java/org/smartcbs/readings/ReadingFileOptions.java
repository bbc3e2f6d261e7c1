package org.smartcbs.readings;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings for reading a meter-reading file.
 *
 * @param headerNames  for each field, the header names accepted for its column, ignoring case and spaces
 * @param dateOrder    order of day, month and year in dates typed as text
 * @param sheetName    the sheet to read, or {@code null} for the first visible sheet
 * @param mergedCells  what to do with cells inside a merged region
 * @param maxFileBytes files larger than this many bytes are rejected before they are opened
 */
public record ReadingFileOptions(
        Map<ReadingField, List<String>> headerNames,
        DateOrder dateOrder,
        String sheetName,
        MergedCellPolicy mergedCells,
        long maxFileBytes) {

    /** The default size limit, 50 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    private static final Map<ReadingField, List<String>> DEFAULT_HEADER_NAMES = defaultHeaderNames();

    public ReadingFileOptions {
        Objects.requireNonNull(headerNames, "headerNames");
        Objects.requireNonNull(dateOrder, "dateOrder");
        Objects.requireNonNull(mergedCells, "mergedCells");
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        EnumMap<ReadingField, List<String>> copy = new EnumMap<>(ReadingField.class);
        for (ReadingField field : ReadingField.values()) {
            List<String> names = headerNames.get(field);
            if (names == null || names.isEmpty()) {
                throw new IllegalArgumentException("headerNames has no names for " + field);
            }
            copy.put(field, List.copyOf(names));
        }
        headerNames = Collections.unmodifiableMap(copy);
    }

    /** Returns the default header names, day-first dates, the first visible sheet, FILL and 50 MiB. */
    public static ReadingFileOptions defaults() {
        return new ReadingFileOptions(
                DEFAULT_HEADER_NAMES, DateOrder.DMY, null, MergedCellPolicy.FILL, DEFAULT_MAX_FILE_BYTES);
    }

    public ReadingFileOptions withHeaderNames(ReadingField field, List<String> names) {
        EnumMap<ReadingField, List<String>> changed = new EnumMap<>(headerNames);
        changed.put(field, names);
        return new ReadingFileOptions(changed, dateOrder, sheetName, mergedCells, maxFileBytes);
    }

    public ReadingFileOptions withDateOrder(DateOrder order) {
        return new ReadingFileOptions(headerNames, order, sheetName, mergedCells, maxFileBytes);
    }

    public ReadingFileOptions withSheetName(String name) {
        return new ReadingFileOptions(headerNames, dateOrder, name, mergedCells, maxFileBytes);
    }

    public ReadingFileOptions withMergedCells(MergedCellPolicy policy) {
        return new ReadingFileOptions(headerNames, dateOrder, sheetName, policy, maxFileBytes);
    }

    public ReadingFileOptions withMaxFileBytes(long bytes) {
        return new ReadingFileOptions(headerNames, dateOrder, sheetName, mergedCells, bytes);
    }

    private static Map<ReadingField, List<String>> defaultHeaderNames() {
        EnumMap<ReadingField, List<String>> names = new EnumMap<>(ReadingField.class);
        names.put(ReadingField.METER, List.of("Meter No", "Meter", "Meter Serial", "Serial No", "Meter Number"));
        names.put(ReadingField.DATE, List.of("Reading Date", "Date"));
        names.put(ReadingField.VALUE, List.of("Current Reading", "Reading", "Register", "Value"));
        names.put(ReadingField.READER, List.of("Reader", "Meter Reader"));
        names.put(ReadingField.REMARK, List.of("Remarks", "Remark", "Note"));
        return Collections.unmodifiableMap(names);
    }
}
