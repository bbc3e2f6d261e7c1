package org.smartcbs.tariffs;

import static org.smartcbs.core.tariff.TariffFormatException.invalid;
import static org.smartcbs.core.tariff.TariffFormatException.invalidAsWritten;
import static org.smartcbs.core.tariff.TariffFormatException.missing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.smartcbs.core.tariff.TariffDecimals;
import org.smartcbs.core.tariff.TariffFormatException;

import tools.jackson.databind.JsonNode;

/**
 * The fields of one JSON object of a tariff file, read by name with the object's path, so that every error
 * names the field path and the value as written.
 */
final class JsonFields {

    /** A decimal written as a JSON string: optional minus, digits, optional fraction and exponent. */
    private static final Pattern DECIMAL_TEXT = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    /**
     * Maximum length of decimal text. Longer text is out of range in {@link TariffDecimals} unless it pads with
     * zeros, so the reader rejects it unparsed.
     */
    private static final int MAX_DECIMAL_TEXT = 100;

    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** Wraps {@code node}, rejecting it unless it is an object whose field names are all in {@code allowed}. */
    static JsonFields of(JsonNode node, String path, Set<String> allowed) {
        if (!node.isObject()) {
            throw invalidAsWritten(displayPath(path), node.toString(), "is not a JSON object");
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!allowed.contains(field.getKey())) {
                throw invalidAsWritten(child(path, field.getKey()), field.getValue().toString(),
                        "is not a field of this object; the fields are " + String.join(", ", allowed));
            }
        }
        return new JsonFields(node, path);
    }

    String path(String name) {
        return child(path, name);
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    boolean hasKey(String name) {
        return node.has(name);
    }

    JsonNode get(String name) {
        return node.get(name);
    }

    String requiredString(String name, String hint) {
        if (!has(name)) {
            throw missing(path(name), hint);
        }
        return string(name);
    }

    String optionalString(String name) {
        return has(name) ? string(name) : null;
    }

    private String string(String name) {
        JsonNode value = node.get(name);
        if (!value.isString()) {
            throw invalidAsWritten(path(name), value.toString(), "is not a JSON string");
        }
        return value.stringValue();
    }

    BigDecimal requiredDecimal(String name, String hint) {
        if (!has(name)) {
            throw missing(path(name), hint);
        }
        return decimal(path(name), node.get(name));
    }

    BigDecimal optionalDecimal(String name) {
        return has(name) ? decimal(path(name), node.get(name)) : null;
    }

    /** Reads an {@code upTo} limit: the key is required, and {@code null} means no upper limit. */
    BigDecimal limit(String name) {
        if (!hasKey(name)) {
            throw missing(path(name), "write the upper limit in units, or null for no upper limit");
        }
        JsonNode value = node.get(name);
        return value.isNull() ? null : decimal(path(name), value);
    }

    int requiredInteger(String name, String hint) {
        if (!has(name)) {
            throw missing(path(name), hint);
        }
        JsonNode value = node.get(name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw invalidAsWritten(path(name), value.toString(), "is not a whole number");
        }
        return value.intValue();
    }

    boolean optionalBoolean(String name) {
        if (!has(name)) {
            return false;
        }
        JsonNode value = node.get(name);
        if (!value.isBoolean()) {
            throw invalidAsWritten(path(name), value.toString(), "is not true or false");
        }
        return value.booleanValue();
    }

    LocalDate requiredDate(String name, String hint) {
        if (!has(name)) {
            throw missing(path(name), hint);
        }
        return date(name);
    }

    LocalDate optionalDate(String name) {
        return has(name) ? date(name) : null;
    }

    private LocalDate date(String name) {
        String text = string(name);
        if (!DATE_TEXT.matcher(text).matches()) {
            throw invalid(path(name), text, "is not a date; write YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(path(name), text, "is not a valid date; write YYYY-MM-DD");
        }
    }

    /** Returns the array in field {@code name}, or {@code null} when it is absent or null. */
    JsonNode optionalArray(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode value = node.get(name);
        if (!value.isArray()) {
            throw invalidAsWritten(path(name), value.toString(), "is not a JSON array");
        }
        return value;
    }

    /**
     * Reads a decimal exactly from a JSON number or a JSON string, never through a binary float, and rejects it
     * when it is out of the range of {@link TariffDecimals} before anything expands its exponent.
     */
    static BigDecimal decimal(String path, JsonNode value) {
        if (value.isNumber()) {
            return withoutNegativeScale(inRange(path, value, value.decimalValue()));
        }
        if (value.isString()) {
            String text = value.stringValue();
            if (DECIMAL_TEXT.matcher(text).matches()) {
                return withoutNegativeScale(inRange(path, value, parseDecimal(text)));
            }
        }
        throw invalidAsWritten(path, value.toString(), "is not a decimal; write a number such as 3.15 or \"3.15\"");
    }

    /**
     * Parses decimal text, or returns {@code null} when the text is too long to be in range or its exponent does
     * not fit in an {@code int}.
     */
    private static BigDecimal parseDecimal(String text) {
        if (text.length() > MAX_DECIMAL_TEXT) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal inRange(String path, JsonNode written, BigDecimal value) {
        if (value == null || !TariffDecimals.inRange(value)) {
            throw invalidAsWritten(path, written.toString(), TariffDecimals.OUT_OF_RANGE);
        }
        return value;
    }

    /** Turns an exponent form such as 1E+2 into 100, so the value is written back in plain notation unchanged. */
    private static BigDecimal withoutNegativeScale(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    private static String displayPath(String path) {
        return path.isEmpty() ? "(document)" : path;
    }

    static TariffFormatException notAnElement(String path, JsonNode value, String expected) {
        return invalidAsWritten(path, value.toString(), "is not " + expected);
    }
}
