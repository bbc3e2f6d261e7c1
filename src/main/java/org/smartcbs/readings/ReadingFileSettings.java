package org.smartcbs.readings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reading-file options that the organisation configures: the header names of each column, the day order of
 * dates typed as text, what to do with merged cells and the size limit of an upload. A header-name setting left
 * empty keeps the built-in names of {@link ReadingFileOptions#defaults()}.
 */
@Component
class ReadingFileSettings {

    private final ReadingFileOptions options;

    ReadingFileSettings(
            @Value("${smartcbs.readings.header-names.meter:}") String meterHeaders,
            @Value("${smartcbs.readings.header-names.date:}") String dateHeaders,
            @Value("${smartcbs.readings.header-names.value:}") String valueHeaders,
            @Value("${smartcbs.readings.header-names.reader:}") String readerHeaders,
            @Value("${smartcbs.readings.header-names.remark:}") String remarkHeaders,
            @Value("${smartcbs.readings.date-order:DMY}") String dateOrder,
            @Value("${smartcbs.readings.merged-cells:FILL}") String mergedCells,
            @Value("${smartcbs.readings.max-file-bytes:" + ReadingFileOptions.DEFAULT_MAX_FILE_BYTES + "}")
            long maxFileBytes) {
        ReadingFileOptions configured = ReadingFileOptions.defaults()
                .withDateOrder(choice(DateOrder.class, "smartcbs.readings.date-order", dateOrder))
                .withMergedCells(choice(MergedCellPolicy.class, "smartcbs.readings.merged-cells", mergedCells))
                .withMaxFileBytes(maxFileBytes);
        configured = withNames(configured, ReadingField.METER, meterHeaders);
        configured = withNames(configured, ReadingField.DATE, dateHeaders);
        configured = withNames(configured, ReadingField.VALUE, valueHeaders);
        configured = withNames(configured, ReadingField.READER, readerHeaders);
        this.options = withNames(configured, ReadingField.REMARK, remarkHeaders);
    }

    /** Returns the configured options, reading the first visible sheet. */
    ReadingFileOptions options() {
        return options;
    }

    private static ReadingFileOptions withNames(ReadingFileOptions options, ReadingField field, String commaSeparated) {
        List<String> names = Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        return names.isEmpty() ? options : options.withHeaderNames(field, names);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String setting, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " \"" + value + "\" is invalid; use one of "
                    + Arrays.toString(type.getEnumConstants()), e);
        }
    }
}
