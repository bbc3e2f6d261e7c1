package org.smartcbs.tariffs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reference tariffs, relative to the project folder (the Maven working directory): real published tariffs
 * with priced cases and their sources under {@code src/test/resources/oracles}, and the demo tariffs that ship
 * in {@code samples/green-valley/tariffs}.
 */
final class ReferenceData {

    static final Path ORACLES = Path.of("src", "test", "resources", "oracles");
    static final Path ORACLE_TARIFFS = ORACLES.resolve("tariffs");
    static final Path DEMO_TARIFFS = Path.of("samples", "green-valley", "tariffs");

    private ReferenceData() {
    }

    /** Returns every tariff file of the oracles and the demo data, sorted by path. */
    static List<Path> allTariffFiles() {
        return Stream.concat(jsonFiles(ORACLE_TARIFFS), jsonFiles(DEMO_TARIFFS)).sorted().toList();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> jsonFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("Test data folder not readable: " + folder.toAbsolutePath(), e);
        }
    }
}
