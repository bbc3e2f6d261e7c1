package org.smartcbs.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

import picocli.CommandLine.TypeConversionException;

/**
 * Converters for date and month option values. Picocli puts {@code Invalid value for option '--month': } before
 * each message, so a message names only the value and the expected form.
 */
final class DateOptions {

    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH_TEXT = Pattern.compile("\\d{4}-\\d{2}");

    private DateOptions() {
    }

    /** Parses a date written YYYY-MM-DD, such as 2026-11-10. */
    static LocalDate date(String text) {
        if (!DATE_TEXT.matcher(text).matches()) {
            throw new TypeConversionException("\"" + text + "\" is not a date; write YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new TypeConversionException("\"" + text + "\" is not a valid date; write YYYY-MM-DD");
        }
    }

    /** Parses a month written YYYY-MM, such as 2026-11. */
    static YearMonth month(String text) {
        if (!MONTH_TEXT.matcher(text).matches()) {
            throw new TypeConversionException("\"" + text + "\" is not a month; write YYYY-MM");
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeException e) {
            throw new TypeConversionException("\"" + text + "\" is not a valid month; write YYYY-MM");
        }
    }
}
