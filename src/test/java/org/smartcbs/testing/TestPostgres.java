package org.smartcbs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for the tests, started once per test JVM from the machine's PostgreSQL binaries
 * (initdb and pg_ctl) on a free loopback port, and stopped when the JVM exits. Each test gets a database of its
 * own from {@link #newDatabase()}.
 *
 * <p>PostgreSQL refuses to run as root, so under root the server runs as the {@code postgres} system user via
 * {@code runuser}. Setting {@code SMARTCBS_TEST_POSTGRES_URL} to a JDBC URL of a server whose user may create
 * databases uses that server instead.
 */
public final class TestPostgres {

    private static final String USER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TestPostgres server;

    private final String baseUrl;
    private final String user;

    private TestPostgres(String baseUrl, String user) {
        this.baseUrl = baseUrl;
        this.user = user;
    }

    /** Returns the JDBC URL of a new, empty database on the test server. */
    public static synchronized String newDatabase() {
        if (server == null) {
            server = start();
        }
        String name = "smartcbs_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(server.baseUrl + "postgres", server.user, "")) {
            connection.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
        return server.baseUrl + name;
    }

    public static String user() {
        return server.user;
    }

    private static TestPostgres start() {
        String external = System.getenv("SMARTCBS_TEST_POSTGRES_URL");
        if (external != null && !external.isBlank()) {
            String base = external.substring(0, external.lastIndexOf('/') + 1);
            return new TestPostgres(base, Optional.ofNullable(System.getenv("SMARTCBS_TEST_POSTGRES_USER")).orElse(USER));
        }
        Path bin = findBinaries();
        try {
            Path root = Files.createTempDirectory("smartcbs-postgres");
            Path data = root.resolve("data");
            boolean asRoot = "root".equals(System.getProperty("user.name"));
            if (asRoot) {
                run(List.of("chown", USER, root.toString()), root);
            }
            int port = freePort();
            run(command(asRoot, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust",
                    "-E", "UTF8", "--no-locale"), root);
            String options = "-p " + port + " -k " + root + " -c listen_addresses=127.0.0.1 -c fsync=off"
                    + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
            run(command(asRoot, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-o", options, "-l",
                    root.resolve("server.log").toString(), "-w", "start"), root);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(asRoot, bin, data, root)));
            return new TestPostgres("jdbc:postgresql://127.0.0.1:" + port + "/", USER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test PostgreSQL server", e);
        }
    }

    private static void stop(boolean asRoot, Path bin, Path data, Path root) {
        try {
            run(command(asRoot, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"),
                    root);
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("could not stop the test PostgreSQL server in " + root + ": " + e.getMessage());
        }
    }

    /** Finds initdb: the newest /usr/lib/postgresql/N/bin, or the folder of initdb on the PATH. */
    private static Path findBinaries() {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                        .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString())));
                if (newest.isPresent()) {
                    return newest.get();
                }
            } catch (IOException | NumberFormatException e) {
                // Fall through to the PATH.
            }
        }
        for (String folder : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(folder, "initdb");
            if (Files.isExecutable(candidate)) {
                return Path.of(folder);
            }
        }
        throw new IllegalStateException("PostgreSQL binaries not found: install the postgresql package"
                + " (apt-get install postgresql) or set SMARTCBS_TEST_POSTGRES_URL");
    }

    private static List<String> command(boolean asRoot, String... args) {
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.addAll(List.of("runuser", "-u", USER, "--"));
        }
        command.addAll(List.of(args));
        return command;
    }

    private static void run(List<String> command, Path workDir) throws IOException {
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("commands.log").toFile().exists()
                        ? ProcessBuilder.Redirect.appendTo(workDir.resolve("commands.log").toFile())
                        : ProcessBuilder.Redirect.to(workDir.resolve("commands.log").toFile()))
                .start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                String log = Files.readString(workDir.resolve("commands.log"));
                throw new IllegalStateException("command failed: " + String.join(" ", command) + "\n" + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
