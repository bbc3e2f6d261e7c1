package org.smartcbs.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableTest {

    @TempDir
    Path folder;

    @Test
    void byteOrderMarkSkipped() throws IOException {
        // The bytes Excel writes for a "CSV UTF-8" file: EF BB BF, then CRLF line ends.
        Path file = folder.resolve("setups.csv");
        Files.writeString(file, "\uFEFFsetup_code,name,description\r\nS6,Six,x\r\n", StandardCharsets.UTF_8);

        Table table = Table.read(file, List.of("setup_code", "name"));

        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).get("setup_code")).isEqualTo("S6");
        assertThat(table.rows().get(0).number()).isEqualTo(2);
    }

    @Test
    void fileWithoutByteOrderMarkKeepsFirstCharacter() throws IOException {
        Path file = folder.resolve("setups.csv");
        Files.writeString(file, "setup_code,name\nS6,Six\n", StandardCharsets.UTF_8);

        Table table = Table.read(file, List.of("setup_code", "name"));

        assertThat(table.rows().get(0).get("setup_code")).isEqualTo("S6");
    }
}
