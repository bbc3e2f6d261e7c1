package org.smartcbs.readings;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads one sheet of a BIFF8 workbook (.xls, Excel 97 to 2003) with HSSF, which loads the whole workbook.
 *
 * <p>NOTE: memory grows with the workbook's size, which only the file size limit bounds. BIFF8 sheets have at
 * most 65,536 rows.
 */
final class XlsSheetReader {

    private XlsSheetReader() {
    }

    static ReadingFile read(POIFSFileSystem fileSystem, String fileName, ReadingFileOptions options)
            throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(fileSystem.getRoot(), false)) {
            List<WorkbookSheet> sheets = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
                sheets.add(new WorkbookSheet(workbook.getSheetName(i), Integer.toString(i), !hidden));
            }
            WorkbookSheet chosen = WorkbookSheets.choose(sheets, options.sheetName(), fileName);
            Sheet sheet = workbook.getSheetAt(Integer.parseInt(chosen.relationId()));

            ReadingRowCollector collector = new ReadingRowCollector(fileName, options);
            boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
            collector.startSheet(chosen.name(), date1904,
                    new MergedRegions(sheet.getMergedRegions(), options.mergedCells()));
            for (Row row : sheet) {
                collector.accept(toSheetRow(row));
            }
            return collector.finish();
        }
    }

    private static SheetRow toSheetRow(Row row) {
        List<SheetCell> cells = new ArrayList<>();
        for (Cell cell : row) {
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) {
                type = cell.getCachedFormulaResultType();
            }
            SheetCell sheetCell = toSheetCell(cell, type);
            if (sheetCell != null) {
                cells.add(sheetCell);
            }
        }
        return new SheetRow(row.getRowNum() + 1, cells);
    }

    private static SheetCell toSheetCell(Cell cell, CellType type) {
        int column = cell.getColumnIndex();
        return switch (type) {
            // BIFF8 stores numbers as IEEE doubles, so this is the one place a double is read.
            // BigDecimal.valueOf takes its shortest decimal form, which is exact for whole register values.
            case NUMERIC -> SheetCell.number(column, BigDecimal.valueOf(cell.getNumericCellValue()),
                    cell.getCellStyle().getDataFormatString());
            case STRING -> SheetCell.text(column, cell.getStringCellValue());
            case BOOLEAN -> SheetCell.bool(column, cell.getBooleanCellValue());
            case ERROR -> SheetCell.error(column, errorCode(cell.getErrorCellValue()));
            default -> null;
        };
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
