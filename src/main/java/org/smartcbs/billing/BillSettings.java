package org.smartcbs.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcbs.core.charges.LateChargeBase;
import org.smartcbs.core.charges.LateChargePolicy;
import org.smartcbs.core.charges.LateChargeRounding;
import org.smartcbs.core.duedates.DueDateBasis;
import org.smartcbs.core.duedates.DueDateRule;
import org.smartcbs.core.duedates.NonWorkingDayAdjustment;
import org.smartcbs.core.duedates.WorkingCalendar;
import org.smartcbs.core.money.Money;
import org.smartcbs.identity.Employees;
import org.smartcbs.identity.Role;
import org.smartcbs.setups.Setup;
import org.smartcbs.setups.Setups;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Effective-dated bill settings. The settings of a bill are those of its setup in force on the issue date, else the
 * organisation's in force then, else the defaults of {@code application.properties}: due {@code
 * smartcbs.billing.due-days} after issue, no weekend or holiday moves, and a late charge of {@code
 * smartcbs.late-charge.percent} of the current charges rounded to {@code smartcbs.late-charge.scale} decimals.
 */
@Service
public class BillSettings {

    private static final Logger log = LoggerFactory.getLogger(BillSettings.class);

    private final JdbcClient jdbc;
    private final Setups setups;
    private final Employees employees;
    private final Clock clock;
    private final BillTerms defaults;

    BillSettings(JdbcClient jdbc, Setups setups, Employees employees, Clock clock,
            @Value("${smartcbs.billing.due-days}") int dueDays,
            @Value("${smartcbs.late-charge.percent}") BigDecimal lateChargePercent,
            @Value("${smartcbs.late-charge.scale}") int lateChargeScale) {
        this.jdbc = jdbc;
        this.setups = setups;
        this.employees = employees;
        this.clock = clock;
        this.defaults = new BillTerms(new DueDateRule(new DueDateBasis.DaysAfterIssue(dueDays), 0,
                new WorkingCalendar(Set.of(), Set.of()), NonWorkingDayAdjustment.NONE),
                new LateChargePolicy.PercentOfCurrentCharges(lateChargePercent,
                        LateChargeRounding.halfUp(lateChargeScale)), Money.SCALE);
    }

    /**
     * Stores settings in force from their effective date. They are checked by building the terms they describe.
     *
     * @throws IllegalArgumentException naming the setting and the value that is invalid
     */
    @Transactional
    public void define(BillSettingsDefinition definition, String definedBy) {
        employees.requireRole(definedBy, Role.ADMIN);
        Long setupId = null;
        if (definition.setupCode() != null) {
            setupId = setups.findByCode(definition.setupCode()).map(Setup::id).orElseThrow(
                    () -> new IllegalArgumentException("setup " + definition.setupCode() + " is not registered"));
        }
        toTerms(definition, Set.of());
        checkSchedule(definition);
        jdbc.sql("insert into bill_settings (setup_id, effective_from, due_basis, due_value, minimum_days, weekend_days,"
                + " move_off_non_working, late_charge_kind, late_charge_percent, late_charge_fixed, late_charge_steps,"
                + " late_charge_scale, payable_scale, reading_from_day, reading_to_day, issue_day, created_by,"
                + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(setupId, definition.effectiveFrom(), definition.dueBasis(), definition.dueValue(),
                        definition.minimumDays(), definition.weekendDays() == null ? "" : definition.weekendDays(),
                        definition.moveOffNonWorkingDays(), definition.lateChargeKind(), definition.lateChargePercent(),
                        definition.lateChargeFixed(), definition.lateChargeSteps(), definition.lateChargeScale(),
                        definition.payableScale(), definition.readingFromDay(), definition.readingToDay(),
                        definition.issueDay(), definedBy, LocalDateTime.now(clock))
                .update();
        log.info("Bill settings defined setup={} effectiveFrom={} definedBy={}", definition.setupCode(),
                definition.effectiveFrom(), definedBy);
    }

    /** Adds a holiday to the calendar that due dates move off when the bill settings move them off non-working days. */
    @Transactional
    public void addHoliday(LocalDate day, String name, String addedBy) {
        employees.requireRole(addedBy, Role.ADMIN);
        jdbc.sql("insert into holiday (holiday_date, name) values (?, ?)").params(day, name).update();
        log.info("Holiday added day={} addedBy={}", day, addedBy);
    }

    /**
     * Returns the terms for a bill of a consumer of {@code setupId} issued on {@code issueDate}, or for the whole
     * organisation when {@code setupId} is {@code null}.
     */
    public BillTerms termsFor(Long setupId, LocalDate issueDate) {
        Optional<BillSettingsDefinition> definition = inForce(setupId, issueDate);
        if (definition.isEmpty()) {
            return defaults;
        }
        Set<LocalDate> holidays = new HashSet<>(jdbc.sql("select holiday_date from holiday").query(LocalDate.class).list());
        return toTerms(definition.get(), holidays);
    }

    /**
     * Returns the reading window of a month for consumers of {@code setupId} (or of the whole organisation when
     * it is {@code null}), from the settings in force on the month's first day; empty when they set none.
     */
    public Optional<ReadingWindow> readingWindow(Long setupId, YearMonth month) {
        return inForce(setupId, month.atDay(1))
                .filter(definition -> definition.readingFromDay() != null)
                .map(definition -> ReadingWindow.of(month, definition.readingFromDay(), definition.readingToDay()));
    }

    /**
     * Returns the day on which a month's bills are issued for consumers of {@code setupId} (or of the whole
     * organisation when it is {@code null}), from the settings in force on the month's first day; empty when they
     * set no issue day. A day past the month's end stands for its last day.
     */
    public Optional<LocalDate> issueDate(Long setupId, YearMonth month) {
        return inForce(setupId, month.atDay(1))
                .map(BillSettingsDefinition::issueDay)
                .map(day -> month.atDay(Math.min(day, month.lengthOfMonth())));
    }

    private Optional<BillSettingsDefinition> inForce(Long setupId, LocalDate day) {
        Optional<BillSettingsDefinition> own = setupId == null ? Optional.empty() : find(setupId, day);
        return own.or(() -> find(null, day));
    }

    private static void checkSchedule(BillSettingsDefinition d) {
        if ((d.readingFromDay() == null) != (d.readingToDay() == null)) {
            throw new IllegalArgumentException("reading window needs both a first and a last day, not "
                    + d.readingFromDay() + " and " + d.readingToDay());
        }
        if (d.readingFromDay() != null) {
            checkDayOfMonth("reading window first day", d.readingFromDay());
            checkDayOfMonth("reading window last day", d.readingToDay());
            if (d.readingFromDay() > d.readingToDay()) {
                throw new IllegalArgumentException("reading window first day " + d.readingFromDay()
                        + " is after its last day " + d.readingToDay());
            }
        }
        if (d.issueDay() != null) {
            checkDayOfMonth("issue day", d.issueDay());
        }
    }

    private static void checkDayOfMonth(String name, int day) {
        if (day < 1 || day > 31) {
            throw new IllegalArgumentException(name + " " + day + " must be a day of the month from 1 to 31");
        }
    }

    private Optional<BillSettingsDefinition> find(Long setupId, LocalDate day) {
        String setup = setupId == null ? "setup_id is null" : "setup_id = " + setupId;
        return jdbc.sql("select * from bill_settings where " + setup + " and effective_from <= ?"
                + " order by effective_from desc, id desc limit 1").param(day).query(BillSettings::toDefinition)
                .optional();
    }

    static BillTerms toTerms(BillSettingsDefinition d, Set<LocalDate> holidays) {
        DueDateBasis basis = switch (d.dueBasis()) {
            case "DAYS_AFTER_ISSUE" -> new DueDateBasis.DaysAfterIssue(d.dueValue());
            case "FIXED_DAY" -> new DueDateBasis.FixedDayOfMonth(d.dueValue());
            default -> throw new IllegalArgumentException("due basis \"" + d.dueBasis()
                    + "\" must be DAYS_AFTER_ISSUE or FIXED_DAY");
        };
        Set<DayOfWeek> weekend = new HashSet<>();
        if (d.weekendDays() != null && !d.weekendDays().isBlank()) {
            for (String day : d.weekendDays().split(",")) {
                try {
                    weekend.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("weekend day \"" + day.strip() + "\" is not a day of the week");
                }
            }
        }
        DueDateRule rule = new DueDateRule(basis, d.minimumDays(), new WorkingCalendar(weekend, holidays),
                d.moveOffNonWorkingDays() ? NonWorkingDayAdjustment.NEXT_WORKING_DAY : NonWorkingDayAdjustment.NONE);
        LateChargeRounding rounding = LateChargeRounding.halfUp(d.lateChargeScale());
        LateChargePolicy policy = switch (d.lateChargeKind()) {
            case "PERCENT_OF_CURRENT_CHARGES" -> new LateChargePolicy.PercentOfCurrentCharges(
                    required(d.lateChargePercent(), "late charge percent"), rounding);
            case "PERCENT_OF_OUTSTANDING" -> new LateChargePolicy.PercentOfOutstanding(
                    required(d.lateChargePercent(), "late charge percent"), rounding);
            case "FIXED" -> new LateChargePolicy.FixedAmount(
                    Money.of(required(d.lateChargeFixed(), "late charge amount")), rounding);
            case "GREATER_OF_PERCENT_AND_FIXED" -> new LateChargePolicy.GreaterOfPercentAndFixed(
                    LateChargeBase.CURRENT_CHARGES, required(d.lateChargePercent(), "late charge percent"),
                    Money.of(required(d.lateChargeFixed(), "late charge amount")), rounding);
            case "STEPPED" -> new LateChargePolicy.Stepped(LateChargeBase.CURRENT_CHARGES,
                    steps(required(d.lateChargeSteps(), "late charge steps")), rounding);
            default -> throw new IllegalArgumentException("late charge kind \"" + d.lateChargeKind()
                    + "\" is not one of PERCENT_OF_CURRENT_CHARGES, PERCENT_OF_OUTSTANDING, FIXED,"
                    + " GREATER_OF_PERCENT_AND_FIXED, STEPPED");
        };
        if (d.payableScale() < 0 || d.payableScale() > Money.SCALE) {
            throw new IllegalArgumentException("payable scale " + d.payableScale() + " must be from 0 to "
                    + Money.SCALE);
        }
        return new BillTerms(rule, policy, d.payableScale());
    }

    /** Parses {@code 3:5,:10} into steps: 5% up to 3 days late, 10% after. */
    private static List<LateChargePolicy.Step> steps(String text) {
        List<LateChargePolicy.Step> steps = new ArrayList<>();
        for (String pair : text.split(",")) {
            String[] parts = pair.split(":", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("late charge step \"" + pair + "\" must be days:percent");
            }
            try {
                Integer days = parts[0].isBlank() ? null : Integer.valueOf(parts[0].strip());
                steps.add(new LateChargePolicy.Step(days, new BigDecimal(parts[1].strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("late charge step \"" + pair + "\" must be days:percent");
            }
        }
        return steps;
    }

    private static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing for this kind of late charge");
        }
        return value;
    }

    private static BillSettingsDefinition toDefinition(ResultSet rs, int row) throws SQLException {
        return new BillSettingsDefinition(null, rs.getObject("effective_from", LocalDate.class),
                rs.getString("due_basis"), rs.getInt("due_value"), rs.getInt("minimum_days"),
                rs.getString("weekend_days"), rs.getBoolean("move_off_non_working"), rs.getString("late_charge_kind"),
                rs.getBigDecimal("late_charge_percent"), rs.getBigDecimal("late_charge_fixed"),
                rs.getString("late_charge_steps"), rs.getInt("late_charge_scale"), rs.getInt("payable_scale"),
                rs.getObject("reading_from_day", Integer.class), rs.getObject("reading_to_day", Integer.class),
                rs.getObject("issue_day", Integer.class));
    }
}
