package org.smartcbs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search, connections and setups commands on the Riverside registry: RS-001, RS-002, RS-003 and RS-006 are
 * active, RS-004 awaits approval, RS-005 is disconnected, and every consumer but RS-006 has a meter.
 */
class DirectoryCommandsTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    RiversideCli cli;

    @BeforeEach
    void registerRiverside() {
        cli = RiversideCli.prepare(dataDir);
    }

    @Test
    void searchFindsByAddressPhoneAndMeter() {
        CommandRun byAddress = cli.run("search", "river market");
        CommandRun byPhone = cli.run("search", "0300-2222222");
        CommandRun byMeter = cli.run("search", "MR-5");
        CommandRun nothing = cli.run("search", "Lahore");
        CommandRun badSize = cli.run("search", "River", "--size", "501");

        assertThat(byAddress.status()).as(byAddress.err()).isZero();
        assertThat(byAddress.out()).contains("1 connections, page 1 of 1").contains("RS-003").contains("MR-3");
        assertThat(byPhone.out()).contains("1 connections").contains("RS-002");
        assertThat(byMeter.out()).contains("1 connections").contains("RS-005");
        assertThat(nothing.out()).contains("0 connections");
        assertThat(badSize.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(badSize.err()).contains("page size 501 must be from 1 to 500");
    }

    /** Four active consumers in number order, two a page: page 2 shows the third and fourth, RS-003 and RS-006. */
    @Test
    void connectionsArePaged() {
        CommandRun second = cli.run("connections", "--status", "ACTIVE", "--size", "2", "--page", "2");
        CommandRun pageZero = cli.run("connections", "--page", "0");

        assertThat(second.status()).as(second.err()).isZero();
        assertThat(second.out()).contains("4 connections, page 2 of 2");
        assertThat(second.out()).contains("RS-003").contains("RS-006");
        assertThat(second.out()).doesNotContain("RS-001").doesNotContain("RS-002");
        assertThat(pageZero.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(pageZero.err()).contains("page 0 must be 1 or more");
    }

    @Test
    void connectionsExportToCsvAndXlsx() throws IOException {
        Path csv = files.resolve("commercial.csv");
        Path xlsx = files.resolve("rs-1.xlsx");
        CommandRun toCsv = cli.run("connections", "--category", "COMMERCIAL", "--export", csv.toString());
        CommandRun toXlsx = cli.run("connections", "--setup", "RS-1", "--export", xlsx.toString());
        CommandRun toPdf = cli.run("connections", "--export", files.resolve("list.pdf").toString());

        assertThat(toCsv.status()).as(toCsv.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("consumer_no,name,setup_code,category,tariff_code,status,meter_serial");
        assertThat(lines.get(1)).startsWith("RS-003,Chand Traders,RS-1,COMMERCIAL,");
        assertThat(toXlsx.status()).as(toXlsx.err()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            // A header row and the six Riverside consumers.
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("RS-006");
        }
        assertThat(toPdf.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(toPdf.err()).contains("list.pdf must end in .csv or .xlsx");
    }

    /**
     * RS-1 has five connected meters: MR-1 to MR-3 of active consumers, MR-4 of RS-004 awaiting approval, MR-5 of
     * the disconnected RS-005. The nested area RS-1A adds one active consumer with MR-7, so RS-1 with its nested
     * setups counts 6 connected and 4 active.
     */
    @Test
    void setupsCountNestedMeters() throws IOException {
        Path setups = Files.writeString(files.resolve("setups.csv"),
                "setup_code,name,description,parent_code\nRS-1A,Riverside Area A,an area of feeder 1,RS-1\n");
        Path consumers = Files.writeString(files.resolve("consumers.csv"),
                "consumer_no,name,national_id,setup_code,category,status\n"
                        + "RS-101,Gul Khan,77777-7777777-7,RS-1A,RESIDENTIAL,ACTIVE\n");
        Path meters = Files.writeString(files.resolve("meters.csv"),
                "meter_serial,make,phase,register_digits,multiplier,installed_on,consumer_no,last_reading,"
                        + "last_reading_date\nMR-7,Itron,SINGLE,5,1,2026-09-01,RS-101,0,2026-09-05\n");
        assertThat(cli.run("import", "setups", setups.toString()).status()).isZero();
        assertThat(cli.run("import", "consumers", consumers.toString()).status()).isZero();
        assertThat(cli.run("import", "meters", meters.toString()).status()).isZero();

        CommandRun summary = cli.run("setups");

        assertThat(summary.status()).as(summary.err()).isZero();
        assertThat(summary.out()).containsPattern("RS-1 +- +Riverside Feeder 1 +5/6 +3/4 +1 +1\\n");
        assertThat(summary.out()).containsPattern("RS-1A +RS-1 +Riverside Area A +1 +1 +0 +0\\n");
    }
}
