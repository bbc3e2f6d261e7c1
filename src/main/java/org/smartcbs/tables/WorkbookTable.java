package org.smartcbs.tables;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.smartcbs.core.rows.InvalidFileException;

/**
 * Reads the first visible sheet of a workbook into a {@link Table}. Dates become ISO dates, whole numbers are
 * written without a decimal point, and formulas are read by their cached value, all independent of the JVM locale.
 */
final class WorkbookTable {

    private WorkbookTable() {
    }

    static Table read(Path file, List<String> requiredColumns) {
        String name = file.getFileName().toString();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = firstVisibleSheet(workbook, name);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            int headerIndex = sheet.getFirstRowNum();
            org.apache.poi.ss.usermodel.Row header = sheet.getRow(headerIndex);
            if (header == null) {
                throw new InvalidFileException(name + ": the sheet " + sheet.getSheetName() + " is empty");
            }
            List<String> columns = new ArrayList<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                columns.add(text(header.getCell(c), formatter));
            }
            Table.checkColumns(name, columns, requiredColumns);

            List<Table.Row> rows = new ArrayList<>();
            for (int r = headerIndex + 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new TreeMap<>();
                boolean blank = true;
                for (int c = 0; c < columns.size(); c++) {
                    String value = text(row.getCell(c), formatter);
                    blank &= value.isEmpty();
                    values.put(Table.key(columns.get(c)), value);
                }
                if (!blank) {
                    rows.add(new Table.Row(r + 1, values));
                }
            }
            return new Table(name, rows);
        } catch (EncryptedDocumentException e) {
            throw new InvalidFileException(name + ": the workbook is protected by a password; save it without one");
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidFileException invalid) {
                throw invalid;
            }
            throw new InvalidFileException(name + ": cannot be read as a workbook: " + e.getMessage());
        }
    }

    private static Sheet firstVisibleSheet(Workbook workbook, String name) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                return workbook.getSheetAt(i);
            }
        }
        throw new InvalidFileException(name + ": the workbook has no visible sheet");
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            // Excel stores every number as a binary double; its shortest decimal form is the value as typed.
            return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getRichStringCellValue().getString().strip();
        }
        if (type == CellType.BOOLEAN) {
            return Boolean.toString(cell.getBooleanCellValue());
        }
        return formatter.formatCellValue(cell).strip();
    }
}
