package org.smartcbs.readings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.xml.sax.SAXException;

/**
 * Reads meter readings from an .xlsx, .xls or .csv file into rows, without touching the database.
 *
 * <p>The format is chosen by the file's first bytes: a ZIP package is read as OOXML (.xlsx), an OLE2
 * compound file as BIFF8 (.xls), and anything else as CSV when the name ends in .csv or .txt. Every
 * failure to read the file as a whole is a {@link ReadingFileException} with a message for the user.
 * Problems in single rows are returned in {@link ReadingFile#problems()}.
 *
 * <p>Zip bombs are left to POI's {@code ZipSecureFile} check, which this class does not reconfigure. With the
 * POI 5.5.1 defaults it rejects an entry that, once past 100 KiB, expands to more than 100 times its compressed
 * size.
 */
public class ReadingFileReader {

    private static final int MAGIC_BYTES = 8;
    private static final String ZIP_BOMB_MARKER = "Zip bomb detected";
    private static final String WORKBOOK_ENTRY = "Workbook";

    /** Reads the file at the given path. */
    public ReadingFile read(Path file, ReadingFileOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return read(file, fileName, options);
    }

    /**
     * Reads an upload: the stream is copied to a temporary file, at most {@code options.maxFileBytes()} bytes,
     * which is deleted afterwards. The stream is not closed.
     *
     * @param fileName the name the user gave the file; its extension matters only for CSV files
     */
    public ReadingFile read(InputStream in, String fileName, ReadingFileOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(options, "options");
        Path copy = null;
        try {
            copy = Files.createTempFile("readings-upload-", ".tmp");
            copyAtMost(in, copy, options.maxFileBytes(), fileName);
            return read(copy, fileName, options);
        } catch (IOException e) {
            throw new ReadingFileException("The upload of " + fileName + " could not be stored for reading;"
                    + " try again", e);
        } finally {
            deleteQuietly(copy);
        }
    }

    private ReadingFile read(Path file, String fileName, ReadingFileOptions options) {
        checkSize(file, fileName, options.maxFileBytes());
        try {
            return readChecked(file, fileName, options);
        } catch (ReadingFileException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw passwordProtected(fileName, e);
        } catch (OldExcelFormatException e) {
            throw new ReadingFileException(fileName + " is saved in an Excel format older than Excel 97;"
                    + " open it in Excel, save it as .xlsx and upload it again", e);
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException
                | RuntimeException e) {
            // POI reports damaged content with many unchecked exception types, so all of them end here.
            throw damagedOrBomb(fileName, e);
        }
    }

    private ReadingFile readChecked(Path file, String fileName, ReadingFileOptions options)
            throws IOException, SAXException, OpenXML4JException, ParserConfigurationException {
        FileMagic magic = detect(file);
        String extension = extension(fileName);
        if (magic == FileMagic.OOXML) {
            return XlsxSheetReader.read(file, fileName, options);
        }
        if (magic == FileMagic.OLE2) {
            return readOle2(file, fileName, options);
        }
        if (extension.equals("csv") || extension.equals("txt")) {
            return CsvSheetReader.read(file, fileName, options);
        }
        throw notAWorkbook(fileName, extension, magic);
    }

    private ReadingFile readOle2(Path file, String fileName, ReadingFileOptions options) throws IOException {
        try (POIFSFileSystem fileSystem = new POIFSFileSystem(file.toFile(), true)) {
            if (fileSystem.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                throw passwordProtected(fileName, null);
            }
            if (!fileSystem.getRoot().hasEntryCaseInsensitive(WORKBOOK_ENTRY)
                    && !fileSystem.getRoot().hasEntryCaseInsensitive("Book")) {
                throw new ReadingFileException(fileName + " is an Office file but not an Excel workbook;"
                        + " upload an .xlsx, .xls or .csv file");
            }
            return XlsSheetReader.read(fileSystem, fileName, options);
        }
    }

    private static void checkSize(Path file, String fileName, long maxBytes) {
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ReadingFileException(fileName + " was not found or is not a file");
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw new ReadingFileException(fileName + " could not be opened; check that it exists and is readable",
                    e);
        }
        if (size == 0) {
            throw new ReadingFileException(fileName + " is empty; upload the file with the readings");
        }
        if (size > maxBytes) {
            throw tooLarge(fileName, maxBytes);
        }
    }

    private static void copyAtMost(InputStream in, Path target, long maxBytes, String fileName)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int read = in.read(buffer);
            while (read != -1) {
                total += read;
                if (total > maxBytes) {
                    throw tooLarge(fileName, maxBytes);
                }
                out.write(buffer, 0, read);
                read = in.read(buffer);
            }
        }
    }

    private static FileMagic detect(Path file) throws IOException {
        byte[] head = new byte[MAGIC_BYTES];
        int filled = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.read(head, filled, head.length - filled);
            while (read > 0 && filled + read < head.length) {
                filled += read;
                read = in.read(head, filled, head.length - filled);
            }
        }
        return FileMagic.valueOf(head);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).trim().toLowerCase(Locale.ROOT);
    }

    private static ReadingFileException notAWorkbook(String fileName, String extension, FileMagic magic) {
        if (extension.equals("xlsx") || extension.equals("xlsm")) {
            return new ReadingFileException(fileName + " is not a valid .xlsx workbook: it is damaged or"
                    + " another kind of file renamed; open it in Excel, save it as .xlsx and upload it again");
        }
        if (extension.equals("xls")) {
            String hint = magic == FileMagic.UNKNOWN || magic == FileMagic.HTML || magic == FileMagic.XML
                    ? " If it is a CSV file, rename it to .csv;" : "";
            return new ReadingFileException(fileName + " is not a valid .xls workbook." + hint
                    + " otherwise open it in Excel, save it as .xlsx and upload it again");
        }
        return new ReadingFileException(fileName + " is not a supported file; upload an .xlsx, .xls or .csv file");
    }

    private static ReadingFileException passwordProtected(String fileName, Exception cause) {
        return new ReadingFileException(fileName + " is protected with a password; remove the password in Excel"
                + " (File > Info > Protect Workbook) and upload it again", cause);
    }

    private static ReadingFileException tooLarge(String fileName, long maxBytes) {
        return new ReadingFileException(fileName + " is larger than the limit of " + maxBytes + " bytes;"
                + " split the readings into smaller files and upload each of them");
    }

    private static ReadingFileException damagedOrBomb(String fileName, Exception cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(ZIP_BOMB_MARKER)) {
                return new ReadingFileException(fileName + " expands to far more data than its size suggests,"
                        + " which is how a zip bomb looks, so it was not read; open it in Excel, save it again"
                        + " and upload it", cause);
            }
        }
        return new ReadingFileException(fileName + " could not be read: the file is damaged or not in the"
                + " format its name says; open it in Excel, save it again and upload it", cause);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // NOTE: a temporary copy that cannot be deleted stays in the temporary directory until it is cleaned.
            file.toFile().deleteOnExit();
        }
    }
}
