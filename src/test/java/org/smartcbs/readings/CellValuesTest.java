package org.smartcbs.readings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellValuesTest {

    private static SheetCell text(String value) {
        return SheetCell.text(0, value);
    }

    private static SheetCell number(String value) {
        return SheetCell.number(0, new BigDecimal(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "048061|48061",
        "48,739|48739",
        "1,234,567|1234567",
        "1 234 567|1234567",
        "1\u00A0234|1234",
        "1\u2009234|1234",
        "1\u202F234|1234",
        "'  42 '|42",
        "12.0|12",
        "+7|7",
        "0|0",
        "-0|0",
        "9223372036854775807|9223372036854775807"})
    void textRegisterValueAccepted(String cellText, long expected) throws InvalidCellException {
        assertThat(CellValues.registerValue(text(cellText))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "N/A|\"N/A\" is not a number",
        "-35|\"-35\" is negative",
        "\u221235|\"\u221235\" is negative",
        "12.5|\"12.5\" is not a whole number",
        "48.739|\"48.739\" is not a whole number",
        "12,34|\"12,34\" is not a number (thousands separators must separate groups of three digits)",
        "1,2345|\"1,2345\" is not a number (thousands separators must separate groups of three digits)",
        "1234,567|\"1234,567\" is not a number (thousands separators must separate groups of three digits)",
        "1,234 567|\"1,234 567\" is not a number (thousands separators must separate groups of three digits)",
        "4.8E4|\"4.8E4\" is not a number",
        "١٢٣|\"١٢٣\" is not a number",
        "9223372036854775808|\"9223372036854775808\" is too large for a meter register"})
    void textRegisterValueRejected(String cellText, String message) {
        assertThatThrownBy(() -> CellValues.registerValue(text(cellText)))
                .isInstanceOf(InvalidCellException.class)
                .hasMessage(message);
    }

    @Test
    void numericRegisterValueRules() throws InvalidCellException {
        assertThat(CellValues.registerValue(number("25439"))).isEqualTo(25439L);
        assertThat(CellValues.registerValue(number("2.5439E4"))).isEqualTo(25439L);
        assertThat(CellValues.registerValue(number("25439.000"))).isEqualTo(25439L);
        assertThatThrownBy(() -> CellValues.registerValue(number("-35"))).hasMessage("\"-35\" is negative");
        assertThatThrownBy(() -> CellValues.registerValue(number("0.30000000000000004")))
                .hasMessage("\"0.30000000000000004\" is not a whole number");
    }

    @ParameterizedTest
    @CsvSource({
        "05/11/2026, DMY, 2026-11-05",
        "5/11/2026, DMY, 2026-11-05",
        "05-11-2026, DMY, 2026-11-05",
        "05.11.2026, DMY, 2026-11-05",
        "05/11/2026 10:30, DMY, 2026-11-05",
        "2026-11-05, DMY, 2026-11-05",
        "2026-11-05, MDY, 2026-11-05",
        "2026-11-05T08:00:00, YMD, 2026-11-05",
        "11/05/2026, MDY, 2026-11-05",
        "2026/11/05, YMD, 2026-11-05",
        "29/02/2028, DMY, 2028-02-29"})
    void textDateAccepted(String cellText, DateOrder order, LocalDate expected) throws InvalidCellException {
        assertThat(CellValues.date(text(cellText), false, order)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "31/02/2026|\"31/02/2026\" is not a valid date",
        "13/13/2026|\"13/13/2026\" is not a valid date",
        "05/11/26|\"05/11/26\" is not a date (expected day/month/year such as 05/11/2026, or 2026-11-05)",
        "05/11-2026|\"05/11-2026\" is not a date (expected day/month/year such as 05/11/2026, or 2026-11-05)",
        "5 Nov 2026|\"5 Nov 2026\" is not a date (expected day/month/year such as 05/11/2026, or 2026-11-05)",
        "46331|\"46331\" is not a date (expected day/month/year such as 05/11/2026, or 2026-11-05)"})
    void textDateRejected(String cellText, String message) {
        assertThatThrownBy(() -> CellValues.date(text(cellText), false, DateOrder.DMY)).hasMessage(message);
    }

    @Test
    void serialDatesMatchExcel1900System() throws InvalidCellException {
        assertThat(CellValues.date(number("1"), false, DateOrder.DMY)).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(CellValues.date(number("59"), false, DateOrder.DMY)).isEqualTo(LocalDate.of(1900, 2, 28));
        assertThat(CellValues.date(number("61"), false, DateOrder.DMY)).isEqualTo(LocalDate.of(1900, 3, 1));
        assertThat(CellValues.date(number("46331.75"), false, DateOrder.DMY)).isEqualTo(LocalDate.of(2026, 11, 5));
        for (int serial : new int[] {61, 366, 25569, 46331, 2958465}) {
            LocalDate expected = DateUtil.getLocalDateTime(serial, false).toLocalDate();
            assertThat(CellValues.date(number(Integer.toString(serial)), false, DateOrder.DMY)).isEqualTo(expected);
        }
    }

    @Test
    void serialDatesMatchExcel1904System() throws InvalidCellException {
        assertThat(CellValues.date(number("0"), true, DateOrder.DMY)).isEqualTo(LocalDate.of(1904, 1, 1));
        for (int serial : new int[] {1, 366, 44869, 2957003}) {
            LocalDate expected = DateUtil.getLocalDateTime(serial, true).toLocalDate();
            assertThat(CellValues.date(number(Integer.toString(serial)), true, DateOrder.DMY)).isEqualTo(expected);
        }
    }

    @Test
    void invalidSerialDatesRejected() {
        for (String serial : new String[] {"0", "60", "-1", "2958466"}) {
            assertThatThrownBy(() -> CellValues.date(number(serial), false, DateOrder.DMY))
                    .hasMessage("\"" + serial + "\" is not a valid Excel date");
        }
    }

    @Test
    void textOfNumericCellHasNoDecimalPoint() throws InvalidCellException {
        assertThat(CellValues.text(number("400025.0"))).isEqualTo("400025");
        assertThat(CellValues.text(text("\u00A0 M400025 "))).isEqualTo("M400025");
        assertThat(CellValues.text(text("   "))).isNull();
        assertThat(CellValues.text(null)).isNull();
    }

    @Test
    void errorCellIsRejected() {
        assertThatThrownBy(() -> CellValues.registerValue(SheetCell.error(0, "#DIV/0!")))
                .hasMessage("the cell shows the error #DIV/0!");
    }
}
