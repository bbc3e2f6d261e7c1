package org.smartcbs.readings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that turn a cell into a meter number, a register value or a date.
 *
 * <p>Every rule works on the cell's stored value or its text and none depends on the JVM's default locale.
 * Each rule raises {@link InvalidCellException} with a message such as {@code "N/A" is not a number}.
 */
final class CellValues {

    /** Day 1 of Excel's 1900 date system is 1900-01-01, and day 60 is the 29 February 1900 Excel invents. */
    private static final LocalDate DAY_ZERO_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate DAY_ZERO_1904 = LocalDate.of(1904, 1, 1);
    private static final int FICTIONAL_LEAP_DAY = 60;

    /** The largest serial numbers Excel shows as a date (9999-12-31) in each date system. */
    private static final long MAX_SERIAL_1900 = 2_958_465;
    private static final long MAX_SERIAL_1904 = 2_957_003;

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern TEXT_DATE = Pattern.compile("(\\d{1,4})([/.\\-])(\\d{1,2})\\2(\\d{1,4})");
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** Characters accepted between groups of three digits: comma, space, no-break and thin spaces. */
    private static final String GROUP_SEPARATORS = ", \u00A0\u2007\u2009\u202F";

    private CellValues() {
    }

    /** Removes leading and trailing white space, including no-break and thin spaces. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Returns the cell as trimmed text, with whole numbers written without a decimal point, or {@code null}
     * when the cell is empty.
     */
    static String text(SheetCell cell) throws InvalidCellException {
        if (cell == null) {
            return null;
        }
        rejectUnreadable(cell);
        String text = trim(cell.displayText());
        return text.isEmpty() ? null : text;
    }

    /** Returns the register value of a cell that must hold a whole number that is not negative. */
    static long registerValue(SheetCell cell) throws InvalidCellException {
        rejectUnreadable(cell);
        BigDecimal value = switch (cell.kind()) {
            case NUMBER -> cell.number();
            case TEXT -> parseNumberText(cell.text());
            default -> throw new InvalidCellException(quote(cell.displayText()) + " is not a number");
        };
        return toRegisterValue(value, cell.displayText());
    }

    /**
     * Returns the date of a cell holding an Excel serial date, or a text date in the given order, or an ISO
     * date ({@code 2026-11-05}) in any order. A time of day in the cell is ignored.
     */
    static LocalDate date(SheetCell cell, boolean date1904, DateOrder order) throws InvalidCellException {
        rejectUnreadable(cell);
        return switch (cell.kind()) {
            case NUMBER -> serialDate(cell.number(), date1904);
            case TEXT -> parseDateText(cell.text(), order);
            default -> throw new InvalidCellException(quote(cell.displayText()) + " is not a date");
        };
    }

    private static void rejectUnreadable(SheetCell cell) throws InvalidCellException {
        switch (cell.kind()) {
            case ERROR -> throw new InvalidCellException("the cell shows the error " + cell.text());
            case FORMULA_WITHOUT_VALUE -> throw new InvalidCellException("the formula " + quote(cell.displayText())
                    + " has no saved result; open the file in Excel, save it and upload it again");
            case MERGED -> throw new InvalidCellException("the cell is part of the merged cells " + cell.text()
                    + "; unmerge them and type the value in each row");
            default -> {
                // readable
            }
        }
    }

    private static BigDecimal parseNumberText(String raw) throws InvalidCellException {
        String text = trim(raw);
        boolean negative = false;
        String unsigned = text;
        if (!unsigned.isEmpty() && (unsigned.charAt(0) == '-' || unsigned.charAt(0) == '\u2212')) {
            negative = true;
            unsigned = trim(unsigned.substring(1));
        } else if (!unsigned.isEmpty() && unsigned.charAt(0) == '+') {
            unsigned = trim(unsigned.substring(1));
        }

        int point = unsigned.indexOf('.');
        String integerPart = point < 0 ? unsigned : unsigned.substring(0, point);
        String fractionPart = point < 0 ? "" : unsigned.substring(point + 1);
        String integerDigits = removeGroupSeparators(integerPart, raw);
        if (integerDigits.isEmpty() || !DIGITS.matcher(integerDigits).matches()
                || (!fractionPart.isEmpty() && !DIGITS.matcher(fractionPart).matches())) {
            throw new InvalidCellException(quote(raw) + " is not a number");
        }

        BigDecimal magnitude = new BigDecimal(fractionPart.isEmpty() ? integerDigits : integerDigits + "." + fractionPart);
        return negative ? magnitude.negate() : magnitude;
    }

    /** Removes thousands separators, which must all be the same character and sit between groups of three. */
    private static String removeGroupSeparators(String integerPart, String raw) throws InvalidCellException {
        char separator = 0;
        for (int i = 0; i < integerPart.length(); i++) {
            char c = integerPart.charAt(i);
            if (GROUP_SEPARATORS.indexOf(c) >= 0) {
                separator = c;
                break;
            }
        }
        if (separator == 0) {
            return integerPart;
        }

        String[] groups = integerPart.split(Pattern.quote(String.valueOf(separator)), -1);
        boolean wellFormed = groups[0].length() >= 1 && groups[0].length() <= 3;
        for (int i = 1; i < groups.length; i++) {
            wellFormed &= groups[i].length() == 3;
        }
        if (!wellFormed) {
            throw new InvalidCellException(quote(raw) + " is not a number (thousands separators must separate"
                    + " groups of three digits)");
        }
        return String.join("", groups);
    }

    private static long toRegisterValue(BigDecimal value, String shown) throws InvalidCellException {
        BigDecimal whole = value.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw new InvalidCellException(quote(shown) + " is not a whole number");
        }
        if (whole.signum() < 0) {
            throw new InvalidCellException(quote(shown) + " is negative");
        }
        BigInteger integer = whole.toBigIntegerExact();
        if (integer.bitLength() >= Long.SIZE) {
            throw new InvalidCellException(quote(shown) + " is too large for a meter register");
        }
        return integer.longValueExact();
    }

    private static LocalDate serialDate(BigDecimal serial, boolean date1904) throws InvalidCellException {
        String shown = serial.stripTrailingZeros().toPlainString();
        long maxSerial = date1904 ? MAX_SERIAL_1904 : MAX_SERIAL_1900;
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(maxSerial + 1)) >= 0) {
            throw new InvalidCellException(quote(shown) + " is not a valid Excel date");
        }
        // The fraction is the time of day, which a reading date does not keep.
        long day = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
        if (date1904) {
            return DAY_ZERO_1904.plusDays(day);
        }
        if (day == 0 || day == FICTIONAL_LEAP_DAY) {
            throw new InvalidCellException(quote(shown) + " is not a valid Excel date");
        }
        // Excel counts a 29 February 1900 that never existed, so later serials are one day ahead.
        return DAY_ZERO_1900.plusDays(day < FICTIONAL_LEAP_DAY ? day : day - 1);
    }

    private static LocalDate parseDateText(String raw, DateOrder order) throws InvalidCellException {
        String text = trim(raw);
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.matches()) {
            return dateOf(iso.group(1), iso.group(2), iso.group(3), raw);
        }

        String datePart = text;
        int space = indexOfSpace(text);
        if (space > 0) {
            datePart = text.substring(0, space);
            if (!TIME_OF_DAY.matcher(trim(text.substring(space))).matches()) {
                throw notADate(raw, order);
            }
        }

        Matcher parts = TEXT_DATE.matcher(datePart);
        if (!parts.matches()) {
            throw notADate(raw, order);
        }
        String first = parts.group(1);
        String second = parts.group(3);
        String third = parts.group(4);
        return switch (order) {
            case DMY -> checkedDate(third, second, first, raw, order);
            case MDY -> checkedDate(third, first, second, raw, order);
            case YMD -> checkedDate(first, second, third, raw, order);
        };
    }

    private static int indexOfSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate checkedDate(String year, String month, String day, String raw, DateOrder order)
            throws InvalidCellException {
        if (year.length() != 4 || month.length() > 2 || day.length() > 2) {
            throw notADate(raw, order);
        }
        return dateOf(year, month, day, raw);
    }

    private static LocalDate dateOf(String year, String month, String day, String raw) throws InvalidCellException {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new InvalidCellException(quote(raw) + " is not a valid date");
        }
    }

    private static InvalidCellException notADate(String raw, DateOrder order) {
        String example = switch (order) {
            case DMY -> "day/month/year such as 05/11/2026";
            case MDY -> "month/day/year such as 11/05/2026";
            case YMD -> "year/month/day such as 2026/11/05";
        };
        return new InvalidCellException(quote(raw) + " is not a date (expected " + example + ", or 2026-11-05)");
    }

    static String quote(String text) {
        return "\"" + text + "\"";
    }
}
