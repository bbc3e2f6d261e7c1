package org.smartcbs.readings;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One non-empty cell of a sheet as the file stores it, before any reading rule is applied.
 *
 * @param column zero-based column index
 * @param kind   the kind of content
 * @param text   the text for TEXT, BOOLEAN and ERROR cells, the formula for FORMULA_WITHOUT_VALUE,
 *               the merged region (such as {@code A3:A5}) for MERGED, and {@code null} for NUMBER
 * @param number the exact decimal for NUMBER cells, otherwise {@code null}
 * @param minimumDigits for NUMBER cells with a number format of zeros only, such as {@code 000000}, the number
 *               of digits Excel pads the number to, otherwise 0
 */
record SheetCell(int column, Kind kind, String text, BigDecimal number, int minimumDigits) {

    private static final Pattern ZEROS_ONLY = Pattern.compile("0+");


    enum Kind {
        TEXT,
        NUMBER,
        BOOLEAN,
        ERROR,
        /** A formula cell that the file stores without a calculated result. */
        FORMULA_WITHOUT_VALUE,
        /** A cell inside a merged region that the REJECT policy keeps from being read. */
        MERGED
    }

    static SheetCell text(int column, String text) {
        return new SheetCell(column, Kind.TEXT, text, null, 0);
    }

    static SheetCell number(int column, BigDecimal number) {
        return new SheetCell(column, Kind.NUMBER, null, number, 0);
    }

    /** Returns a NUMBER cell that Excel shows with the given number format code, such as {@code 000000}. */
    static SheetCell number(int column, BigDecimal number, String formatCode) {
        boolean zerosOnly = formatCode != null && ZEROS_ONLY.matcher(formatCode).matches();
        return new SheetCell(column, Kind.NUMBER, null, number, zerosOnly ? formatCode.length() : 0);
    }

    static SheetCell bool(int column, boolean value) {
        return new SheetCell(column, Kind.BOOLEAN, value ? "TRUE" : "FALSE", null, 0);
    }

    static SheetCell error(int column, String code) {
        return new SheetCell(column, Kind.ERROR, code, null, 0);
    }

    static SheetCell formulaWithoutValue(int column, String formula) {
        return new SheetCell(column, Kind.FORMULA_WITHOUT_VALUE, formula, null, 0);
    }

    static SheetCell merged(int column, String region) {
        return new SheetCell(column, Kind.MERGED, region, null, 0);
    }

    SheetCell atColumn(int otherColumn) {
        return new SheetCell(otherColumn, kind, text, number, minimumDigits);
    }

    /**
     * Returns the content as text, the way problems quote it. Numbers are written without an exponent, and padded
     * with leading zeros when their format is zeros only.
     */
    String displayText() {
        return switch (kind) {
            case NUMBER -> numberText();
            case FORMULA_WITHOUT_VALUE -> "=" + text;
            case MERGED -> "";
            default -> text;
        };
    }

    private String numberText() {
        String plain = number.stripTrailingZeros().toPlainString();
        boolean padded = minimumDigits > plain.length() && number.signum() >= 0 && plain.indexOf('.') < 0;
        return padded ? "0".repeat(minimumDigits - plain.length()) + plain : plain;
    }

    /** Returns whether the cell contains nothing but spaces. */
    boolean isEmpty() {
        return kind == Kind.TEXT && CellValues.trim(text).isEmpty();
    }
}
