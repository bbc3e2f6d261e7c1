package org.smartcbs.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcbs.billing.BillRunResult;
import org.smartcbs.billing.BillRuns;
import org.smartcbs.billing.BillingScope;
import org.smartcbs.billing.LateChargeResult;
import org.smartcbs.billing.LateCharges;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.core.money.Money;
import org.smartcbs.core.rows.ImportResult;
import org.smartcbs.core.rows.InvalidFileException;
import org.smartcbs.ledger.Ledger;
import org.smartcbs.meters.Meters;
import org.smartcbs.payments.Payments;
import org.smartcbs.readings.ReadingUploadMode;
import org.smartcbs.readings.Readings;
import org.smartcbs.setups.Setups;
import org.smartcbs.tariffs.TariffVersions;
import org.springframework.context.ApplicationContext;

/**
 * The monthly billing cycle on a dataset folder, from an empty database.
 *
 * <p>The folder holds {@code setups.csv}, {@code consumers.csv}, {@code meters.csv}, tariff files under
 * {@code tariffs/}, and for each month M a sheet {@code readings-M.xlsx} (or .xls, .csv) and optionally a
 * collection file {@code payments-M.csv}. The registry is imported on the first day of the first month. Month
 * M's readings are uploaded and billed on the 10th of M; its payments are imported on the 1st of the next month,
 * and then late charges are applied as of the day after M's due date. Each step runs with its own date as today.
 * A tariff file bills the consumer category whose name is one of the dash-separated parts of its code
 * ({@code GVHS-RESIDENTIAL-2026} bills RESIDENTIAL).
 */
final class DemoCycle {

    private static final Logger log = LoggerFactory.getLogger(DemoCycle.class);
    private static final Pattern READINGS = Pattern.compile("readings-(\\d{4}-\\d{2})\\.(xlsx|xls|csv)");
    private static final int RUN_DAY = 10;

    private final ApplicationContext app;
    private final StepClock clock;
    private final int dueDays;

    DemoCycle(ApplicationContext app, StepClock clock) {
        this.app = app;
        this.clock = clock;
        this.dueDays = Integer.parseInt(app.getEnvironment().getRequiredProperty("smartcbs.billing.due-days"));
    }

    /** The figures of one billed month. */
    record MonthResult(YearMonth month, int bills, int rejectedRows, Money currentCharges) {
    }

    /** The figures of the whole cycle. */
    record Result(List<MonthResult> months, ImportResult payments, Money paymentsTotal, LateChargeResult lateCharges,
            Money receivables) {
    }

    Result run(Path data) {
        if (!Files.isDirectory(data)) {
            throw new InvalidFileException(data + ": dataset folder not found; give --data the folder that holds"
                    + " setups.csv, consumers.csv, meters.csv, tariffs/ and readings-YYYY-MM.xlsx");
        }
        Map<YearMonth, Path> readingFiles = readingFiles(data);
        if (readingFiles.isEmpty()) {
            throw new InvalidFileException(data + ": no readings-YYYY-MM.xlsx file in the folder");
        }
        if (app.getBean(Consumers.class).count() > 0 || !app.getBean(Ledger.class).isEmpty()) {
            throw new IllegalStateException("the database already holds data; the demo runs only on an empty"
                    + " database, so give it an empty --db folder");
        }
        YearMonth first = readingFiles.keySet().iterator().next();
        clock.moveTo(first.atDay(1));
        importRegistry(data);

        List<MonthResult> months = new ArrayList<>();
        ImportResult payments = null;
        Money paymentsTotal = Money.ZERO;
        LateChargeResult lateCharges = null;
        for (Map.Entry<YearMonth, Path> month : readingFiles.entrySet()) {
            months.add(billMonth(month.getKey(), month.getValue()));
            Path paymentFile = data.resolve("payments-" + month.getKey() + ".csv");
            if (Files.exists(paymentFile)) {
                clock.moveTo(month.getKey().plusMonths(1).atDay(1));
                Payments.PaymentImport imported = app.getBean(Payments.class).importFile(paymentFile);
                payments = imported.rows();
                paymentsTotal = imported.total();
                LocalDate asOf = month.getKey().atDay(RUN_DAY).plusDays(dueDays + 1L);
                lateCharges = app.getBean(LateCharges.class).apply(asOf);
            }
        }
        Money receivables = app.getBean(Ledger.class).totalBalance();
        log.info("Demo finished months={} receivables={}", months.size(), receivables);
        return new Result(months, payments, paymentsTotal, lateCharges, receivables);
    }

    private void importRegistry(Path data) {
        requireCommitted(app.getBean(Setups.class).importFile(data.resolve("setups.csv")));
        requireCommitted(app.getBean(Consumers.class).importFile(data.resolve("consumers.csv")));
        requireCommitted(app.getBean(Meters.class).importFile(data.resolve("meters.csv")));
        TariffVersions tariffs = app.getBean(TariffVersions.class);
        List<String> categories = app.getBean(Consumers.class).categories();
        for (Path file : list(data.resolve("tariffs"), ".json")) {
            String code = tariffs.importFile(file, null).version().code();
            categoryOf(code, categories).ifPresent(category -> tariffs.assignCategory(category, code));
        }
    }

    private static Optional<String> categoryOf(String tariffCode, List<String> categories) {
        return Stream.of(tariffCode.split("-")).filter(categories::contains).findFirst();
    }

    private MonthResult billMonth(YearMonth month, Path readings) {
        LocalDate runDate = month.atDay(RUN_DAY);
        clock.moveTo(runDate);
        ImportResult uploaded = app.getBean(Readings.class).upload(readings, ReadingUploadMode.TAKE_VALID_ROWS);
        BillRunResult run = app.getBean(BillRuns.class).run(month, runDate, BillingScope.all());
        return new MonthResult(month, run.bills(), uploaded.rejectedRows(), run.currentCharges());
    }

    private static void requireCommitted(ImportResult result) {
        if (!result.committed()) {
            String first = result.rejections().get(0).message();
            throw new InvalidFileException(result.file() + ": " + first + " (and " + (result.rejectedRows() - 1)
                    + " more rows rejected); nothing was imported");
        }
    }

    private static Map<YearMonth, Path> readingFiles(Path data) {
        Map<YearMonth, Path> files = new TreeMap<>();
        for (Path file : list(data, "")) {
            Matcher matcher = READINGS.matcher(file.getFileName().toString());
            if (matcher.matches()) {
                files.putIfAbsent(YearMonth.parse(matcher.group(1)), file);
            }
        }
        return files;
    }

    private static List<Path> list(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** Returns the JSON form of the result: one key per month by its English name, decimals as strings. */
    static Map<String, Object> toJson(Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < result.months().size(); i++) {
            MonthResult month = result.months().get(i);
            String name = month.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("bills", month.bills());
            figures.put("rejectedRows", month.rejectedRows());
            figures.put("currentCharges", month.currentCharges().toString());
            json.put(name, figures);
            if (i == 0 && result.payments() != null) {
                Map<String, Object> payments = new LinkedHashMap<>();
                payments.put("accepted", result.payments().taken());
                payments.put("rejectedRows", result.payments().rejectedRows());
                payments.put("total", result.paymentsTotal().toString());
                json.put("payments", payments);
                Map<String, Object> late = new LinkedHashMap<>();
                late.put("count", result.lateCharges().count());
                late.put("total", result.lateCharges().total().toString());
                json.put("lateCharges", late);
            }
        }
        json.put("receivables", result.receivables().toString());
        return json;
    }
}
