package org.smartcbs.readings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small workbooks and CSV files for the reader tests. A row is a list of cell values: a String is a
 * text cell, a Number a numeric cell, a LocalDate a date-formatted serial, a {@link Formula} a formula
 * whose result is calculated and saved, and {@code null} an empty cell.
 */
final class TestWorkbooks {

    static final List<Object> HEADER = List.of("Meter No", "Reading Date", "Current Reading", "Reader", "Remarks");

    record Formula(String expression) {
    }

    private TestWorkbooks() {
    }

    static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell);
        }
        return row;
    }

    static Path xlsx(Path folder, String name, List<List<Object>> rows) throws IOException {
        return write(new XSSFWorkbook(), folder.resolve(name), workbook -> addSheet(workbook, "Readings", rows));
    }

    static Path xls(Path folder, String name, List<List<Object>> rows) throws IOException {
        return write(new HSSFWorkbook(), folder.resolve(name), workbook -> addSheet(workbook, "Readings", rows));
    }

    static Path write(Workbook workbook, Path file, Consumer<Workbook> content) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            content.accept(workbook);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        return file;
    }

    static Sheet addSheet(Workbook workbook, String name, List<List<Object>> rows) {
        Sheet sheet = workbook.createSheet(name);
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        for (int r = 0; r < rows.size(); r++) {
            List<Object> values = rows.get(r);
            if (values == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof String text) {
                    cell.setCellValue(text);
                } else if (value instanceof Double fraction) {
                    cell.setCellValue(fraction);
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.longValue());
                } else if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                } else if (value instanceof Formula formula) {
                    cell.setCellFormula(formula.expression());
                } else {
                    throw new IllegalArgumentException("unsupported test cell " + value);
                }
            }
        }
        return sheet;
    }

    /** Writes the rows as CSV, dates day first, quoting every text field. */
    static Path csv(Path folder, String name, List<List<Object>> rows) throws IOException {
        StringBuilder text = new StringBuilder();
        DateTimeFormatter dayFirst = DateTimeFormatter.ofPattern("dd/MM/uuuu");
        for (List<Object> values : rows) {
            if (values != null) {
                List<String> fields = new ArrayList<>();
                for (Object value : values) {
                    if (value == null) {
                        fields.add("");
                    } else if (value instanceof LocalDate date) {
                        fields.add(date.format(dayFirst));
                    } else if (value instanceof String s) {
                        fields.add("\"" + s.replace("\"", "\"\"") + "\"");
                    } else {
                        fields.add(value.toString());
                    }
                }
                text.append(String.join(",", fields));
            }
            text.append("\r\n");
        }
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
