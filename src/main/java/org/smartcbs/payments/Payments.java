package org.smartcbs.payments;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcbs.consumers.Consumer;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.core.money.Money;
import org.smartcbs.tables.Table;
import org.smartcbs.core.rows.ImportResult;
import org.smartcbs.core.rows.RowRejection;
import org.smartcbs.identity.Employees;
import org.smartcbs.identity.Role;
import org.smartcbs.ledger.Ledger;
import org.smartcbs.ledger.LedgerEntryType;
import org.smartcbs.ledger.NewLedgerEntry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts payments from bank collection files. Each payment is a credit on the consumer's ledger; since balances
 * are sums, a payment settles the oldest amount owed first, and an overpayment is credit that later bills use.
 */
@Service
public class Payments {

    private static final Logger log = LoggerFactory.getLogger(Payments.class);
    private static final List<String> REQUIRED = List.of("bank_reference", "consumer_no", "paid_on", "amount");
    private static final String IMPORT_JOB = "import";
    /**
     * An amount as plain ASCII digits with at most one decimal point. An exponent, a leading '+', grouping and
     * other scripts' digits are rejected, although {@code new BigDecimal} reads them. The sign and the number of
     * decimals are checked after, with their own messages.
     */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final JdbcClient jdbc;
    private final Consumers consumers;
    private final Ledger ledger;
    private final Clock clock;
    private final Employees employees;
    private final ApplicationEventPublisher events;
    private final int maxPaidOnAgeYears;

    Payments(JdbcClient jdbc, Consumers consumers, Ledger ledger, Clock clock, Employees employees,
            ApplicationEventPublisher events,
            @Value("${smartcbs.payments.max-paid-on-age-years:2}") int maxPaidOnAgeYears) {
        if (maxPaidOnAgeYears < 1) {
            throw new IllegalArgumentException("invalid smartcbs.payments.max-paid-on-age-years " + maxPaidOnAgeYears
                    + "; set it to 1 or more");
        }
        this.maxPaidOnAgeYears = maxPaidOnAgeYears;
        this.jdbc = jdbc;
        this.events = events;
        this.employees = employees;
        this.consumers = consumers;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** What an import of a collection file posted, besides its row report. */
    public record PaymentImport(ImportResult rows, Money total) {
    }

    /**
     * Imports a bank collection file as the job {@code import}, for runs that no employee starts, such as the
     * demo. See {@link #importFile(Path, String)}.
     */
    @Transactional
    public PaymentImport importFile(Path file) {
        return importRows(file, IMPORT_JOB);
    }

    /**
     * Imports a bank collection file ({@code bank_reference, consumer_no, paid_on, amount, channel}) row by row:
     * valid rows are posted and the others reported. A bank reference is taken once, across files too. The
     * payments and their ledger entries name {@code importedBy}, a cashier or administrator.
     */
    @Transactional
    public PaymentImport importFile(Path file, String importedBy) {
        employees.requireRole(importedBy, Role.CASHIER, Role.ADMIN);
        return importRows(file, importedBy);
    }

    private PaymentImport importRows(Path file, String importedBy) {
        Table table = Table.read(file, REQUIRED);
        LocalDate today = LocalDate.now(clock);
        List<RowRejection> rejections = new ArrayList<>();
        Map<String, Integer> referencesInFile = new HashMap<>();
        List<NewLedgerEntry> credits = new ArrayList<>();
        Money total = Money.ZERO;
        LocalDateTime now = LocalDateTime.now(clock);
        for (Table.Row row : table.rows()) {
            Optional<RowRejection> rejection = check(row, today, referencesInFile);
            if (rejection.isPresent()) {
                rejections.add(rejection.get());
                continue;
            }
            Consumer consumer = consumers.findByNo(row.get("consumer_no")).orElseThrow();
            Money amount = Money.of(row.get("amount"));
            LocalDate paidOn = LocalDate.parse(row.get("paid_on"));
            String reference = row.get("bank_reference");
            jdbc.sql("insert into payment (consumer_id, bank_reference, paid_on, amount, channel, posted_by,"
                    + " created_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(consumer.id(), reference, paidOn, amount.amount(), emptyToNull(row.get("channel")),
                            importedBy, now)
                    .update();
            credits.add(new NewLedgerEntry(consumer.id(), paidOn, LedgerEntryType.PAYMENT, amount.negate(), reference,
                    importedBy));
            total = total.plus(amount);
        }
        ledger.postAll(credits);
        for (NewLedgerEntry credit : credits) {
            events.publishEvent(new PaymentPosted(credit.consumerId(), credit.reference(), credit.date(), importedBy));
        }
        rejections.forEach(r -> log.warn("Payment row rejected file={} {}", table.fileName(), r.message()));
        log.info("Payments imported file={} accepted={} rejected={} total={}", table.fileName(), credits.size(),
                rejections.size(), total);
        return new PaymentImport(new ImportResult(table.fileName(), credits.size(), 0, rejections, true), total);
    }

    /**
     * Posts one payment taken by a cashier, dated today. A bank or receipt reference is taken once: of two
     * postings with the same reference, however close together, one is rejected.
     *
     * @throws IllegalArgumentException naming the value when the payment is invalid or its reference is taken
     */
    @Transactional
    public Money post(String consumerNo, BigDecimal amount, String reference, String channel, String cashier) {
        employees.requireRole(cashier, Role.CASHIER, Role.ADMIN);
        Consumer consumer = consumers.require(consumerNo);
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > Money.SCALE) {
            throw new IllegalArgumentException("payment amount " + amount.toPlainString() + " must be above zero with"
                    + " at most " + Money.SCALE + " decimals");
        }
        Optional<String> outOfRange = Money.rangeProblem(amount);
        if (outOfRange.isPresent()) {
            throw new IllegalArgumentException("payment amount " + amount.toPlainString() + " " + outOfRange.get());
        }
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("the payment of " + consumerNo + " needs a bank or receipt reference");
        }
        LocalDate today = LocalDate.now(clock);
        Money value = Money.of(amount);
        try {
            jdbc.sql("insert into payment (consumer_id, bank_reference, paid_on, amount, channel, posted_by, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(consumer.id(), reference.strip(), today, value.amount(), channel, cashier,
                            LocalDateTime.now(clock))
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new IllegalArgumentException("reference " + reference + " was already taken by an earlier payment");
        }
        ledger.post(new NewLedgerEntry(consumer.id(), today, LedgerEntryType.PAYMENT, value.negate(), reference.strip(),
                cashier));
        events.publishEvent(new PaymentPosted(consumer.id(), reference.strip(), today, cashier));
        log.info("Payment posted consumer={} reference={} amount={} cashier={}", consumerNo, reference, value, cashier);
        return ledger.balance(consumer.id());
    }

    /**
     * Reverses a payment, for a bounced cheque say: the amount is owed again from today. A payment is reversed at
     * most once.
     */
    @Transactional
    public void reverse(String reference, String reason, String reversedBy) {
        employees.requireRole(reversedBy, Role.CASHIER, Role.ADMIN, Role.BILLING_OFFICER);
        Map<String, Object> payment = jdbc.sql("select id, consumer_id, amount from payment where bank_reference = ?")
                .param(reference).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no payment has the reference " + reference));
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("the reversal of payment " + reference + " needs a reason");
        }
        LocalDate today = LocalDate.now(clock);
        try {
            jdbc.sql("insert into payment_reversal (payment_id, reason, reversed_on, reversed_by, created_at)"
                    + " values (?, ?, ?, ?, ?)")
                    .params(payment.get("id"), reason.strip(), today, reversedBy, LocalDateTime.now(clock)).update();
        } catch (DuplicateKeyException already) {
            throw new IllegalStateException("payment " + reference + " is reversed already");
        }
        Money amount = Money.of(new BigDecimal(payment.get("amount").toString()));
        ledger.post(new NewLedgerEntry(((Number) payment.get("consumer_id")).longValue(), today,
                LedgerEntryType.PAYMENT_REVERSAL, amount, reference, reversedBy));
        log.info("Payment reversed reference={} amount={} reversedBy={}", reference, amount, reversedBy);
    }

    private Optional<RowRejection> check(Table.Row row, LocalDate today, Map<String, Integer> referencesInFile) {
        String reference = row.get("bank_reference");
        if (reference.isEmpty()) {
            return Optional.of(row.reject("bank_reference", "is missing"));
        }
        Integer earlier = referencesInFile.putIfAbsent(reference, row.number());
        if (earlier != null) {
            return Optional.of(row.reject("bank_reference", "was already taken in row " + earlier));
        }
        if (isTaken(reference)) {
            return Optional.of(row.reject("bank_reference", "was already taken by an earlier payment"));
        }
        if (consumers.findByNo(row.get("consumer_no")).isEmpty()) {
            return Optional.of(row.reject("consumer_no", "is not a registered consumer"));
        }
        if (!PLAIN_DECIMAL.matcher(row.get("amount")).matches()) {
            return Optional.of(row.reject("amount", "is not a plain decimal number; write digits with at most one"
                    + " '.', such as 1250.50"));
        }
        BigDecimal amount = new BigDecimal(row.get("amount"));
        if (amount.signum() <= 0) {
            return Optional.of(row.reject("amount", "must be above zero"));
        }
        if (amount.stripTrailingZeros().scale() > Money.SCALE) {
            return Optional.of(row.reject("amount", "has more than " + Money.SCALE + " decimals"));
        }
        Optional<String> outOfRange = Money.rangeProblem(amount);
        if (outOfRange.isPresent()) {
            return Optional.of(row.reject("amount", outOfRange.get()));
        }
        try {
            LocalDate paidOn = LocalDate.parse(row.get("paid_on"));
            if (paidOn.isAfter(today)) {
                return Optional.of(row.reject("paid_on", "is after today, " + today));
            }
            LocalDate earliest = today.minusYears(maxPaidOnAgeYears);
            if (paidOn.isBefore(earliest)) {
                return Optional.of(row.reject("paid_on", "is before " + earliest + ", more than " + maxPaidOnAgeYears
                        + " years ago (setting smartcbs.payments.max-paid-on-age-years)"));
            }
        } catch (DateTimeParseException e) {
            return Optional.of(row.reject("paid_on", "is not a date in the form YYYY-MM-DD"));
        }
        return Optional.empty();
    }

    private boolean isTaken(String reference) {
        return jdbc.sql("select count(*) from payment where bank_reference = ?").param(reference).query(Long.class)
                .single() > 0;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
