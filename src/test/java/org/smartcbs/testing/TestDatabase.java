package org.smartcbs.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.smartcbs.cli.Launcher;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** The two databases every persistence test runs on. */
public enum TestDatabase {

    /** H2 in file mode, as the desktop version runs. */
    H2 {
        @Override
        public Map<String, String> properties() {
            return Map.of();
        }
    },

    /** A real PostgreSQL server, as the server version runs. */
    POSTGRESQL {
        @Override
        public Map<String, String> properties() {
            String url = TestPostgres.newDatabase();
            return Map.of("spring.datasource.url", url, "spring.datasource.username", TestPostgres.user(),
                    "spring.datasource.password", "");
        }
    };

    /** Returns the settings that point the application at a new, empty database of this kind. */
    public abstract Map<String, String> properties();

    /** Starts the application on a new, empty database of this kind. */
    public ConfigurableApplicationContext start(Path dataDir, Clock clock) {
        return Launcher.open(dataDir, clock, WebApplicationType.NONE, properties());
    }
}
