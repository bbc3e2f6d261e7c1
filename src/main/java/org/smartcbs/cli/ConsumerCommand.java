package org.smartcbs.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.smartcbs.consumers.Consumer;
import org.smartcbs.consumers.ConsumerRegistration;
import org.smartcbs.consumers.ConsumerStatus;
import org.smartcbs.consumers.Consumers;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code consumer register|approve|status}: one consumer's registration and the status of their connection. */
@Command(name = "consumer", mixinStandardHelpOptions = true,
        description = "Register one consumer, approve a registration, and move a connection's status.",
        subcommands = {ConsumerCommand.Register.class, ConsumerCommand.Approve.class, ConsumerCommand.Status.class})
class ConsumerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: register, approve or status");
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Register one consumer as PENDING_APPROVAL; another employee approves it with"
                    + " consumer approve.")
    static class Register implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Option(names = "--consumer-no", paramLabel = "CONSUMER_NO",
                description = "The consumer number (default: the next number of the setup's series).")
        String consumerNo;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The consumer's full name.")
        String name;

        @Option(names = "--guardian-name", paramLabel = "NAME", description = "The father's or husband's name.")
        String guardianName;

        @Option(names = "--national-id", required = true, paramLabel = "ID",
                description = "The national identity number, such as 12345-1234567-1.")
        String nationalId;

        @Option(names = "--phone", paramLabel = "PHONE", description = "The mobile or landline number.")
        String phone;

        @Option(names = "--email", paramLabel = "ADDRESS", description = "The e-mail address.")
        String email;

        @Option(names = "--address", paramLabel = "TEXT", description = "The postal address of the connection.")
        String address;

        @Option(names = "--setup", required = true, paramLabel = "CODE", description = "The setup's code.")
        String setupCode;

        @Option(names = "--category", required = true, paramLabel = "CATEGORY",
                description = "The consumer category, such as RESIDENTIAL or COMMERCIAL.")
        String category;

        @Option(names = "--tariff", paramLabel = "CODE",
                description = "An imported tariff code (default: the category's tariff).")
        String tariffCode;

        @Option(names = "--load-kw", paramLabel = "KW", description = "The sanctioned load in kilowatts.")
        BigDecimal sanctionedLoadKw;

        @Option(names = "--connected-on", paramLabel = "DATE", description = "The connection date (YYYY-MM-DD).")
        LocalDate connectionDate;

        @Option(names = "--by", required = true, paramLabel = "USERNAME",
                description = "The billing officer or administrator who registers the consumer.")
        String by;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ConsumerRegistration registration = new ConsumerRegistration(consumerNo, name, guardianName, nationalId,
                    phone, email, address, setupCode, category, tariffCode, sanctionedLoadKw, connectionDate);
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                Consumer consumer = app.getBean(Consumers.class).register(registration, by);
                spec.commandLine().getOut().printf("consumer %s registered in setup %s as %s; another employee"
                        + " approves it with consumer approve%n", consumer.consumerNo(), setupCode, consumer.status());
                return 0;
            }
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approve a registration, which makes the connection ACTIVE.")
    static class Approve implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "CONSUMER_NO", description = "The consumer number.")
        String consumerNo;

        @Option(names = "--by", required = true, paramLabel = "USERNAME",
                description = "The approving billing officer or administrator, not the one who registered it.")
        String by;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                Consumer consumer = app.getBean(Consumers.class).approveRegistration(consumerNo, by);
                spec.commandLine().getOut().printf("consumer %s approved; connection %s%n", consumer.consumerNo(),
                        consumer.status());
                return 0;
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Move a connection to another status, such as CLOSED. Disconnection and reconnection go"
                    + " through connection disconnect|reconnect, which a second employee approves.")
    static class Status implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "CONSUMER_NO", description = "The consumer number.")
        String consumerNo;

        @Option(names = "--to", required = true, paramLabel = "STATUS",
                description = "PENDING_APPROVAL, ACTIVE, DISCONNECTED or CLOSED.")
        ConsumerStatus next;

        @Option(names = "--by", required = true, paramLabel = "USERNAME",
                description = "The billing officer or administrator.")
        String by;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                Consumers consumers = app.getBean(Consumers.class);
                ConsumerStatus before = consumers.require(consumerNo).status();
                Consumer consumer = consumers.changeStatus(consumerNo, next, by);
                spec.commandLine().getOut().printf("consumer %s moved from %s to %s%n", consumer.consumerNo(), before,
                        consumer.status());
                return 0;
            }
        }
    }
}
