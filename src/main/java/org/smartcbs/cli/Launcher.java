package org.smartcbs.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smartcbs.SmartCbsApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application for a command: on the embedded database in a folder, or the one configured. */
public final class Launcher {

    private static final String DATASOURCE_URL = "spring.datasource.url";

    private Launcher() {
    }

    /**
     * Starts the application on the database in {@code dataDir} and migrates it.
     *
     * @param clock the clock the services take "today" from, or {@code null} for the system clock
     * @param properties further settings that take precedence over application.properties
     */
    public static ConfigurableApplicationContext open(Path dataDir, Clock clock, WebApplicationType web,
            Map<String, String> properties) {
        if (usesEmbeddedDatabase(properties)) {
            DatabaseInUse.requireFree(dataDir);
        }
        List<String> args = new ArrayList<>();
        args.add("--smartcbs.data-dir=" + dataDir.toAbsolutePath().normalize());
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(SmartCbsApplication.class).web(web).logStartupInfo(false)
                .initializers(context -> {
                    if (clock != null) {
                        context.getBeanFactory().registerSingleton("clock", clock);
                    }
                })
                .run(args.toArray(String[]::new));
    }

    /** Returns whether no setting replaces the embedded database of application.properties. */
    private static boolean usesEmbeddedDatabase(Map<String, String> properties) {
        return !properties.containsKey(DATASOURCE_URL) && System.getProperty(DATASOURCE_URL) == null
                && System.getenv("SPRING_DATASOURCE_URL") == null;
    }

    public static ConfigurableApplicationContext open(Path dataDir) {
        return open(dataDir, null, WebApplicationType.NONE, Map.of());
    }
}
