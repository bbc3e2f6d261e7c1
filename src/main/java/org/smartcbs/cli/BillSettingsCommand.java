package org.smartcbs.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.smartcbs.billing.BillSettings;
import org.smartcbs.billing.BillSettingsDefinition;
import org.smartcbs.billing.BillTerms;
import org.smartcbs.setups.Setup;
import org.smartcbs.setups.Setups;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bill-settings define|holiday|show}: the effective-dated bill settings and the holiday calendar. */
@Command(name = "bill-settings", mixinStandardHelpOptions = true,
        description = "Define the bill settings in force from a date, for the organisation or one setup, add"
                + " holidays, and show the settings a month's bills take.",
        subcommands = {BillSettingsCommand.Define.class, BillSettingsCommand.Holiday.class,
                BillSettingsCommand.Show.class})
class BillSettingsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: define, holiday or show");
    }

    @Command(name = "define", mixinStandardHelpOptions = true,
            description = "Store bill settings in force from --effective-from; later settings take over from their"
                    + " own date, and a setup's own settings come before the organisation's.")
    static class Define implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Option(names = "--by", required = true, paramLabel = "USERNAME", description = "The administrator.")
        String by;

        @Option(names = "--setup", paramLabel = "CODE", description = "The setup; without it, the organisation.")
        String setup;

        @Option(names = "--effective-from", required = true, paramLabel = "DATE",
                description = "First issue date the settings apply to (YYYY-MM-DD).")
        LocalDate effectiveFrom;

        @Option(names = "--due-basis", defaultValue = "DAYS_AFTER_ISSUE", paramLabel = "BASIS",
                description = "DAYS_AFTER_ISSUE or FIXED_DAY (default: ${DEFAULT-VALUE}).")
        String dueBasis;

        @Option(names = "--due-value", required = true, paramLabel = "N",
                description = "Days after the issue date, or the day of the month for FIXED_DAY.")
        int dueValue;

        @Option(names = "--minimum-days", defaultValue = "0", paramLabel = "DAYS",
                description = "Minimum days between issue and due date (default: ${DEFAULT-VALUE}).")
        int minimumDays;

        @Option(names = "--weekend", defaultValue = "", paramLabel = "DAYS",
                description = "Non-working days of the week, such as SATURDAY,SUNDAY (default: none).")
        String weekend;

        @Option(names = "--move-off-non-working",
                description = "Move a due date on a weekend day or holiday to the next working day.")
        boolean moveOffNonWorking;

        @Option(names = "--late-charge", defaultValue = "PERCENT_OF_CURRENT_CHARGES", paramLabel = "KIND",
                description = "PERCENT_OF_CURRENT_CHARGES, PERCENT_OF_OUTSTANDING, FIXED,"
                        + " GREATER_OF_PERCENT_AND_FIXED or STEPPED (default: ${DEFAULT-VALUE}).")
        String lateChargeKind;

        @Option(names = "--late-charge-percent", paramLabel = "PERCENT", description = "Percentage, such as 10.")
        BigDecimal lateChargePercent;

        @Option(names = "--late-charge-fixed", paramLabel = "AMOUNT", description = "Fixed amount, such as 200.00.")
        BigDecimal lateChargeFixed;

        @Option(names = "--late-charge-steps", paramLabel = "STEPS",
                description = "For STEPPED: days:percent pairs, such as 3:5,:10 for 5% within 3 days and 10% after.")
        String lateChargeSteps;

        @Option(names = "--late-charge-scale", defaultValue = "0", paramLabel = "DECIMALS",
                description = "Decimals the late charge is rounded to, HALF_UP (default: ${DEFAULT-VALUE}).")
        int lateChargeScale;

        @Option(names = "--payable-scale", defaultValue = "2", paramLabel = "DECIMALS",
                description = "Decimals the amount payable is rounded to, HALF_UP (default: ${DEFAULT-VALUE}).")
        int payableScale;

        @Option(names = "--reading-window", paramLabel = "FROM-TO",
                description = "Days of the billing month whose readings its bills use, such as 1-7 (default: none).")
        String readingWindow;

        @Option(names = "--issue-day", paramLabel = "DAY",
                description = "Day of the month a run without --run-date issues its bills on (default: none).")
        Integer issueDay;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Integer[] window = parseWindow();
            BillSettingsDefinition definition = new BillSettingsDefinition(setup, effectiveFrom, dueBasis, dueValue,
                    minimumDays, weekend, moveOffNonWorking, lateChargeKind, lateChargePercent, lateChargeFixed,
                    lateChargeSteps, lateChargeScale, payableScale, window[0], window[1], issueDay);
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                app.getBean(BillSettings.class).define(definition, by);
            }
            spec.commandLine().getOut().printf("bill settings for %s in force from %s%n",
                    setup == null ? "the organisation" : "setup " + setup, effectiveFrom);
            return 0;
        }

        private Integer[] parseWindow() {
            if (readingWindow == null) {
                return new Integer[] {null, null};
            }
            String[] days = readingWindow.split("-", -1);
            try {
                if (days.length == 2) {
                    return new Integer[] {Integer.valueOf(days[0].strip()), Integer.valueOf(days[1].strip())};
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option"
                    + " '--reading-window': '" + readingWindow + "' is not FROM-TO, such as 1-7");
        }
    }

    @Command(name = "holiday", mixinStandardHelpOptions = true,
            description = "Add a holiday, on which no due date falls when the settings move due dates.")
    static class Holiday implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Option(names = "--by", required = true, paramLabel = "USERNAME", description = "The administrator.")
        String by;

        @Option(names = "--date", required = true, paramLabel = "DATE", description = "The holiday (YYYY-MM-DD).")
        LocalDate date;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The holiday's name.")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                app.getBean(BillSettings.class).addHoliday(date, name, by);
            }
            spec.commandLine().getOut().printf("holiday %s added: %s%n", date, name);
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show the schedule and due date that a month's bills take, for the organisation or a setup.")
    static class Show implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The billing month.")
        YearMonth month;

        @Option(names = "--setup", paramLabel = "CODE", description = "The setup; without it, the organisation.")
        String setup;

        @Option(names = "--run-date", paramLabel = "DATE",
                description = "The issue date to show the due date for (default: the issue day of the settings).")
        LocalDate runDate;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                BillSettings settings = app.getBean(BillSettings.class);
                Long setupId = setup == null ? null : app.getBean(Setups.class).findByCode(setup).map(Setup::id)
                        .orElseThrow(() -> new IllegalArgumentException("setup " + setup + " is not registered"));
                PrintWriter out = spec.commandLine().getOut();
                out.printf("bill settings for %s, %s%n", setup == null ? "the organisation" : "setup " + setup, month);
                out.printf("  reading window: %s%n", settings.readingWindow(setupId, month)
                        .map(window -> window.from() + " to " + window.to()).orElse("none"));
                LocalDate issueDate = runDate != null ? runDate : settings.issueDate(setupId, month).orElse(null);
                out.printf("  issue date: %s%n", issueDate == null ? "none set; a run needs --run-date" : issueDate);
                if (issueDate != null) {
                    BillTerms terms = settings.termsFor(setupId, issueDate);
                    out.printf("  due date: %s%n", terms.dueDate().dueDate(issueDate));
                }
                return 0;
            }
        }
    }
}
