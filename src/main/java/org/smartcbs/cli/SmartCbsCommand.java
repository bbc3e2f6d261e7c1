package org.smartcbs.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;

import org.smartcbs.consumers.ConsumerNotFoundException;
import org.smartcbs.core.rows.InvalidFileException;
import org.springframework.dao.DataAccessException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command, {@code smart-cbs}. */
@Command(name = "smart-cbs", mixinStandardHelpOptions = true, version = "SMART CBS 0.1.0",
        description = "SMART CBS, consumer billing for metered electricity, water and gas.",
        subcommands = {EmployeeCommand.class, ImportCommand.class, ConsumerCommand.class,
                DirectoryCommands.Search.class, DirectoryCommands.Connections.class, DirectoryCommands.Setups.class,
                MeterCommand.class, ConnectionCommand.class, ReadingCommand.class, BillSettingsCommand.class, BillRunCommand.class, LateChargesCommand.class, LedgerCommand.class,
                QuoteCommand.class, BillCommand.class, AccountCommands.Receipt.class,
                AccountCommands.Statement.class, PaymentCommands.Pay.class, PaymentCommands.ReversePayment.class,
                PaymentCommands.Adjust.class, PaymentCommands.ApproveAdjustment.class,
                PaymentCommands.RejectAdjustment.class, PaymentCommands.CreatePlan.class, ExpenseCommand.class,
                ServeCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public class SmartCbsCommand implements Runnable {

    /** Exit status of a command that failed on bad input or a rule of the data. */
    static final int FAILED = 1;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Runs the command line and returns its exit status. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** Returns the command line with the error reporting that every command shares. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SmartCbsCommand());
        commandLine.setExecutionExceptionHandler(SmartCbsCommand::report);
        commandLine.setParameterExceptionHandler(SmartCbsCommand::reportInvalidInput);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(LocalDate.class, DateOptions::date);
        commandLine.registerConverter(YearMonth.class, DateOptions::month);
        return commandLine;
    }

    /**
     * Prints what is wrong with the command line and where to find the usage, in place of picocli's default of
     * printing the whole usage after the message.
     */
    private static int reportInvalidInput(CommandLine.ParameterException invalid, String[] args) {
        CommandLine commandLine = invalid.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(invalid.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(invalid, err);
        err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for the usage.");
        err.flush();
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * Prints a failed command's reason without a stack trace. The failing transaction has been rolled back by
     * then, so the database is as it was.
     */
    private static int report(Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        // NOTE: Launcher checks the lock before the application starts, so this branch runs only when another
        // process takes the lock between that check and H2 opening the file. No test reaches it.
        if (DatabaseInUse.isCause(failure)) {
            err.println("error: " + DatabaseInUse.message(parsed));
            return FAILED;
        }
        Throwable cause = rootOfStartup(failure);
        if (cause instanceof InvalidFileException || cause instanceof IllegalArgumentException
                || cause instanceof IllegalStateException || cause instanceof ConsumerNotFoundException) {
            err.println("error: " + cause.getMessage());
        } else if (cause instanceof DataAccessException) {
            err.println("error: the database refused the change: " + ((DataAccessException) cause).getMostSpecificCause().getMessage());
        } else {
            err.println("error: " + cause);
        }
        return FAILED;
    }

    /** Unwraps the exception Spring throws when the application fails to start, to the reason it failed. */
    private static Throwable rootOfStartup(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getClass().getName().startsWith("org.springframework.beans")) {
            cause = cause.getCause();
        }
        return cause;
    }
}
