package org.smartcbs.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for a benchmark: initdb into a temporary folder, pg_ctl start on a free loopback
 * port, and {@link #close()} stops it and deletes the folder. Under root the commands run as the {@code postgres}
 * system user, because PostgreSQL rejects running as root.
 *
 * <p>The server runs with {@code fsync=off}, {@code synchronous_commit=off} and {@code full_page_writes=off}, as
 * the test server does, so the figures measure the database's work, not the disk's flush latency. It loads
 * pg_stat_statements, so a benchmark can list the statements that took the most time.
 */
final class BenchPostgres implements AutoCloseable {

    static final String USER = "postgres";

    private final Path root;
    private final Path bin;
    private final boolean asRoot;
    private final int port;

    private BenchPostgres(Path root, Path bin, boolean asRoot, int port) {
        this.root = root;
        this.bin = bin;
        this.asRoot = asRoot;
        this.port = port;
    }

    static BenchPostgres start() throws IOException {
        Path bin = binaries();
        Path root = Files.createTempDirectory("smartcbs-bench-postgres");
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        if (asRoot) {
            run(root, List.of("chown", USER, root.toString()));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        BenchPostgres server = new BenchPostgres(root, bin, asRoot, port);
        Path data = root.resolve("data");
        run(root, server.command("initdb", "-D", data.toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
                "--no-locale"));
        String options = "-p " + port + " -k " + root + " -c listen_addresses=127.0.0.1 -c fsync=off"
                + " -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB -c max_wal_size=4GB"
                + " -c shared_preload_libraries=pg_stat_statements";
        run(root, server.command("pg_ctl", "-D", data.toString(), "-o", options, "-l",
                root.resolve("server.log").toString(), "-w", "start"));
        return server;
    }

    /** Creates an empty database and returns its JDBC URL without parameters. */
    String createDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return url(name);
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() throws IOException {
        try {
            run(root, command("pg_ctl", "-D", root.resolve("data").toString(), "-m", "fast", "stop"));
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private List<String> command(String program, String... args) {
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.addAll(List.of("runuser", "-u", USER, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        return command;
    }

    /** Finds the newest PostgreSQL under /usr/lib/postgresql (the Debian layout), else initdb on the PATH. */
    private static Path binaries() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                List<Path> found = versions.map(version -> version.resolve("bin"))
                        .filter(folder -> Files.isExecutable(folder.resolve("initdb")))
                        .sorted(Comparator.comparing(folder -> Integer.parseInt(
                                folder.getParent().getFileName().toString())))
                        .toList();
                if (!found.isEmpty()) {
                    return found.get(found.size() - 1);
                }
            }
        }
        for (String folder : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(folder, "initdb"))) {
                return Path.of(folder);
            }
        }
        throw new IllegalStateException("PostgreSQL binaries not found: install the postgresql package");
    }

    private static void run(Path workDir, List<String> command) throws IOException {
        Path log = workDir.resolve("commands.log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("command failed: " + String.join(" ", command) + "\n"
                        + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }
}
