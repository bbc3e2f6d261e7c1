package org.smartcbs.readings;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one sheet of an OOXML workbook (.xlsx) with SAX, so the sheet's XML is never held in memory.
 *
 * <p>The sheet's XML is read twice: first for its merged regions, which the format stores after the cell
 * data, then for the rows. Shared strings are held in memory, inline strings are read where they stand.
 */
final class XlsxSheetReader {

    private XlsxSheetReader() {
    }

    static ReadingFile read(Path file, String fileName, ReadingFileOptions options)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookHandler workbook = new WorkbookHandler();
            try (InputStream in = reader.getWorkbookData()) {
                parse(in, workbook);
            }
            WorkbookSheet sheet = WorkbookSheets.choose(workbook.sheets, options.sheetName(), fileName);
            ReadOnlySharedStringsTable sharedStrings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();

            MergeCellHandler mergeCells = new MergeCellHandler();
            try (InputStream in = reader.getSheet(sheet.relationId())) {
                parse(in, mergeCells);
            }

            ReadingRowCollector collector = new ReadingRowCollector(fileName, options);
            collector.startSheet(sheet.name(), workbook.date1904,
                    new MergedRegions(mergeCells.regions, options.mergedCells()));
            try (InputStream in = reader.getSheet(sheet.relationId())) {
                parse(in, new SheetDataHandler(sharedStrings, styles, collector));
            }
            return collector.finish();
        } finally {
            // POI's close() is meant for saving, so a package opened for reading is released with revert().
            pkg.revert();
        }
    }

    private static void parse(InputStream in, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xmlReader = XMLHelper.newXMLReader();
        xmlReader.setContentHandler(handler);
        try {
            xmlReader.parse(new InputSource(in));
        } catch (SAXException e) {
            // A SAX parser may wrap an exception thrown by a handler, so the reader's own exception is unwrapped.
            if (e.getException() instanceof ReadingFileException readingFileException) {
                throw readingFileException;
            }
            throw e;
        }
    }

    private static String localName(String localName, String qualifiedName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qualifiedName.indexOf(':');
        return colon < 0 ? qualifiedName : qualifiedName.substring(colon + 1);
    }

    private static String attribute(Attributes attributes, String name) {
        for (int i = 0; i < attributes.getLength(); i++) {
            if (name.equals(localName(attributes.getLocalName(i), attributes.getQName(i)))) {
                return attributes.getValue(i);
            }
        }
        return null;
    }

    /** Collects the sheets listed in workbook.xml, with their state, and the date system. */
    private static final class WorkbookHandler extends DefaultHandler {

        private final List<WorkbookSheet> sheets = new ArrayList<>();
        private boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qualifiedName, Attributes attributes) {
            String element = localName(localName, qualifiedName);
            if ("sheet".equals(element)) {
                String state = attribute(attributes, "state");
                boolean visible = state == null || "visible".equals(state);
                sheets.add(new WorkbookSheet(attribute(attributes, "name"), attribute(attributes, "id"), visible));
            } else if ("workbookPr".equals(element)) {
                String value = attribute(attributes, "date1904");
                date1904 = "1".equals(value) || "true".equals(value);
            }
        }
    }

    /** Collects the {@code <mergeCell ref="A3:A5"/>} elements of a sheet. */
    private static final class MergeCellHandler extends DefaultHandler {

        private final List<CellRangeAddress> regions = new ArrayList<>();

        @Override
        public void startElement(String uri, String localName, String qualifiedName, Attributes attributes) {
            if ("mergeCell".equals(localName(localName, qualifiedName))) {
                String ref = attribute(attributes, "ref");
                if (ref != null && !ref.isBlank()) {
                    regions.add(CellRangeAddress.valueOf(ref.trim()));
                }
            }
        }
    }

    /** Turns {@code <row>} and {@code <c>} elements into rows for the collector. */
    private static final class SheetDataHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable sharedStrings;
        private final StylesTable styles;
        private final Map<Integer, String> formatCodes = new HashMap<>();
        private final ReadingRowCollector collector;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private final StringBuilder inlineText = new StringBuilder();

        private List<SheetCell> cells;
        private int rowNumber;
        private int column;
        private String cellType;
        private int styleIndex;
        private boolean hasFormula;
        private boolean inValue;
        private boolean inFormula;
        private boolean inInlineString;
        private boolean inInlineText;
        private boolean inPhonetic;

        SheetDataHandler(ReadOnlySharedStringsTable sharedStrings, StylesTable styles, ReadingRowCollector collector) {
            this.sharedStrings = sharedStrings;
            this.styles = styles;
            this.collector = collector;
        }

        @Override
        public void startElement(String uri, String localName, String qualifiedName, Attributes attributes) {
            switch (localName(localName, qualifiedName)) {
                case "row" -> startRow(attribute(attributes, "r"));
                case "c" -> startCell(attribute(attributes, "r"), attribute(attributes, "t"), attribute(attributes, "s"));
                case "v" -> inValue = true;
                case "f" -> {
                    inFormula = true;
                    hasFormula = true;
                }
                case "is" -> inInlineString = true;
                case "rPh" -> inPhonetic = true;
                case "t" -> inInlineText = inInlineString && !inPhonetic;
                default -> {
                    // other elements carry nothing the reader needs
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qualifiedName) {
            switch (localName(localName, qualifiedName)) {
                case "row" -> {
                    collector.accept(new SheetRow(rowNumber, cells));
                    cells = null;
                }
                case "c" -> endCell();
                case "v" -> inValue = false;
                case "f" -> inFormula = false;
                case "is" -> inInlineString = false;
                case "rPh" -> inPhonetic = false;
                case "t" -> inInlineText = false;
                default -> {
                    // nothing to close
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inFormula) {
                formula.append(ch, start, length);
            } else if (inInlineText) {
                inlineText.append(ch, start, length);
            }
        }

        private void startRow(String ref) {
            rowNumber = ref == null ? rowNumber + 1 : Integer.parseInt(ref.trim());
            cells = new ArrayList<>();
            column = -1;
        }

        private void startCell(String ref, String type, String style) {
            column = ref == null ? column + 1 : columnIndex(ref);
            cellType = type == null ? "n" : type;
            styleIndex = style == null || style.isBlank() ? 0 : Integer.parseInt(style.trim());
            hasFormula = false;
            value.setLength(0);
            formula.setLength(0);
            inlineText.setLength(0);
        }

        private void endCell() {
            SheetCell cell = toCell();
            if (cell != null && cells != null) {
                cells.add(cell);
            }
        }

        private SheetCell toCell() {
            String stored = value.toString();
            switch (cellType) {
                case "inlineStr":
                    return SheetCell.text(column, inlineText.toString());
                case "s":
                    if (stored.isBlank()) {
                        return null;
                    }
                    return SheetCell.text(column, sharedStrings.getItemAt(Integer.parseInt(stored.trim())).getString());
                case "str", "d":
                    return hasFormula && stored.isEmpty()
                            ? SheetCell.formulaWithoutValue(column, formula.toString())
                            : SheetCell.text(column, stored);
                case "b":
                    return SheetCell.bool(column, "1".equals(stored.trim()) || "true".equals(stored.trim()));
                case "e":
                    return SheetCell.error(column, stored.trim());
                default:
                    if (stored.isBlank()) {
                        return hasFormula ? SheetCell.formulaWithoutValue(column, formula.toString()) : null;
                    }
                    return numberCell(stored.trim());
            }
        }

        private SheetCell numberCell(String stored) {
            try {
                return SheetCell.number(column, new BigDecimal(stored), formatCode());
            } catch (NumberFormatException e) {
                // Not a number as OOXML writes numbers, so the reading rules see it as text.
                return SheetCell.text(column, stored);
            }
        }

        /** Returns the number format code of the current cell's style, or {@code null} without styles. */
        private String formatCode() {
            if (styles == null || styleIndex <= 0 || styleIndex >= styles.getNumCellStyles()) {
                return null;
            }
            return formatCodes.computeIfAbsent(styleIndex, index -> styles.getStyleAt(index).getDataFormatString());
        }

        /** Returns the zero-based column of a reference such as {@code AB12}. */
        private static int columnIndex(String ref) {
            int index = 0;
            for (int i = 0; i < ref.length(); i++) {
                char c = ref.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    index = index * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    index = index * 26 + (c - 'a' + 1);
                } else {
                    break;
                }
            }
            return index - 1;
        }
    }
}
