package org.smartcbs.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --db} option that every command working on stored data takes. */
class DatabaseOption {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "./data",
            description = "Folder of the embedded database (default: ${DEFAULT-VALUE}). Ignored when"
                    + " SPRING_DATASOURCE_URL points at a PostgreSQL server.")
    Path dataDir;
}
