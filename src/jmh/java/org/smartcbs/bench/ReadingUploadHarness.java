package org.smartcbs.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.smartcbs.readings.ReadingFile;
import org.smartcbs.readings.ReadingFileOptions;
import org.smartcbs.readings.ReadingFileReader;

/**
 * Generates a reading sheet of 100,000 rows as .xlsx and measures how long {@link ReadingFileReader} takes
 * to read it and how much heap it uses. Run it with {@code -Xmx300m} to check the reader fits that heap.
 *
 * <p>Usage: {@code ReadingUploadHarness [rows]}. The generated file is deleted afterwards.
 */
public final class ReadingUploadHarness {

    private static final int DEFAULT_ROWS = 100_000;
    private static final long SAMPLE_INTERVAL_MILLIS = 5;

    private ReadingUploadHarness() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROWS;
        Path file = Files.createTempFile("readings-bench-", ".xlsx");
        try {
            long generateStart = System.nanoTime();
            generate(file, rows);
            double generateSeconds = (System.nanoTime() - generateStart) / 1e9;
            System.out.printf("generated rows=%d bytes=%d seconds=%.2f%n", rows, Files.size(file), generateSeconds);

            measureRead(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void measureRead(Path file) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }

        AtomicLong sampledPeak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_INTERVAL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        long start = System.nanoTime();
        ReadingFile result = new ReadingFileReader().read(file, ReadingFileOptions.defaults());
        double seconds = (System.nanoTime() - start) / 1e9;

        sampler.interrupt();
        sampler.join();
        long poolPeaks = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                poolPeaks += pool.getPeakUsage().getUsed();
            }
        }

        System.out.printf("read rows=%d problems=%d seconds=%.2f%n", result.rows().size(), result.problems().size(),
                seconds);
        System.out.printf("heap baseline=%d MiB sampledPeak=%d MiB sumOfPoolPeaks=%d MiB max=%d MiB%n",
                mebibytes(baseline), mebibytes(sampledPeak.get()), mebibytes(poolPeaks),
                mebibytes(memory.getHeapMemoryUsage().getMax()));
    }

    private static void generate(Path file, int rows) throws IOException {
        // SXSSF keeps 100 rows in memory and writes strings inline, as many exporting programs do.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("Readings");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));

            Row header = sheet.createRow(0);
            String[] names = {"Meter No", "Reading Date", "Current Reading", "Reader", "Remarks"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }

            LocalDate firstDay = LocalDate.of(2026, 11, 1);
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("M" + (400_000 + i));
                Cell date = row.createCell(1);
                date.setCellValue(firstDay.plusDays(i % 10));
                date.setCellStyle(dateStyle);
                row.createCell(2).setCellValue((i * 7919L) % 1_000_000);
                row.createCell(3).setCellValue("Reader " + (i % 12 + 1));
                if (i % 50 == 0) {
                    row.createCell(4).setCellValue("gate locked, read through the window");
                }
            }
            workbook.write(out);
        }
    }

    private static long mebibytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
