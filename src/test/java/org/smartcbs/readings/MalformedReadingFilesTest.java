package org.smartcbs.readings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.smartcbs.readings.TestWorkbooks.HEADER;
import static org.smartcbs.readings.TestWorkbooks.row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MalformedReadingFilesTest {

    private static final LocalDate NOV_4 = LocalDate.of(2026, 11, 4);

    @TempDir
    Path folder;

    private final ReadingFileReader reader = new ReadingFileReader();

    private String failureMessage(Path file) {
        return failureMessage(file, ReadingFileOptions.defaults());
    }

    private String failureMessage(Path file, ReadingFileOptions options) {
        Throwable thrown = catchThrowable(() -> reader.read(file, options));
        assertThat(thrown).isExactlyInstanceOf(ReadingFileException.class);
        return thrown.getMessage();
    }

    private Path goodXlsx() throws IOException {
        return TestWorkbooks.xlsx(folder, "good.xlsx", List.of(HEADER, row("M1001", NOV_4, 1, null, null)));
    }

    @Test
    void emptyFile() throws IOException {
        Path file = Files.write(folder.resolve("empty.xlsx"), new byte[0]);

        assertThat(failureMessage(file)).isEqualTo("empty.xlsx is empty; upload the file with the readings");
    }

    @Test
    void missingFile() {
        assertThat(failureMessage(folder.resolve("absent.xlsx"))).isEqualTo("absent.xlsx was not found or is not a file");
    }

    @Test
    void randomBytesNamedXlsx() throws IOException {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path file = Files.write(folder.resolve("noise.xlsx"), noise);

        assertThat(failureMessage(file)).startsWith("noise.xlsx is not a valid .xlsx workbook");
    }

    @Test
    void truncatedXlsx() throws IOException {
        byte[] whole = Files.readAllBytes(goodXlsx());
        Path file = Files.write(folder.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));

        assertThat(failureMessage(file)).startsWith("cut.xlsx could not be read: the file is damaged");
    }

    @Test
    void textFileNamedXls() throws IOException {
        Path file = Files.writeString(folder.resolve("export.xls"), "Meter No,Reading Date,Current Reading\n");

        assertThat(failureMessage(file))
                .startsWith("export.xls is not a valid .xls workbook. If it is a CSV file, rename it to .csv;");
    }

    @Test
    void randomBytesNamedPdf() throws IOException {
        Path file = Files.write(folder.resolve("scan.pdf"), "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII));

        assertThat(failureMessage(file)).isEqualTo("scan.pdf is not a supported file; upload an .xlsx, .xls or .csv file");
    }

    @Test
    void passwordProtectedXlsx() throws Exception {
        Path plain = goodXlsx();
        Path file = folder.resolve("locked.xlsx");
        try (POIFSFileSystem fileSystem = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(fileSystem)) {
                Files.copy(plain, encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fileSystem.writeFilesystem(out);
            }
        }

        assertThat(failureMessage(file)).startsWith("locked.xlsx is protected with a password;");
    }

    @Test
    void zipBomb() throws IOException {
        Path file = folder.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            addEntry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            addEntry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            addEntry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Readings\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            addEntry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(1024 * 1024);

        assertThat(failureMessage(file)).startsWith("bomb.xlsx expands to far more data than its size suggests");
    }

    private static void addEntry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void fileOverSizeLimit() throws IOException {
        Path file = goodXlsx();
        ReadingFileOptions small = ReadingFileOptions.defaults().withMaxFileBytes(1000);

        assertThat(failureMessage(file, small)).isEqualTo("good.xlsx is larger than the limit of 1000 bytes;"
                + " split the readings into smaller files and upload each of them");
    }

    @Test
    void uploadOverSizeLimit() {
        ReadingFileOptions small = ReadingFileOptions.defaults().withMaxFileBytes(1000);
        ByteArrayInputStream upload = new ByteArrayInputStream(new byte[5000]);

        assertThatThrownBy(() -> reader.read(upload, "big.csv", small))
                .isExactlyInstanceOf(ReadingFileException.class)
                .hasMessageStartingWith("big.csv is larger than the limit of 1000 bytes;");
    }

    @Test
    void missingDateColumn() throws IOException {
        Path file = TestWorkbooks.xlsx(folder, "nodate.xlsx",
                List.of(row("Meter No", "Current Reading", "Reader"), row("M1001", 1, "Reader 1")));

        assertThat(failureMessage(file)).isEqualTo("nodate.xlsx (sheet \"Readings\") has no \"Reading Date\" column;"
                + " add a column headed \"Reading Date\" or \"Date\" and upload it again");
    }

    @Test
    void noHeaderInFirstTwentyRows() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            rows.add(row("M" + i, NOV_4, i));
        }
        Path file = TestWorkbooks.xls(folder, "noheader.xls", rows);

        assertThat(failureMessage(file)).startsWith("noheader.xls (sheet \"Readings\") has no header row: none of the"
                + " first 20 rows has the columns \"Meter No\" or \"Meter\"");
    }

    @Test
    void noHeaderInFirstTwentyRowsOfXlsx() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            rows.add(row("M" + i, NOV_4, i));
        }
        Path file = TestWorkbooks.xlsx(folder, "noheader.xlsx", rows);

        assertThat(failureMessage(file)).startsWith("noheader.xlsx (sheet \"Readings\") has no header row");
    }

    @Test
    void formulaWithoutSavedResult() throws IOException {
        Path file = folder.resolve("unsaved.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            TestWorkbooks.addSheet(workbook, "Readings", List.of(HEADER,
                    row("M1001", NOV_4, new TestWorkbooks.Formula("100+1"), null, null)));
            workbook.write(out);
        }

        ReadingFile result = reader.read(file, ReadingFileOptions.defaults());

        assertThat(result.problems()).extracting(RowProblem::reason).containsExactly("row 2, Current Reading: the"
                + " formula \"=100+1\" has no saved result; open the file in Excel, save it and upload it again");
    }

    @Test
    void headerOnlyXlsxReadsNoRows() throws IOException {
        Path file = TestWorkbooks.xlsx(folder, "header.xlsx", List.of(HEADER));

        ReadingFile result = reader.read(file, ReadingFileOptions.defaults());

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void csvNotUtf8() throws IOException {
        byte[] latin1 = "Meter No,Reading Date,Current Reading\nM1,05/11/2026,1\nZ\u00E4hler,05/11/2026,2\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(folder.resolve("latin1.csv"), latin1);

        assertThat(failureMessage(file)).isEqualTo("latin1.csv is not a UTF-8 text file; save it as \"CSV UTF-8\""
                + " and upload it again");
    }

    @Test
    void csvUnclosedQuote() throws IOException {
        Path file = Files.writeString(folder.resolve("quote.csv"),
                "Meter No,Reading Date,Current Reading\nM1,05/11/2026,\"1\n");

        assertThat(failureMessage(file)).isEqualTo("quote.csv has a quotation mark in row 2 that is never closed;"
                + " correct the row and upload the file again");
    }

    @Test
    void csvByteOrderMarkSkipped() throws IOException {
        Path file = Files.writeString(folder.resolve("bom.csv"),
                "\uFEFFMeter No,Reading Date,Current Reading\r\nM1,2026-11-04,1");

        ReadingFile result = reader.read(file, ReadingFileOptions.defaults());

        assertThat(result.rows()).containsExactly(new ReadingRow(2, "M1", NOV_4, 1, null, null));
    }

    @Test
    void wordDocumentNamedXls() throws IOException {
        Path file = folder.resolve("letter.xls");
        try (POIFSFileSystem fileSystem = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fileSystem.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fileSystem.writeFilesystem(out);
        }

        assertThat(failureMessage(file)).startsWith("letter.xls is an Office file but not an Excel workbook;");
    }
}
