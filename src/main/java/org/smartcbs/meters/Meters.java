package org.smartcbs.meters;

import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcbs.consumers.Consumer;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.tables.Table;
import org.smartcbs.core.rows.ImportResult;
import org.smartcbs.core.rows.RowRejection;
import org.smartcbs.identity.Employees;
import org.smartcbs.identity.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meter inventory and which consumer each meter serves. */
@Service
public class Meters {

    private static final Logger log = LoggerFactory.getLogger(Meters.class);
    private static final String COLUMNS = "m.id, m.serial, m.make, m.phase, m.register_digits, m.multiplier, m.status,"
            + " m.installed_on";
    private static final String IMPORTED_BY = "import";

    private final JdbcClient jdbc;
    private final Consumers consumers;
    private final ApplicationEventPublisher events;
    /** The phases a meter may have, stored in capitals; the import takes them in any letter case. */
    private static final List<String> PHASES = List.of("SINGLE", "THREE");

    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Clock clock;
    private final Employees employees;

    Meters(JdbcClient jdbc, Consumers consumers, ApplicationEventPublisher events, Clock clock, Employees employees) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.consumers = consumers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Imports meters from CSV: {@code meter_serial, make, phase, register_digits, multiplier, installed_on,
     * consumer_no, last_reading, last_reading_date}, with phase SINGLE or THREE when given and installed_on no
     * later than today or the last reading date. A meter with a consumer number is assigned to that
     * consumer as an approved assignment; the last reading starts its first billing period. All or nothing.
     */
    @Transactional
    public ImportResult importFile(Path file) {
        Table table = Table.read(file, List.of("meter_serial", "register_digits", "multiplier"));
        List<RowRejection> rejections = new ArrayList<>();
        List<MeterRow> meters = new ArrayList<>();
        Map<String, Integer> serials = new HashMap<>();
        Map<String, Integer> consumersInFile = new HashMap<>();
        for (Table.Row row : table.rows()) {
            int before = rejections.size();
            MeterRow meter = validate(row, rejections, serials, consumersInFile);
            if (rejections.size() == before) {
                meters.add(meter);
            }
        }
        if (!rejections.isEmpty()) {
            rejections.forEach(r -> log.warn("Meter row rejected file={} {}", table.fileName(), r.message()));
            return new ImportResult(table.fileName(), 0, 0, rejections, false);
        }

        int assigned = 0;
        for (MeterRow meter : meters) {
            long id = insert(meter);
            if (meter.consumer != null) {
                LocalDate from = meter.installedOn != null ? meter.installedOn : LocalDate.now(clock);
                jdbc.sql("insert into meter_assignment (meter_id, consumer_id, status, assigned_on, requested_by,"
                        + " decided_by, created_at) values (?, ?, 'APPROVED', ?, ?, ?, ?)")
                        .params(id, meter.consumer.id(), from, IMPORTED_BY, IMPORTED_BY, LocalDateTime.now(clock))
                        .update();
                assigned++;
            }
            if (meter.lastReading != null) {
                events.publishEvent(new MeterInstalled(id, meter.lastReading, meter.lastReadingDate));
            }
        }
        log.info("Meters imported file={} meters={} assigned={}", table.fileName(), meters.size(), assigned);
        return new ImportResult(table.fileName(), meters.size(), 0, List.of(), true);
    }

    private MeterRow validate(Table.Row row, List<RowRejection> rejections, Map<String, Integer> serials,
            Map<String, Integer> consumersInFile) {
        String serial = row.get("meter_serial");
        if (serial.isEmpty()) {
            rejections.add(row.reject("meter_serial", "is missing"));
        } else if (serials.putIfAbsent(serial, row.number()) != null) {
            rejections.add(row.reject("meter_serial", "repeats row " + serials.get(serial)));
        } else if (findBySerial(serial).isPresent()) {
            rejections.add(row.reject("meter_serial", "is already registered"));
        }
        Integer digits = parseInt(row, "register_digits", 1, 12, rejections);
        Integer multiplier = parseInt(row, "multiplier", 1, 1_000_000, rejections);
        String phase = row.get("phase");
        if (!phase.isEmpty() && !PHASES.contains(phase.toUpperCase(Locale.ROOT))) {
            rejections.add(row.reject("phase", "is not a phase; write " + String.join(" or ", PHASES)
                    + ", or leave it blank"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate installedOn = parseDate(row, "installed_on", rejections);
        if (installedOn != null && installedOn.isAfter(today)) {
            rejections.add(row.reject("installed_on", "is after today, " + today
                    + "; write the day the meter was installed"));
        }
        Consumer consumer = null;
        String consumerNo = row.get("consumer_no");
        if (!consumerNo.isEmpty()) {
            consumer = consumers.findByNo(consumerNo).orElse(null);
            if (consumer == null) {
                rejections.add(row.reject("consumer_no", "is not a registered consumer"));
            } else if (consumersInFile.putIfAbsent(consumerNo, row.number()) != null
                    || activeMeterOf(consumer.id()).isPresent()) {
                rejections.add(row.reject("consumer_no", "already has a meter assigned"));
            }
        }
        Long lastReading = null;
        if (!row.isBlank("last_reading")) {
            lastReading = parseRegister(row, rejections);
            if (digits != null && lastReading != null
                    && BigInteger.valueOf(lastReading).compareTo(BigInteger.TEN.pow(digits)) >= 0) {
                rejections.add(row.reject("last_reading", "has more digits than the register's " + digits));
            }
        }
        LocalDate lastReadingDate = parseDate(row, "last_reading_date", rejections);
        if (lastReading != null && row.isBlank("last_reading_date")) {
            rejections.add(row.reject("last_reading_date", "is missing; a last reading needs its date"));
        }
        if (installedOn != null && lastReadingDate != null && installedOn.isAfter(lastReadingDate)) {
            rejections.add(row.reject("installed_on", "is after last_reading_date " + lastReadingDate
                    + "; a meter is read on or after the day it is installed"));
        }
        return new MeterRow(row, serial, digits == null ? 0 : digits, multiplier == null ? 0 : multiplier,
                installedOn, consumer, lastReading, lastReadingDate);
    }

    private long insert(MeterRow meter) {
        String status = meter.consumer != null ? "INSTALLED" : "IN_STOCK";
        jdbc.sql("insert into meter (serial, make, phase, register_digits, multiplier, status, installed_on,"
                + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(meter.serial, emptyToNull(meter.row.get("make")), emptyToNull(meter.row.get("phase").toUpperCase(Locale.ROOT)),
                        meter.digits, meter.multiplier, status, meter.installedOn, LocalDateTime.now(clock))
                .update();
        return findBySerial(meter.serial).orElseThrow().id();
    }

    /**
     * Marks a meter that is not serving anyone as {@code FAULTY}, so that it cannot be assigned again. A meter that
     * serves a consumer is replaced first, which removes it.
     *
     * @throws IllegalStateException when the meter serves a consumer or is requested for one
     */
    @Transactional
    public Meter reportFaulty(String serial, String reportedBy) {
        employees.requireRole(reportedBy, Role.ADMIN, Role.BILLING_OFFICER, Role.METER_READER);
        Meter meter = findBySerial(serial)
                .orElseThrow(() -> new IllegalArgumentException("meter " + serial + " is not in the meter register"));
        Optional<Long> serving = activeConsumerOf(meter.id());
        if (serving.isPresent()) {
            String consumerNo = consumers.findById(serving.get()).orElseThrow().consumerNo();
            throw new IllegalStateException("meter " + serial + " serves consumer " + consumerNo
                    + "; replace it first, then report it faulty");
        }
        long requested = jdbc.sql("select count(*) from meter_assignment where meter_id = ? and status = 'REQUESTED'")
                .param(meter.id()).query(Long.class).single();
        if (requested > 0) {
            throw new IllegalStateException("meter " + serial + " is requested for a consumer; reject that request"
                    + " first, then report it faulty");
        }
        jdbc.sql("update meter set status = 'FAULTY' where id = ?").param(meter.id()).update();
        log.info("Meter reported faulty meter={} previousStatus={} reportedBy={}", serial, meter.status(), reportedBy);
        return findById(meter.id()).orElseThrow();
    }

    public Optional<Meter> findBySerial(String serial) {
        return jdbc.sql("select " + COLUMNS + " from meter m where m.serial = ?").param(serial).query(Meters::toMeter)
                .optional();
    }

    public Optional<Meter> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from meter m where m.id = ?").param(id).query(Meters::toMeter)
                .optional();
    }

    /** Returns the meter that serves the consumer now: the approved assignment that has not ended. */
    public Optional<Meter> activeMeterOf(long consumerId) {
        return jdbc.sql("select " + COLUMNS + " from meter m join meter_assignment a on a.meter_id = m.id"
                + " where a.consumer_id = ? and a.status = 'APPROVED' and a.ended_on is null").param(consumerId)
                .query(Meters::toMeter).optional();
    }

    /** Returns the consumer the meter serves now, if any. */
    public Optional<Long> activeConsumerOf(long meterId) {
        return jdbc.sql("select consumer_id from meter_assignment where meter_id = ? and status = 'APPROVED'"
                + " and ended_on is null").param(meterId).query(Long.class).optional();
    }

    /** Returns the serving meter of every consumer that has one, by consumer id, for the ids in the range. */
    public Map<Long, Meter> activeMetersOf(long firstConsumer, long lastConsumer) {
        Map<Long, Meter> meters = new HashMap<>();
        jdbc.sql("select a.consumer_id, " + COLUMNS + " from meter m join meter_assignment a on a.meter_id = m.id"
                + " where a.consumer_id between ? and ? and a.status = 'APPROVED' and a.ended_on is null")
                .params(firstConsumer, lastConsumer)
                .query(rs -> {
                    meters.put(rs.getLong("consumer_id"), toMeter(rs, 0));
                });
        return meters;
    }

    private static Integer parseInt(Table.Row row, String column, int min, int max, List<RowRejection> rejections) {
        try {
            int value = Integer.parseInt(row.get(column));
            if (value < min || value > max) {
                rejections.add(row.reject(column, "must be from " + min + " to " + max));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            rejections.add(row.reject(column, "is not a whole number"));
            return null;
        }
    }

    private static Long parseRegister(Table.Row row, List<RowRejection> rejections) {
        try {
            long value = Long.parseLong(row.get("last_reading"));
            if (value < 0) {
                rejections.add(row.reject("last_reading", "is negative"));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            rejections.add(row.reject("last_reading", "is not a whole number"));
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

    private static Meter toMeter(ResultSet rs, int row) throws SQLException {
        return new Meter(rs.getLong("id"), rs.getString("serial"), rs.getString("make"), rs.getString("phase"),
                rs.getInt("register_digits"), rs.getInt("multiplier"), rs.getString("status"),
                rs.getObject("installed_on", LocalDate.class));
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private record MeterRow(Table.Row row, String serial, int digits, int multiplier, LocalDate installedOn,
            Consumer consumer, Long lastReading, LocalDate lastReadingDate) {
    }
}
