package org.smartcbs.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.smartcbs.identity.Employee;
import org.smartcbs.identity.Employees;
import org.smartcbs.identity.Role;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code employee first-admin|add|list}: the employees who act on the commands that take {@code --by}. */
@Command(name = "employee", mixinStandardHelpOptions = true,
        description = "Create the first administrator of a new database, let an administrator add employees, and"
                + " list them.",
        subcommands = {EmployeeCommand.FirstAdmin.class, EmployeeCommand.Add.class, EmployeeCommand.ListAll.class})
class EmployeeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: first-admin, add or list");
    }

    /** Options of the commands that create an employee. The password is never an option, so no shell keeps it. */
    abstract static class NewEmployee implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "USERNAME", description = "Lower-case letters, digits, '.', '_', '-'.")
        String username;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The employee's full name.")
        String fullName;

        @Option(names = "--password-stdin",
                description = "Read the password from the first line of standard input instead of asking for it.")
        boolean passwordFromStdin;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String password = readPassword();
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                Employee employee = create(app.getBean(Employees.class), password);
                spec.commandLine().getOut().printf("employee %s created as %s%n", employee.username(),
                        employee.role());
                return 0;
            }
        }

        abstract Employee create(Employees employees, String password);

        private String readPassword() {
            if (passwordFromStdin) {
                try {
                    String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                            .readLine();
                    if (line == null) {
                        throw new IllegalArgumentException("no password on standard input");
                    }
                    return line;
                } catch (IOException e) {
                    throw new UncheckedIOException("failed to read the password from standard input", e);
                }
            }
            Console console = System.console();
            if (console == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "no terminal to ask for the password; give it on standard input with --password-stdin");
            }
            char[] first = console.readPassword("Password for %s: ", username);
            char[] again = console.readPassword("Repeat the password: ");
            if (first == null || !Arrays.equals(first, again)) {
                throw new IllegalArgumentException("the two passwords differ; nothing was created");
            }
            return new String(first);
        }
    }

    @Command(name = "first-admin", mixinStandardHelpOptions = true,
            description = "Create the first administrator; only while the database has no employee.")
    static class FirstAdmin extends NewEmployee {
        @Override
        Employee create(Employees employees, String password) {
            return employees.createFirstAdmin(username, fullName, password);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an employee; only an administrator may.")
    static class Add extends NewEmployee {

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "ADMIN, BILLING_OFFICER, METER_READER or CASHIER.")
        Role role;

        @Option(names = "--by", required = true, paramLabel = "USERNAME", description = "The administrator.")
        String by;

        @Override
        Employee create(Employees employees, String password) {
            return employees.create(by, username, fullName, role, password);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the employees and their roles.")
    static class ListAll implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                PrintWriter out = spec.commandLine().getOut();
                for (Employee employee : app.getBean(Employees.class).all()) {
                    out.printf("%-20s %-16s %s%s%n", employee.username(), employee.role(), employee.fullName(),
                            employee.active() ? "" : " (inactive)");
                }
                return 0;
            }
        }
    }
}
