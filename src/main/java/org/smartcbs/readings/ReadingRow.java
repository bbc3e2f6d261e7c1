package org.smartcbs.readings;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One meter reading as read from a file, before any check against the meter register.
 *
 * @param rowNumber     row number as the spreadsheet shows it, starting at 1
 * @param meterSerial   the meter number, trimmed
 * @param readingDate   the date the register was read
 * @param registerValue the register value in whole register units, never negative
 * @param reader        the person who read the meter, or {@code null} when the file has none
 * @param remark        the remark, or {@code null} when the file has none
 */
public record ReadingRow(
        int rowNumber, String meterSerial, LocalDate readingDate, long registerValue, String reader, String remark) {

    public ReadingRow {
        Objects.requireNonNull(meterSerial, "meterSerial");
        Objects.requireNonNull(readingDate, "readingDate");
        if (registerValue < 0) {
            throw new IllegalArgumentException("registerValue must not be negative: " + registerValue);
        }
    }
}
