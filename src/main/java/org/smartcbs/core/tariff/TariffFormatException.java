package org.smartcbs.core.tariff;

/**
 * An invalid tariff: a field that is missing, malformed or breaks a rule of the tariff file format.
 *
 * <p>The message starts with the field path and the offending value, for example
 * {@code schedules[1].slabs[2].upTo: 150 is not above the previous limit 200}.
 */
public class TariffFormatException extends RuntimeException {

    private final String path;
    private final String value;

    /**
     * Creates the exception for a field.
     *
     * @param path field path such as {@code charges[0].of[1]}; empty for the document as a whole
     * @param value the offending value as written, {@code null} when the field is missing
     * @param message the full message, which should contain the path and the value
     */
    public TariffFormatException(String path, String value, String message) {
        super(message);
        this.path = path;
        this.value = value;
    }

    /** Creates the exception for a present value: the message is {@code path: value problem}. */
    public static TariffFormatException invalid(String path, Object value, String problem) {
        String valueText = show(value);
        return new TariffFormatException(path, valueText, path + ": " + valueText + " " + problem);
    }

    /**
     * Creates the exception for a value already shown as written, such as JSON text: the message is
     * {@code path: valueText problem}.
     */
    public static TariffFormatException invalidAsWritten(String path, String valueText, String problem) {
        return new TariffFormatException(path, valueText, path + ": " + valueText + " " + problem);
    }

    /** Creates the exception for a required field that is absent or null. */
    public static TariffFormatException missing(String path, String hint) {
        return new TariffFormatException(path, null, path + ": missing; " + hint);
    }

    /** Returns the field path of the offending value, such as {@code schedules[0].slabs[2].upTo}. */
    public String path() {
        return path;
    }

    /** Returns the offending value as the message shows it, {@code null} when the field is missing. */
    public String value() {
        return value;
    }

    /** Renders a value as a reader of the file would write it: strings quoted, decimals in plain notation. */
    static String show(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof CharSequence text) {
            return "\"" + text + "\"";
        }
        return String.valueOf(value);
    }
}
