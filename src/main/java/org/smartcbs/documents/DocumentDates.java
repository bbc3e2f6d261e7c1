package org.smartcbs.documents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date formats for documents, in a fixed locale so that output does not depend on the JVM default. */
final class DocumentDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private DocumentDates() {
    }

    /** Formats a day such as {@code 15 Jan 2026}. */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** Formats a month such as {@code January 2026}. */
    static String month(YearMonth month) {
        return MONTH.format(month);
    }
}
