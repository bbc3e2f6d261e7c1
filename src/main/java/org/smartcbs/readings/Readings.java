package org.smartcbs.readings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcbs.consumers.Consumer;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.core.approval.FourEyes;
import org.smartcbs.core.reading.RegisterRead;
import org.smartcbs.core.rows.IdLists;
import org.smartcbs.core.rows.ImportResult;
import org.smartcbs.core.rows.InvalidFileException;
import org.smartcbs.core.rows.RowRejection;
import org.smartcbs.identity.Employees;
import org.smartcbs.identity.Role;
import org.smartcbs.meters.Meter;
import org.smartcbs.meters.Meters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes readings from uploaded sheets and decides whether each is fit to bill: accepted, held for review or
 * rejected with the reason.
 */
@Service
public class Readings {

    private static final Logger log = LoggerFactory.getLogger(Readings.class);
    private static final String COLUMNS = "id, meter_id, reading_date, register_value, consumption, kind, status,"
            + " hold_reason, reader, remark";

    private final JdbcClient jdbc;
    private final Meters meters;
    private final Consumers consumers;
    private final Clock clock;
    private final Employees employees;
    private final RegisterRead registerRead;
    private final ReadingFileReader fileReader = new ReadingFileReader();
    private final ReadingFileSettings fileSettings;

    Readings(JdbcClient jdbc, Meters meters, Consumers consumers, Clock clock, Employees employees,
            ReadingFileSettings fileSettings,
            @Value("${smartcbs.readings.rollover-max-fraction}") BigDecimal rolloverMaxFraction,
            @Value("${smartcbs.readings.average-factor}") BigDecimal averageFactor,
            @Value("${smartcbs.readings.average-min-readings}") int averageMinReadings) {
        this.jdbc = jdbc;
        this.meters = meters;
        this.consumers = consumers;
        this.clock = clock;
        this.employees = employees;
        this.fileSettings = fileSettings;
        this.registerRead = new RegisterRead(rolloverMaxFraction, averageFactor, averageMinReadings);
    }

    /**
     * Uploads a sheet of readings (.xlsx, .xls or .csv), read with the configured header names, day order, merged-cell
     * rule and size limit. Each row is checked against the meter register and the meter's earlier readings. A row
     * already recorded with the same date and value is skipped, so uploading the same file again adds nothing.
     *
     * @throws InvalidFileException when the file as a whole cannot be read
     */
    @Transactional
    public ImportResult upload(Path file, ReadingUploadMode mode) {
        return upload(file, mode, null);
    }

    /**
     * Uploads one chosen sheet of a workbook, which may be a hidden one, with the same checks as
     * {@link #upload(Path, ReadingUploadMode)}.
     *
     * @param sheetName the sheet to read, or {@code null} for the first visible sheet; ignored for a CSV file
     * @throws InvalidFileException when the file as a whole cannot be read or has no sheet of that name
     */
    @Transactional
    public ImportResult upload(Path file, ReadingUploadMode mode, String sheetName) {
        String name = file.getFileName().toString();
        ReadingFile sheet;
        try {
            sheet = fileReader.read(file, fileSettings.options().withSheetName(sheetName));
        } catch (ReadingFileException e) {
            throw new InvalidFileException(e.getMessage());
        }
        List<RowRejection> rejections = new ArrayList<>();
        for (RowProblem problem : sheet.problems()) {
            rejections.add(toRejection(problem));
        }
        return take(name, sheet.rows(), rejections, sheet.duplicateRows(), mode, sha256(file), null);
    }

    /**
     * Takes readings typed in by a meter reader or clerk, one or a batch, with the same checks as an upload. Row
     * numbers are the positions in the batch, from 1.
     */
    @Transactional
    public ImportResult enter(List<ReadingRow> rows, ReadingUploadMode mode, String enteredBy) {
        employees.requireRole(enteredBy, Role.ADMIN, Role.BILLING_OFFICER, Role.METER_READER);
        return take("entered by " + enteredBy, rows, new ArrayList<>(), 0, mode, "", enteredBy);
    }

    private ImportResult take(String name, List<ReadingRow> rows, List<RowRejection> rejections, int duplicates,
            ReadingUploadMode mode, String digest, String enteredBy) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Reading> latestByMeter = new HashMap<>();
        Map<Long, List<BigDecimal>> consumptionsByMeter = new HashMap<>();
        List<Reading> toInsert = new ArrayList<>();
        int skipped = duplicates;
        for (ReadingRow row : rows) {
            Decision decision = decide(row, today, latestByMeter, consumptionsByMeter);
            if (decision.rejection != null) {
                rejections.add(decision.rejection);
            } else if (decision.alreadyRecorded) {
                skipped++;
            } else {
                toInsert.add(decision.reading);
                if (decision.reading.isAccepted()) {
                    latestByMeter.put(decision.reading.meterId(), decision.reading);
                    consumptionsByMeter.get(decision.reading.meterId()).add(decision.reading.consumption());
                }
            }
        }
        rejections.sort((a, b) -> Integer.compare(a.row(), b.row()));
        rejections.forEach(r -> log.warn("Reading row rejected file={} {}", name, r.message()));
        if (mode == ReadingUploadMode.ALL_OR_NOTHING && !rejections.isEmpty()) {
            return new ImportResult(name, 0, skipped, rejections, false);
        }

        long uploadId = recordUpload(name, digest, toInsert.size(), rejections.size());
        LocalDateTime now = LocalDateTime.now(clock);
        for (Reading reading : toInsert) {
            jdbc.sql("insert into reading (meter_id, reading_date, register_value, consumption, kind, status,"
                    + " hold_reason, reader, remark, upload_id, created_at, entered_by)"
                    + " values (?, ?, ?, ?, 'ACTUAL', ?, ?, ?, ?, ?, ?, ?)")
                    .params(reading.meterId(), reading.readingDate(), reading.registerValue(), reading.consumption(),
                            reading.status(), reading.holdReason(), reading.reader(), reading.remark(), uploadId, now,
                            enteredBy)
                    .update();
        }
        long held = toInsert.stream().filter(r -> !r.isAccepted()).count();
        log.info("Readings taken upload={} file={} taken={} held={} skipped={} rejected={}", uploadId, name,
                toInsert.size(), held, skipped, rejections.size());
        return new ImportResult(name, toInsert.size(), skipped, rejections, true);
    }

    /** What a billing officer decides about a reading held for review. */
    public enum Review {
        ACCEPT, CORRECT, REJECT
    }

    /**
     * Decides on a held reading: accept it as read, correct its register value (the consumption is worked out again
     * from the previous accepted reading), or reject it. Only accepted readings are billed. An employee who typed the
     * reading in cannot review it.
     *
     * @param correctedValue the register value for {@link Review#CORRECT}, else ignored
     */
    @Transactional
    public Reading review(long readingId, Review review, Long correctedValue, String reviewedBy) {
        employees.requireRole(reviewedBy, Role.ADMIN, Role.BILLING_OFFICER);
        Reading reading = findById(readingId)
                .orElseThrow(() -> new IllegalArgumentException("reading " + readingId + " does not exist"));
        if (!"HELD".equals(reading.status())) {
            throw new IllegalStateException("reading " + readingId + " is " + reading.status() + ", not held for review");
        }
        String enteredBy = jdbc.sql("select entered_by from reading where id = ?").param(readingId)
                .query(String.class).single();
        FourEyes.check("the review of reading " + readingId, enteredBy, reviewedBy);
        switch (review) {
            case ACCEPT -> jdbc.sql("update reading set status = 'ACCEPTED' where id = ?").param(readingId).update();
            case REJECT -> jdbc.sql("update reading set status = 'REJECTED' where id = ?").param(readingId).update();
            case CORRECT -> correct(reading, correctedValue);
        }
        log.info("Held reading reviewed reading={} review={} reviewedBy={}", readingId, review, reviewedBy);
        return findById(readingId).orElseThrow();
    }

    private void correct(Reading reading, Long value) {
        Meter meter = meters.findById(reading.meterId()).orElseThrow();
        if (value == null || value < 0 || value >= meter.registerRange()) {
            throw new IllegalArgumentException("corrected value " + value + " does not fit the register of meter "
                    + meter.serial());
        }
        Reading previous = jdbc.sql("select " + COLUMNS + " from reading where meter_id = ? and status = 'ACCEPTED'"
                + " and reading_date < ? order by reading_date desc limit 1").params(reading.meterId(),
                        reading.readingDate()).query(Readings::toReading).optional().orElseThrow();
        long range = meter.registerRange();
        long steps = Math.floorMod(value - previous.registerValue(), range);
        BigDecimal consumption = BigDecimal.valueOf(steps).multiply(BigDecimal.valueOf(meter.multiplier()));
        jdbc.sql("update reading set register_value = ?, consumption = ?, status = 'ACCEPTED',"
                + " remark = coalesce(remark, 'corrected on review') where id = ?")
                .params(value, consumption, reading.id()).update();
    }

    /**
     * Checks one row against the register and the meter's earlier readings, those in the database and those taken
     * earlier in the same batch.
     */
    private Decision decide(ReadingRow row, LocalDate today, Map<Long, Reading> latestByMeter,
            Map<Long, List<BigDecimal>> consumptionsByMeter) {
        String serial = row.meterSerial();
        Optional<Meter> found = meters.findBySerial(serial);
        if (found.isEmpty()) {
            return Decision.reject(row, "Meter No", serial, "meter " + serial + " is not in the meter register");
        }
        Meter meter = found.get();
        Optional<Consumer> consumer = meters.activeConsumerOf(meter.id()).flatMap(consumers::findById);
        if (consumer.isEmpty() || !consumer.get().isActive()) {
            return Decision.reject(row, "Meter No", serial,
                    "meter " + serial + " is not assigned to an active consumer");
        }
        if (row.readingDate().isAfter(today)) {
            return Decision.reject(row, "Reading Date", row.readingDate().toString(),
                    "is in the future (today is " + today + ")");
        }
        if (row.registerValue() < 0) {
            return Decision.reject(row, "Current Reading", Long.toString(row.registerValue()), "is negative");
        }
        if (row.registerValue() >= meter.registerRange()) {
            return Decision.reject(row, "Current Reading", Long.toString(row.registerValue()),
                    "has more digits than the register's " + meter.registerDigits());
        }
        Optional<Reading> sameDay = findOn(meter.id(), row.readingDate());
        if (sameDay.isPresent()) {
            if (sameDay.get().registerValue() == row.registerValue()) {
                return Decision.recorded();
            }
            return Decision.reject(row, "Current Reading", Long.toString(row.registerValue()),
                    "meter " + serial + " already has the reading " + sameDay.get().registerValue() + " on "
                            + row.readingDate());
        }
        Reading previous = latestByMeter.computeIfAbsent(meter.id(), id -> latestAccepted(id).orElse(null));
        if (previous == null) {
            return Decision.reject(row, "Meter No", serial, "meter " + serial + " has no earlier reading to start from");
        }
        if (!row.readingDate().isAfter(previous.readingDate())) {
            return Decision.reject(row, "Reading Date", row.readingDate().toString(),
                    "is not after the previous reading on " + previous.readingDate());
        }

        RegisterRead.Outcome outcome = registerRead.check(previous.registerValue(), row.registerValue(),
                meter.registerDigits(), meter.multiplier(),
                consumptionsByMeter.computeIfAbsent(meter.id(), this::recentConsumptions));
        BigDecimal consumption = BigDecimal.valueOf(outcome.registerSteps())
                .multiply(BigDecimal.valueOf(meter.multiplier()));
        String status = outcome.isHeld() ? "HELD" : "ACCEPTED";
        return Decision.take(new Reading(0, meter.id(), row.readingDate(), row.registerValue(), consumption, "ACTUAL",
                status, outcome.holdReason().orElse(null), row.reader(), row.remark()));
    }

    /** Turns a cell the reader could not read into a rejection; the reader's reason already shows the value. */
    private static RowRejection toRejection(RowProblem problem) {
        String prefix = "row " + problem.rowNumber() + ", " + problem.field() + ": ";
        String reason = problem.reason().startsWith(prefix) ? problem.reason().substring(prefix.length())
                : problem.reason();
        String subject = problem.meter() == null ? null : "meter " + problem.meter();
        return new RowRejection(problem.rowNumber(), subject, problem.field(), null, reason);
    }

    /**
     * Records the final reading of a meter taken out of service, checked against its latest accepted reading like
     * any other reading.
     */
    @Transactional
    public void recordFinal(long meterId, long registerValue, LocalDate readOn) {
        Meter meter = meters.findById(meterId).orElseThrow();
        Reading previous = latestAccepted(meterId).orElseThrow(
                () -> new IllegalStateException("meter " + meter.serial() + " has no reading to close its period"));
        if (readOn.isBefore(previous.readingDate())) {
            throw new IllegalArgumentException("the final reading of meter " + meter.serial() + " on " + readOn
                    + " is before its previous reading on " + previous.readingDate());
        }
        RegisterRead.Outcome outcome = registerRead.check(previous.registerValue(), registerValue,
                meter.registerDigits(), meter.multiplier(), List.of());
        BigDecimal consumption = BigDecimal.valueOf(outcome.registerSteps() * meter.multiplier());
        boolean zero = outcome.registerSteps() == 0;
        String status = outcome.isHeld() && !zero ? "HELD" : "ACCEPTED";
        jdbc.sql("insert into reading (meter_id, reading_date, register_value, consumption, kind, status, hold_reason,"
                + " remark, created_at) values (?, ?, ?, ?, 'ACTUAL', ?, ?, 'final reading', ?)")
                .params(meterId, readOn, registerValue, consumption, status,
                        "HELD".equals(status) ? outcome.holdReason().orElse(null) : null, LocalDateTime.now(clock))
                .update();
    }

    /**
     * Returns the meter's latest accepted reading taken from the register: an actual or opening reading, never an
     * estimate, so that the next reading's consumption counts from what the register really showed.
     */
    public Optional<Reading> latestAccepted(long meterId) {
        return jdbc.sql("select " + COLUMNS + " from reading where meter_id = ? and status = 'ACCEPTED'"
                + " and kind <> 'ESTIMATED' order by reading_date desc limit 1").param(meterId)
                .query(Readings::toReading).optional();
    }

    /**
     * Returns the meter's accepted actual readings dated after {@code after} and on or before {@code upTo}, oldest
     * first.
     */
    public List<Reading> acceptedBetween(long meterId, LocalDate after, LocalDate upTo) {
        return jdbc.sql("select " + COLUMNS + " from reading where meter_id = ? and status = 'ACCEPTED'"
                + " and kind = 'ACTUAL' and reading_date > ? and reading_date <= ? order by reading_date")
                .params(meterId, after, upTo).query(Readings::toReading).list();
    }

    /** Records an estimated reading for a bill and returns its id. */
    @Transactional
    public long recordEstimate(Reading estimate) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into reading (meter_id, reading_date, register_value, consumption, kind, status, remark,"
                + " created_at) values (?, ?, ?, ?, 'ESTIMATED', 'ACCEPTED', ?, ?)")
                .params(estimate.meterId(), estimate.readingDate(), estimate.registerValue(), estimate.consumption(),
                        estimate.remark(), LocalDateTime.now(clock))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** Deletes estimated readings, those of discarded draft bills; actual readings are never deleted. */
    @Transactional
    public void deleteEstimates(List<Long> readingIds) {
        for (long id : readingIds) {
            jdbc.sql("delete from reading where id = ? and kind = 'ESTIMATED'").param(id).update();
        }
    }

    /** Returns the latest opening reading of the meter, the start of its first billing period with a consumer. */
    public Optional<Reading> opening(long meterId) {
        return jdbc.sql("select " + COLUMNS + " from reading where meter_id = ? and kind = 'OPENING'"
                + " order by reading_date desc limit 1").param(meterId).query(Readings::toReading).optional();
    }

    public Optional<Reading> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from reading where id = ?").param(id).query(Readings::toReading)
                .optional();
    }

    /** Returns every reading held for review, oldest first, for a billing officer to decide on. */
    public List<Reading> allHeld() {
        return jdbc.sql("select " + COLUMNS + " from reading where status = 'HELD' order by reading_date, id")
                .query(Readings::toReading).list();
    }

    /** Returns the readings with the given ids, by id; ids not found are left out. */
    public Map<Long, Reading> findByIds(Collection<Long> ids) {
        Map<Long, Reading> found = new HashMap<>();
        for (List<Long> chunk : IdLists.chunks(ids)) {
            jdbc.sql("select " + COLUMNS + " from reading where id in (" + IdLists.placeholders(chunk.size()) + ")")
                    .params(chunk).query(Readings::toReading).list().forEach(r -> found.put(r.id(), r));
        }
        return found;
    }

    /** Returns the latest opening reading of each of the meters that has one, by meter id; see {@link #opening}. */
    public Map<Long, Reading> openings(Collection<Long> meterIds) {
        Map<Long, Reading> latest = new HashMap<>();
        for (List<Long> chunk : IdLists.chunks(meterIds)) {
            jdbc.sql("select " + COLUMNS + " from reading where kind = 'OPENING' and meter_id in ("
                    + IdLists.placeholders(chunk.size()) + ") order by meter_id, reading_date desc").params(chunk)
                    .query(Readings::toReading).list().forEach(r -> latest.putIfAbsent(r.meterId(), r));
        }
        return latest;
    }

    /**
     * Returns the accepted actual readings of the meters dated after {@code after} and on or before {@code upTo},
     * by meter id, each list oldest first; see {@link #acceptedBetween(long, LocalDate, LocalDate)}.
     */
    public Map<Long, List<Reading>> acceptedBetween(Collection<Long> meterIds, LocalDate after, LocalDate upTo) {
        Map<Long, List<Reading>> byMeter = new HashMap<>();
        for (List<Long> chunk : IdLists.chunks(meterIds)) {
            List<Object> params = new ArrayList<>(chunk);
            params.add(after);
            params.add(upTo);
            jdbc.sql("select " + COLUMNS + " from reading where meter_id in (" + IdLists.placeholders(chunk.size())
                    + ") and status = 'ACCEPTED' and kind = 'ACTUAL' and reading_date > ? and reading_date <= ?"
                    + " order by meter_id, reading_date").params(params).query(Readings::toReading).list()
                    .forEach(r -> byMeter.computeIfAbsent(r.meterId(), id -> new ArrayList<>()).add(r));
        }
        return byMeter;
    }

    /** Returns the readings held for review on the meter, oldest first. */
    public List<Reading> held(long meterId) {
        return jdbc.sql("select " + COLUMNS + " from reading where meter_id = ? and status = 'HELD'"
                + " order by reading_date").param(meterId).query(Readings::toReading).list();
    }

    private Optional<Reading> findOn(long meterId, LocalDate date) {
        return jdbc.sql("select " + COLUMNS + " from reading where meter_id = ? and reading_date = ?")
                .params(meterId, date).query(Readings::toReading).optional();
    }

    private List<BigDecimal> recentConsumptions(long meterId) {
        List<BigDecimal> newestFirst = jdbc.sql("select consumption from reading where meter_id = ?"
                + " and status = 'ACCEPTED' and kind = 'ACTUAL' order by reading_date desc limit 6")
                .param(meterId).query(BigDecimal.class).list();
        List<BigDecimal> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private long recordUpload(String name, String digest, int taken, int rejected) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into reading_upload (file_name, file_sha256, rows_taken, rows_rejected, created_at)"
                + " values (?, ?, ?, ?, ?)").params(name, digest, taken, rejected, LocalDateTime.now(clock))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            DigestInputStream digest = (DigestInputStream) in;
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new InvalidFileException(file.getFileName() + ": cannot be read: " + e.getMessage());
        }
    }

    private static Reading toReading(ResultSet rs, int row) throws SQLException {
        return new Reading(rs.getLong("id"), rs.getLong("meter_id"), rs.getObject("reading_date", LocalDate.class),
                rs.getLong("register_value"), rs.getBigDecimal("consumption"), rs.getString("kind"),
                rs.getString("status"), rs.getString("hold_reason"), rs.getString("reader"), rs.getString("remark"));
    }

    private record Decision(Reading reading, RowRejection rejection, boolean alreadyRecorded) {

        static Decision take(Reading reading) {
            return new Decision(reading, null, false);
        }

        /** Rejects the row; unless the meter column is at fault, the rejection names the row's meter. */
        static Decision reject(ReadingRow row, String field, String value, String reason) {
            String subject = "Meter No".equals(field) ? null : "meter " + row.meterSerial();
            return new Decision(null, new RowRejection(row.rowNumber(), subject, field, value, reason), false);
        }

        static Decision recorded() {
            return new Decision(null, null, true);
        }
    }
}
