package org.smartcbs.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.smartcbs.consumers.ConnectionRequests;
import org.smartcbs.consumers.Consumer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code connection disconnect|reconnect|approve|reject}: requests to disconnect or reconnect, and their decision. */
@Command(name = "connection", mixinStandardHelpOptions = true,
        description = "Request a disconnection or reconnection, and approve or reject such a request.",
        subcommands = {ConnectionCommand.Disconnect.class, ConnectionCommand.Reconnect.class,
                ConnectionCommand.Approve.class, ConnectionCommand.Reject.class})
class ConnectionCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a subcommand: disconnect, reconnect, approve or reject");
    }

    /** The options of a disconnection or reconnection request. */
    abstract static class Request implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "CONSUMER_NO", description = "The consumer number.")
        String consumerNo;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is requested.")
        String reason;

        @Option(names = "--on", required = true, paramLabel = "DATE",
                description = "The date it takes effect (YYYY-MM-DD).")
        LocalDate effectiveOn;

        @Option(names = "--by", required = true, paramLabel = "USERNAME", description = "The employee who requests it.")
        String by;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ConnectionRequests.Kind kind = kind();
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                long id = app.getBean(ConnectionRequests.class).request(consumerNo, kind, reason, effectiveOn, by);
                spec.commandLine().getOut().printf("connection request %d: %s %s on %s; a billing officer or"
                        + " administrator approves it with connection approve %d%n", id, kind, consumerNo,
                        effectiveOn, id);
                return 0;
            }
        }

        abstract ConnectionRequests.Kind kind();
    }

    @Command(name = "disconnect", mixinStandardHelpOptions = true,
            description = "Request that an active connection be disconnected.")
    static class Disconnect extends Request {
        @Override
        ConnectionRequests.Kind kind() {
            return ConnectionRequests.Kind.DISCONNECT;
        }
    }

    @Command(name = "reconnect", mixinStandardHelpOptions = true,
            description = "Request that a disconnected connection be reconnected.")
    static class Reconnect extends Request {
        @Override
        ConnectionRequests.Kind kind() {
            return ConnectionRequests.Kind.RECONNECT;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approve a connection request, which moves the connection's status now.")
    static class Approve extends RequestDecision {
        @Override
        String decide(ApplicationContext app) {
            Consumer consumer = app.getBean(ConnectionRequests.class).approve(id, by);
            return "connection request " + id + " approved; consumer " + consumer.consumerNo() + " is "
                    + consumer.status();
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Reject a connection request; the connection's status stays as it is.")
    static class Reject extends RequestDecision {
        @Override
        String decide(ApplicationContext app) {
            app.getBean(ConnectionRequests.class).reject(id, by);
            return "connection request " + id + " rejected";
        }
    }
}
