package org.smartcbs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.smartcbs.core.tariff.Quote;
import org.smartcbs.core.tariff.Tariff;
import org.smartcbs.core.tariff.TariffFormatException;
import org.smartcbs.core.tariff.TariffPricer;
import org.smartcbs.tariffs.QuoteJson;
import org.smartcbs.tariffs.TariffFile;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code quote} command: prices one period from a tariff file and prints the quote as one JSON object. It
 * runs without the application context.
 */
@Command(name = "quote", mixinStandardHelpOptions = true,
        description = "Prices one billing period with a tariff file and prints the bill lines and total as JSON.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the quote was printed",
            "1:the tariff file could not be read or is invalid",
            "2:an option is missing or invalid"})
public final class QuoteCommand implements Callable<Integer> {

    static final int EXIT_INVALID_TARIFF = 1;
    static final int EXIT_INVALID_OPTION = 2;

    private static final Pattern UNITS_TEXT = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Spec
    private CommandSpec spec;

    @Option(names = "--tariff", required = true, paramLabel = "FILE",
            description = "Tariff file in the format smart-cbs-tariff/1.")
    private String tariffFile;

    @Option(names = "--units", required = true, paramLabel = "U",
            description = "Units consumed in the period, zero or more, such as 117 or 42.5.")
    private String units;

    @Option(names = "--period-start", paramLabel = "DATE",
            description = "Previous reading date, YYYY-MM-DD. Give it with --period-end.")
    private String periodStart;

    @Option(names = "--period-end", paramLabel = "DATE",
            description = "Current reading date, YYYY-MM-DD, after --period-start. Without dates the period is the "
                    + "tariff's basis days, or 30 days when it has no basis.")
    private String periodEnd;

    /** Runs the command with {@code args} and returns its exit status. */
    public static int run(String... args) {
        return new CommandLine(new QuoteCommand()).execute(args);
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BigDecimal consumed;
        Integer periodDays;
        try {
            consumed = parseUnits();
            periodDays = parsePeriodDays();
        } catch (InvalidOptionException e) {
            err.println("Invalid option " + e.getMessage());
            err.flush();
            return EXIT_INVALID_OPTION;
        }

        Tariff tariff;
        try {
            tariff = TariffFile.read(Files.readString(Path.of(tariffFile)));
        } catch (NoSuchFileException | InvalidPathException e) {
            err.println("--tariff: \"" + tariffFile + "\" not found; give the path of a tariff file");
            err.flush();
            return EXIT_INVALID_TARIFF;
        } catch (IOException e) {
            err.println("--tariff: \"" + tariffFile + "\" could not be read: " + e.getMessage());
            err.flush();
            return EXIT_INVALID_TARIFF;
        } catch (TariffFormatException e) {
            err.println("Invalid tariff file " + tariffFile + ": " + e.getMessage());
            err.flush();
            return EXIT_INVALID_TARIFF;
        }

        int days = periodDays != null ? periodDays : TariffPricer.defaultPeriodDays(tariff);
        Quote quote;
        try {
            quote = TariffPricer.price(tariff, consumed, days);
        } catch (ArithmeticException e) {
            // NOTE: the reader bounds every decimal, so no known file reaches this branch. It keeps a case the
            // bound misses from ending in a raw exception.
            err.println("Invalid tariff file " + tariffFile + ": the quote could not be computed, because a value "
                    + "is too large or too precise (" + e.getMessage() + ")");
            err.flush();
            return EXIT_INVALID_TARIFF;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(QuoteJson.write(quote));
        out.flush();
        return 0;
    }

    private BigDecimal parseUnits() {
        if (!UNITS_TEXT.matcher(units).matches()) {
            throw new InvalidOptionException("--units: \"" + units + "\" is not a number; give units such as 117 "
                    + "or 42.5");
        }
        BigDecimal value = new BigDecimal(units);
        if (value.signum() < 0) {
            throw new InvalidOptionException("--units: " + units + " is negative; give zero or more");
        }
        return value;
    }

    /** Returns the days between the two dates, or {@code null} when neither date is given. */
    private Integer parsePeriodDays() {
        if (periodStart == null && periodEnd == null) {
            return null;
        }
        if (periodStart == null) {
            throw new InvalidOptionException("--period-start: missing; give both --period-start and --period-end, "
                    + "or neither");
        }
        if (periodEnd == null) {
            throw new InvalidOptionException("--period-end: missing; give both --period-start and --period-end, "
                    + "or neither");
        }
        LocalDate start = parseDate("--period-start", periodStart);
        LocalDate end = parseDate("--period-end", periodEnd);
        if (!end.isAfter(start)) {
            throw new InvalidOptionException("--period-end: " + end + " is not after --period-start " + start);
        }
        return Math.toIntExact(ChronoUnit.DAYS.between(start, end));
    }

    private static LocalDate parseDate(String option, String text) {
        if (!DATE_TEXT.matcher(text).matches()) {
            throw new InvalidOptionException(option + ": \"" + text + "\" is not a date; write YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidOptionException(option + ": \"" + text + "\" is not a valid date; write YYYY-MM-DD");
        }
    }

    /** An option value that is missing or invalid; the message names the option and the value. */
    private static final class InvalidOptionException extends RuntimeException {

        InvalidOptionException(String message) {
            super(message);
        }
    }
}
