package org.smartcbs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Green Valley demo dataset that the jar carries under {@code demo/green-valley/}, copied to a temporary
 * folder so that the demo runs from any working directory.
 */
final class BundledDataset implements AutoCloseable {

    static final String LOCATION = "demo/green-valley/";

    private final Path folder;

    private BundledDataset(Path folder) {
        this.folder = folder;
    }

    /** Copies every file of the bundled dataset, keeping its sub-folders, to a new temporary folder. */
    static BundledDataset extract() {
        try {
            Path folder = Files.createTempDirectory("smart-cbs-demo-");
            Resource[] resources = new PathMatchingResourcePatternResolver(BundledDataset.class.getClassLoader())
                    .getResources("classpath*:" + LOCATION + "**");
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                int start = url.lastIndexOf(LOCATION);
                if (!resource.isReadable() || start < 0 || url.endsWith("/")) {
                    continue;
                }
                Path target = folder.resolve(url.substring(start + LOCATION.length())).normalize();
                if (!target.startsWith(folder)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, target);
                }
            }
            return new BundledDataset(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("failed to copy the bundled demo dataset to a temporary folder", e);
        }
    }

    Path folder() {
        return folder;
    }

    /** Deletes the temporary copy. */
    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("failed to delete the temporary demo folder " + folder, e);
        }
    }
}
