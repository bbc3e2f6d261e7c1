package org.smartcbs.consumers;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcbs.core.approval.FourEyes;
import org.smartcbs.core.contact.ContactRules;
import org.smartcbs.core.money.Money;
import org.smartcbs.tables.Table;
import org.smartcbs.core.rows.ImportMode;
import org.smartcbs.core.rows.ImportResult;
import org.smartcbs.core.rows.RowRejection;
import org.smartcbs.identity.Employees;
import org.smartcbs.identity.Role;
import org.smartcbs.ledger.Ledger;
import org.smartcbs.ledger.LedgerEntryType;
import org.smartcbs.ledger.NewLedgerEntry;
import org.smartcbs.setups.Setup;
import org.smartcbs.setups.Setups;
import org.smartcbs.tariffs.TariffVersions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers consumers, with the balance each carries over from the previous system, and finds them. */
@Service
public class Consumers {

    private static final Logger log = LoggerFactory.getLogger(Consumers.class);
    private static final String COLUMNS = "id, consumer_no, name, guardian_name, national_id, phone, email, address,"
            + " setup_id, category, tariff_code, route, sanctioned_load_kw, connection_date, status";
    /** The consumer categories when the setting {@code smartcbs.consumers.categories} is not given. */
    public static final String DEFAULT_CATEGORIES = "RESIDENTIAL,COMMERCIAL,INDUSTRIAL,AGRICULTURAL,GENERAL";
    private static final String IMPORTED_BY = "import";
    /** Columns of free text, checked for control characters; the others are checked against a pattern or a list. */
    private static final List<String> TEXT_COLUMNS = List.of("consumer_no", "name", "guardian_name", "address",
            "route", "tariff_code");
    private static final List<String> REQUIRED = List.of("consumer_no", "name", "national_id", "setup_code",
            "category", "status");

    private final JdbcClient jdbc;
    private final Setups setups;
    private final Ledger ledger;
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Clock clock;
    private final ContactRules rules;
    private final String numberPattern;
    private final List<String> categories;
    private final Employees employees;
    private final TariffVersions tariffs;

    Consumers(JdbcClient jdbc, Setups setups, Ledger ledger, Clock clock, Employees employees, TariffVersions tariffs,
            @Value("${smartcbs.consumers.national-id-pattern:" + ContactRules.CNIC + "}") String nationalIdPattern,
            @Value("${smartcbs.consumers.number-pattern:{setup}-{seq}}") String numberPattern,
            @Value("${smartcbs.consumers.categories:" + DEFAULT_CATEGORIES + "}") String categories) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.tariffs = tariffs;
        this.categories = Arrays.stream(categories.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (this.categories.isEmpty()) {
            throw new IllegalArgumentException("smartcbs.consumers.categories is empty; list the consumer categories,"
                    + " comma-separated");
        }
        this.numberPattern = numberPattern;
        this.setups = setups;
        this.ledger = ledger;
        this.clock = clock;
        this.rules = new ContactRules(nationalIdPattern);
    }

    /**
     * Imports consumers from CSV, .xlsx or .xls, each with an optional {@code opening_balance} (positive is owed,
     * negative is credit) that is posted to the ledger as of today. All or nothing: one invalid row and nothing is
     * written.
     */
    @Transactional
    public ImportResult importFile(Path file) {
        return importFile(file, ImportMode.ALL_OR_NOTHING);
    }

    /**
     * Imports consumers as {@link #importFile(Path)} does; with {@link ImportMode#TAKE_VALID_ROWS} the valid rows are
     * written and the rejected ones reported.
     */
    @Transactional
    public ImportResult importFile(Path file, ImportMode mode) {
        Table table = Table.read(file, REQUIRED);
        List<RowRejection> rejections = new ArrayList<>();
        List<Registration> registrations = new ArrayList<>();
        Map<String, Integer> numbersInFile = new HashMap<>();
        Map<String, Integer> nationalIdsInFile = new HashMap<>();
        for (Table.Row row : table.rows()) {
            int before = rejections.size();
            Registration registration = validate(row, rejections);
            checkUnique(row, "consumer_no", numbersInFile, rejections);
            if (registration != null && registration.status.isOpen()) {
                checkUnique(row, "national_id", nationalIdsInFile, rejections);
            }
            if (rejections.size() == before) {
                registrations.add(registration);
            }
        }
        rejections.forEach(r -> log.warn("Consumer row rejected file={} {}", table.fileName(), r.message()));
        if (!rejections.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) {
            return new ImportResult(table.fileName(), 0, 0, rejections, false);
        }

        LocalDate today = LocalDate.now(clock);
        List<NewLedgerEntry> openings = new ArrayList<>();
        for (Registration registration : registrations) {
            long id = insert(registration, IMPORTED_BY);
            if (!registration.openingBalance.isZero()) {
                openings.add(new NewLedgerEntry(id, today, LedgerEntryType.OPENING_BALANCE,
                        registration.openingBalance, "OPENING", "import"));
            }
        }
        ledger.postAll(openings);
        log.info("Consumers imported file={} consumers={} openingBalances={}", table.fileName(), registrations.size(),
                openings.size());
        return new ImportResult(table.fileName(), registrations.size(), 0, rejections, true);
    }

    /**
     * Registers one consumer as {@code PENDING_APPROVAL}, generating the consumer number when none is given.
     *
     * @throws RegistrationException naming every field at fault; nothing is written then
     */
    @Transactional
    public Consumer register(ConsumerRegistration registration, String registeredBy) {
        employees.requireRole(registeredBy, Role.ADMIN, Role.BILLING_OFFICER);
        Map<String, String> columns = registration.asColumns();
        Optional<Setup> setup = setups.findByCode(columns.get("setup_code"));
        if (columns.get("consumer_no").isEmpty() && setup.isPresent()) {
            columns.put("consumer_no", nextNumber(setup.get()));
        }
        Table.Row row = new Table.Row(1, columns);
        List<RowRejection> problems = new ArrayList<>();
        Registration checked = validate(row, problems);
        String tariff = columns.get("tariff_code");
        // Only here, not in the import: an import may run before the tariff files are imported.
        if (!tariff.isEmpty() && tariffs.versionsBetween(tariff, LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31))
                .isEmpty()) {
            problems.add(row.reject("tariff_code", "is not an imported tariff; import the tariff file first or leave"
                    + " it blank to bill on the category's tariff"));
        }
        if (!problems.isEmpty()) {
            throw new RegistrationException(problems);
        }
        long id = insert(checked, registeredBy);
        log.info("Consumer registered consumer={} setup={} registeredBy={}", columns.get("consumer_no"),
                setup.get().code(), registeredBy);
        return findById(id).orElseThrow();
    }

    /**
     * Returns the next consumer number of the setup: {@code numberPattern} with {@code {setup}} replaced by the
     * setup code and {@code {seq}} by the setup's next sequence number, from 1001.
     */
    private String nextNumber(Setup setup) {
        Long next = jdbc.sql("select next_value from consumer_number_series where setup_id = ? for update")
                .param(setup.id()).query(Long.class).optional().orElse(null);
        if (next == null) {
            next = 1001L;
            jdbc.sql("insert into consumer_number_series (setup_id, next_value) values (?, ?)").params(setup.id(), next)
                    .update();
        }
        String number;
        do {
            number = numberPattern.replace("{setup}", setup.code()).replace("{seq}", Long.toString(next++));
        } while (findByNo(number).isPresent());
        jdbc.sql("update consumer_number_series set next_value = ? where setup_id = ?").params(next, setup.id())
                .update();
        return number;
    }

    /**
     * Approves a registration: the connection moves from {@code PENDING_APPROVAL} to {@code ACTIVE}. A billing
     * officer or administrator other than the employee who registered the consumer must approve it.
     *
     * @throws IllegalStateException naming the consumer and the current status when it does not await approval
     * @throws IllegalArgumentException when the approver registered the consumer or lacks the role
     */
    @Transactional
    public Consumer approveRegistration(String consumerNo, String approvedBy) {
        employees.requireRole(approvedBy, Role.ADMIN, Role.BILLING_OFFICER);
        Consumer consumer = require(consumerNo);
        if (consumer.status() != ConsumerStatus.PENDING_APPROVAL) {
            throw new IllegalStateException("consumer " + consumerNo + " is " + consumer.status()
                    + ", so there is no registration to approve");
        }
        String registeredBy = jdbc.sql("select registered_by from consumer where id = ?").param(consumer.id())
                .query(String.class).single();
        FourEyes.check("the registration of consumer " + consumerNo, registeredBy, approvedBy);
        return move(consumer, ConsumerStatus.ACTIVE, approvedBy);
    }

    /**
     * Moves the consumer's connection to {@code next}; an administrator or billing officer may. A pending
     * registration becomes active only through {@link #approveRegistration}, and a connection is disconnected or
     * reconnected only through a {@link ConnectionRequests request}, so that a second employee approves each.
     *
     * @throws IllegalStateException naming the consumer and the current status when the move is not allowed
     */
    @Transactional
    public Consumer changeStatus(String consumerNo, ConsumerStatus next, String changedBy) {
        employees.requireRole(changedBy, Role.ADMIN, Role.BILLING_OFFICER);
        Consumer consumer = require(consumerNo);
        if (consumer.status() == ConsumerStatus.PENDING_APPROVAL && next == ConsumerStatus.ACTIVE) {
            throw new IllegalStateException("consumer " + consumerNo + " is PENDING_APPROVAL; a second employee"
                    + " activates it by approving the registration");
        }
        boolean needsRequest = next == ConsumerStatus.DISCONNECTED
                || (consumer.status() == ConsumerStatus.DISCONNECTED && next == ConsumerStatus.ACTIVE);
        if (needsRequest && consumer.status().canMoveTo(next)) {
            throw new IllegalStateException("consumer " + consumerNo + " is " + consumer.status() + "; a move to "
                    + next + " needs a disconnection or reconnection request that a second employee approves");
        }
        return move(consumer, next, changedBy);
    }

    /** Applies an approved disconnection or reconnection request; the request has checked the roles. */
    Consumer applyApprovedRequest(String consumerNo, ConsumerStatus next, String approvedBy) {
        return move(require(consumerNo), next, approvedBy);
    }

    private Consumer move(Consumer consumer, ConsumerStatus next, String changedBy) {
        String consumerNo = consumer.consumerNo();
        if (!consumer.status().canMoveTo(next)) {
            throw new IllegalStateException("consumer " + consumerNo + " is " + consumer.status()
                    + " and cannot move to " + next);
        }
        if (next.isOpen() && !consumer.status().isOpen() && isNationalIdOpen(consumer.nationalId())) {
            throw new IllegalStateException("consumer " + consumerNo + " cannot reopen: another open connection has"
                    + " the same national id");
        }
        jdbc.sql("update consumer set status = ? where id = ?").params(next.name(), consumer.id()).update();
        log.info("Consumer status changed consumer={} from={} to={} changedBy={}", consumerNo, consumer.status(), next,
                changedBy);
        return findById(consumer.id()).orElseThrow();
    }

    private Registration validate(Table.Row row, List<RowRejection> rejections) {
        int before = rejections.size();
        String number = row.get("consumer_no");
        if (number.isEmpty()) {
            rejections.add(row.reject("consumer_no", "is missing"));
        } else if (findByNo(number).isPresent()) {
            rejections.add(row.reject("consumer_no", "is already registered"));
        }
        if (row.isBlank("name")) {
            rejections.add(row.reject("name", "is missing"));
        }
        String nationalId = row.get("national_id");
        if (!rules.isValidNationalId(nationalId)) {
            rejections.add(new RowRejection(row.number(), "national_id", null,
                    "is not a valid national id (the value is withheld because it is personal data)"));
        } else if (isNationalIdOpen(nationalId)) {
            rejections.add(new RowRejection(row.number(), "national_id", null,
                    "belongs to a consumer with an open connection already"));
        }
        String phone = null;
        if (!row.isBlank("phone")) {
            phone = rules.normalPhone(row.get("phone")).orElse(null);
            if (phone == null) {
                rejections.add(new RowRejection(row.number(), "phone", null, "is not a valid phone number"));
            }
        }
        String email = row.get("email");
        if (!email.isEmpty() && !rules.isValidEmail(email)) {
            rejections.add(new RowRejection(row.number(), "email", null, "is not a valid e-mail address"));
        }
        Optional<Setup> setup = setups.findByCode(row.get("setup_code"));
        if (setup.isEmpty()) {
            rejections.add(row.reject("setup_code", "is not a registered setup"));
        }
        if (row.isBlank("category")) {
            rejections.add(row.reject("category", "is missing"));
        } else if (!categories.contains(row.get("category"))) {
            rejections.add(row.reject("category", "is not a consumer category; use one of "
                    + String.join(", ", categories) + " (setting smartcbs.consumers.categories)"));
        }
        rejectControlCharacters(row, rejections);
        ConsumerStatus status = parseStatus(row, rejections);
        BigDecimal load = parseDecimal(row, "sanctioned_load_kw", rejections);
        if (load != null && load.signum() < 0) {
            rejections.add(row.reject("sanctioned_load_kw", "is negative; write the load in kW, zero or more"));
        }
        LocalDate connectionDate = parseDate(row, "connection_date", rejections);
        LocalDate today = LocalDate.now(clock);
        if (connectionDate != null && connectionDate.isAfter(today)) {
            rejections.add(row.reject("connection_date", "is after today, " + today
                    + "; write the date the connection was made"));
        }
        BigDecimal opening = parseDecimal(row, "opening_balance", rejections);
        if (opening != null && opening.scale() > Money.SCALE) {
            rejections.add(row.reject("opening_balance", "has more than " + Money.SCALE + " decimals"));
        } else if (opening != null) {
            Money.rangeProblem(opening).ifPresent(problem -> rejections.add(row.reject("opening_balance", problem)));
        }
        if (rejections.size() > before) {
            return status == null ? null : new Registration(row, null, null, null, status, null, null, Money.ZERO);
        }
        return new Registration(row, setup.get(), phone, email.isEmpty() ? null : email, status, load,
                connectionDate, opening == null ? Money.ZERO : Money.of(opening));
    }

    /**
     * Rejects a control character, such as a tab or BEL, in a text column, because it would reach bills and
     * exports unseen. The value is shown with each control character as U+XXXX.
     */
    private static void rejectControlCharacters(Table.Row row, List<RowRejection> rejections) {
        for (String column : TEXT_COLUMNS) {
            String value = row.get(column);
            if (value.chars().anyMatch(Character::isISOControl)) {
                rejections.add(new RowRejection(row.number(), column, showControlCharacters(value),
                        "contains a control character; remove it"));
            }
        }
    }

    private static String showControlCharacters(String value) {
        StringBuilder escaped = new StringBuilder();
        value.chars().forEach(c -> {
            if (Character.isISOControl(c)) {
                escaped.append(String.format("U+%04X", c));
            } else {
                escaped.append((char) c);
            }
        });
        return escaped.toString();
    }

    private static void checkUnique(Table.Row row, String column, Map<String, Integer> seen,
            List<RowRejection> rejections) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return;
        }
        Integer earlier = seen.putIfAbsent(value, row.number());
        if (earlier != null) {
            String shown = column.equals("national_id") ? null : value;
            rejections.add(new RowRejection(row.number(), column, shown, "repeats row " + earlier));
        }
    }

    private static ConsumerStatus parseStatus(Table.Row row, List<RowRejection> rejections) {
        try {
            return ConsumerStatus.valueOf(row.get("status"));
        } catch (IllegalArgumentException e) {
            rejections.add(row.reject("status", "must be one of PENDING_APPROVAL, ACTIVE, DISCONNECTED, CLOSED"));
            return null;
        }
    }

    private static BigDecimal parseDecimal(Table.Row row, String column, List<RowRejection> rejections) {
        if (row.isBlank(column)) {
            return null;
        }
        try {
            return new BigDecimal(row.get(column));
        } catch (NumberFormatException e) {
            rejections.add(row.reject(column, "is not a decimal number"));
            return null;
        }
    }

    private static LocalDate parseDate(Table.Row row, String column, List<RowRejection> rejections) {
        if (row.isBlank(column)) {
            return null;
        }
        if (!DATE_TEXT.matcher(row.get(column)).matches()) {
            rejections.add(row.reject(column, "is not a date in the form YYYY-MM-DD"));
            return null;
        }
        try {
            return LocalDate.parse(row.get(column));
        } catch (DateTimeParseException e) {
            rejections.add(row.reject(column, "is not a valid date; write YYYY-MM-DD"));
            return null;
        }
    }

    private long insert(Registration r, String registeredBy) {
        Table.Row row = r.row;
        String tariff = row.get("tariff_code");
        jdbc.sql("insert into consumer (consumer_no, name, guardian_name, national_id, phone, email, address, setup_id,"
                + " category, tariff_code, route, sanctioned_load_kw, connection_date, status, created_at,"
                + " registered_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.get("consumer_no"), row.get("name"), emptyToNull(row.get("guardian_name")),
                        row.get("national_id"), r.phone, r.email, emptyToNull(row.get("address")), r.setup.id(),
                        row.get("category"), emptyToNull(tariff), emptyToNull(row.get("route")), r.load,
                        r.connectionDate, r.status.name(), LocalDateTime.now(clock), registeredBy)
                .update();
        return findByNo(row.get("consumer_no")).orElseThrow().id();
    }

    private boolean isNationalIdOpen(String nationalId) {
        return jdbc.sql("select count(*) from consumer where national_id = ? and status <> 'CLOSED'")
                .param(nationalId).query(Long.class).single() > 0;
    }

    public Optional<Consumer> findByNo(String consumerNo) {
        return jdbc.sql("select " + COLUMNS + " from consumer where consumer_no = ?").param(consumerNo)
                .query(Consumers::toConsumer).optional();
    }

    public Optional<Consumer> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from consumer where id = ?").param(id).query(Consumers::toConsumer)
                .optional();
    }

    /** Returns the consumer with the given number or fails with a message naming it. */
    public Consumer require(String consumerNo) {
        return findByNo(consumerNo)
                .orElseThrow(() -> new ConsumerNotFoundException("consumer " + consumerNo + " is not registered"));
    }

    /** Returns the consumers whose ids lie in the range, in id order. */
    public List<Consumer> inIdRange(long first, long last) {
        return jdbc.sql("select " + COLUMNS + " from consumer where id between ? and ? order by id")
                .params(first, last).query(Consumers::toConsumer).list();
    }

    /** Returns the ids of all consumers, in order; a bill run splits these into parts. */
    public List<Long> allIds() {
        return jdbc.sql("select id from consumer order by id").query(Long.class).list();
    }

    /** Returns the categories that registered consumers belong to, in alphabetical order. */
    public List<String> categories() {
        return jdbc.sql("select distinct category from consumer order by category").query(String.class).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from consumer").query(Long.class).single();
    }

    private static Consumer toConsumer(ResultSet rs, int row) throws SQLException {
        return new Consumer(rs.getLong("id"), rs.getString("consumer_no"), rs.getString("name"),
                rs.getString("guardian_name"), rs.getString("national_id"), rs.getString("phone"),
                rs.getString("email"), rs.getString("address"), rs.getLong("setup_id"), rs.getString("category"),
                rs.getString("tariff_code"), rs.getString("route"), rs.getBigDecimal("sanctioned_load_kw"),
                rs.getObject("connection_date", LocalDate.class), ConsumerStatus.valueOf(rs.getString("status")));
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private record Registration(Table.Row row, Setup setup, String phone, String email, ConsumerStatus status,
            BigDecimal load, LocalDate connectionDate, Money openingBalance) {
    }
}
