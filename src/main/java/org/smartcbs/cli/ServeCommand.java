package org.smartcbs.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the server, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the server; the health endpoint is /actuator/health.")
class ServeCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", converter = PortConverter.class,
            description = "The HTTP port, 1 to 65535 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--address", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only); 0.0.0.0 listens"
                    + " on every network interface.")
    String address;

    /** Reads a TCP port number, 1 to 65535. */
    static final class PortConverter implements CommandLine.ITypeConverter<Integer> {

        private static final int MAX_PORT = 65535;

        @Override
        public Integer convert(String text) {
            int port;
            try {
                port = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > MAX_PORT) {
                throw new CommandLine.TypeConversionException("\"" + text + "\" is not a port number; write 1 to "
                        + MAX_PORT);
            }
            return port;
        }
    }

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
