package org.smartcbs.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the server, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the server; the health endpoint is /actuator/health.")
class ServeCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "The HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--address", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only); 0.0.0.0 listens"
                    + " on every network interface.")
    String address;

    @Override
    public Integer call() throws InterruptedException {
        ConfigurableApplicationContext app = Launcher.open(database.dataDir, null, WebApplicationType.SERVLET,
                Map.of("server.port", Integer.toString(port), "server.address", address));
        System.err.println("SMART CBS is serving on http://" + address + ":" + port + "/actuator/health");
        while (app.isActive()) {
            Thread.sleep(1000);
        }
        return 0;
    }
}
