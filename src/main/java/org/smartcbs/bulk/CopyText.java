package org.smartcbs.bulk;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Formats rows as lines of PostgreSQL's COPY text format: values separated by tabs, {@code \N} for null, and a
 * backslash before each backslash, tab, newline and carriage return inside a value. The lines are UTF-8, the
 * client encoding the PostgreSQL JDBC driver sets.
 */
final class CopyText {

    private final StringBuilder line = new StringBuilder(256);

    /** Returns the row as one line, with its newline. */
    byte[] line(Object[] row) {
        line.setLength(0);
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            append(row[i]);
        }
        line.append('\n');
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void append(Object value) {
        if (value == null) {
            line.append("\\N");
        } else if (value instanceof BigDecimal decimal) {
            line.append(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof LocalDate) {
            line.append(value);
        } else if (value instanceof Boolean flag) {
            line.append(flag ? 't' : 'f');
        } else if (value instanceof LocalDateTime dateTime) {
            // ISO 8601 with the 'T' separator, which PostgreSQL's timestamp input accepts.
            line.append(dateTime);
        } else if (value instanceof CharSequence text) {
            appendEscaped(text);
        } else {
            throw new IllegalArgumentException("COPY cannot write a value of type " + value.getClass().getName());
        }
    }

    private void appendEscaped(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }
}
