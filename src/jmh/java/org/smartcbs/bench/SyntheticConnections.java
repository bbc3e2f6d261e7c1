package org.smartcbs.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.smartcbs.setups.Setups;
import org.smartcbs.tariffs.TariffVersions;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Writes synthetic connections for benchmarks: per connection an active consumer, a meter assigned to it with the
 * opening reading the previous system took on {@link #OPENING_DATE}, and one accepted actual reading taken in
 * the first week of October 2026. Every third consumer carries an opening balance into the ledger, and every
 * 200th has no October reading, so a bill run lists it as an exception.
 *
 * <p>The setups and tariffs are the Green Valley samples, imported through the product's services. The bulk rows
 * are written with JDBC batches, because the import services look up each row on its own. They are the rows that
 * the consumer, meter and reading imports write for the same input. The same seed gives the same data.
 */
final class SyntheticConnections {

    static final LocalDate OPENING_DATE = LocalDate.of(2026, 9, 5);
    /** One in this many consumers has no reading for October. */
    static final int WITHOUT_READING = 200;

    private static final Path SAMPLES = Path.of("samples/green-valley");
    private static final int CHUNK = 10_000;
    private static final int BATCH = 1_000;
    private static final String IMPORTED_BY = "import";
    private static final String[] FIRST_NAMES = {"Ahmed", "Ayesha", "Bilal", "Danish", "Fatima", "Hamza", "Hina",
        "Imran", "Kashif", "Maryam", "Nadia", "Omar", "Rabia", "Saad", "Sana", "Tariq", "Usman", "Zainab"};
    private static final String[] LAST_NAMES = {"Abbasi", "Butt", "Cheema", "Chaudhry", "Ghani", "Hashmi", "Iqbal",
        "Javed", "Khan", "Malik", "Mirza", "Qureshi", "Rana", "Sheikh", "Siddiqui", "Tahir"};
    private static final String[] MAKES = {"Hexing", "Itron", "Landis+Gyr", "Microtech"};

    private final ConfigurableApplicationContext app;
    private final LocalDateTime now;

    SyntheticConnections(ConfigurableApplicationContext app, LocalDateTime now) {
        this.app = app;
        this.now = now;
    }

    /** Writes {@code count} connections; returns the number of consumers with an October reading. */
    int generate(int count, long seed) throws SQLException {
        app.getBean(Setups.class).importFile(SAMPLES.resolve("setups.csv"));
        TariffVersions tariffs = app.getBean(TariffVersions.class);
        tariffs.importFile(SAMPLES.resolve("tariffs/GVHS-RESIDENTIAL-2026.json"), null);
        tariffs.importFile(SAMPLES.resolve("tariffs/GVHS-COMMERCIAL-2026.json"), null);
        tariffs.assignCategory("RESIDENTIAL", "GVHS-RESIDENTIAL-2026");
        tariffs.assignCategory("COMMERCIAL", "GVHS-COMMERCIAL-2026");

        Random random = new Random(seed);
        int withReading = 0;
        try (Connection connection = app.getBean(DataSource.class).getConnection()) {
            connection.setAutoCommit(false);
            List<Long> setupIds = ids(connection, "select id from setup order by code");
            long uploadId = insertUpload(connection, count);
            for (int from = 1; from <= count; from += CHUNK) {
                int to = Math.min(count, from + CHUNK - 1);
                withReading += writeChunk(connection, random, setupIds, uploadId, from, to);
                connection.commit();
            }
            // Gathers the planner statistics, as PostgreSQL's autovacuum would after a bulk load; H2 has the same
            // statement. Without them the planner takes the new tables for empty ones.
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
            connection.commit();
        }
        return withReading;
    }

    private int writeChunk(Connection connection, Random random, List<Long> setupIds, long uploadId, int from,
            int to) throws SQLException {
        int size = to - from + 1;
        boolean[] commercial = new boolean[size];
        LocalDate[] connected = new LocalDate[size];
        try (PreparedStatement consumer = connection.prepareStatement("insert into consumer (consumer_no, name,"
                + " guardian_name, national_id, phone, email, address, setup_id, category, tariff_code, route,"
                + " sanctioned_load_kw, connection_date, status, created_at)"
                + " values (?, ?, ?, ?, ?, null, ?, ?, ?, null, ?, ?, ?, 'ACTIVE', ?)")) {
            for (int i = 0; i < size; i++) {
                int n = from + i;
                commercial[i] = random.nextInt(10) == 0;
                connected[i] = OPENING_DATE.minusDays(30 + random.nextInt(3000));
                String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                consumer.setString(1, consumerNo(n));
                consumer.setString(2, FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + last);
                consumer.setString(3, FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + last);
                consumer.setString(4, "%05d-%07d-%d".formatted(35000 + random.nextInt(5000), n, random.nextInt(10)));
                consumer.setString(5, phone(n));
                consumer.setString(6, "House " + (1 + random.nextInt(400)) + ", Street " + (1 + random.nextInt(40))
                        + ", Sector " + (char) ('A' + random.nextInt(8)));
                consumer.setLong(7, setupIds.get(random.nextInt(setupIds.size())));
                consumer.setString(8, commercial[i] ? "COMMERCIAL" : "RESIDENTIAL");
                consumer.setString(9, "R" + (n % 100));
                consumer.setBigDecimal(10, BigDecimal.valueOf(commercial[i] ? 10 : 3 + random.nextInt(3)));
                consumer.setDate(11, Date.valueOf(connected[i]));
                consumer.setTimestamp(12, Timestamp.valueOf(now));
                addBatch(consumer, i);
            }
            consumer.executeBatch();
        }
        long[] consumerIds = idsBetween(connection, "consumer", "consumer_no", consumerNo(from), consumerNo(to));

        try (PreparedStatement meter = connection.prepareStatement("insert into meter (serial, make, phase,"
                + " register_digits, multiplier, status, installed_on, created_at)"
                + " values (?, ?, ?, 6, 1, 'INSTALLED', ?, ?)")) {
            for (int i = 0; i < size; i++) {
                meter.setString(1, meterSerial(from + i));
                meter.setString(2, MAKES[random.nextInt(MAKES.length)]);
                meter.setString(3, commercial[i] ? "THREE" : "SINGLE");
                meter.setDate(4, Date.valueOf(connected[i]));
                meter.setTimestamp(5, Timestamp.valueOf(now));
                addBatch(meter, i);
            }
            meter.executeBatch();
        }
        long[] meterIds = idsBetween(connection, "meter", "serial", meterSerial(from), meterSerial(to));

        int withReading = 0;
        try (PreparedStatement assignment = connection.prepareStatement("insert into meter_assignment (meter_id,"
                + " consumer_id, status, assigned_on, requested_by, decided_by, created_at)"
                + " values (?, ?, 'APPROVED', ?, ?, ?, ?)");
                PreparedStatement opening = connection.prepareStatement("insert into reading (meter_id, reading_date,"
                        + " register_value, kind, status, created_at) values (?, ?, ?, 'OPENING', 'ACCEPTED', ?)");
                PreparedStatement actual = connection.prepareStatement("insert into reading (meter_id, reading_date,"
                        + " register_value, consumption, kind, status, reader, upload_id, created_at)"
                        + " values (?, ?, ?, ?, 'ACTUAL', 'ACCEPTED', ?, ?, ?)");
                PreparedStatement balance = connection.prepareStatement("insert into ledger_entry (consumer_id,"
                        + " entry_date, entry_type, amount, reference, caused_by, created_at)"
                        + " values (?, ?, 'OPENING_BALANCE', ?, 'OPENING', ?, ?)")) {
            for (int i = 0; i < size; i++) {
                int n = from + i;
                assignment.setLong(1, meterIds[i]);
                assignment.setLong(2, consumerIds[i]);
                assignment.setDate(3, Date.valueOf(connected[i]));
                assignment.setString(4, IMPORTED_BY);
                assignment.setString(5, IMPORTED_BY);
                assignment.setTimestamp(6, Timestamp.valueOf(now));
                addBatch(assignment, i);

                long register = random.nextInt(900_000);
                opening.setLong(1, meterIds[i]);
                opening.setDate(2, Date.valueOf(OPENING_DATE));
                opening.setLong(3, register);
                opening.setTimestamp(4, Timestamp.valueOf(now));
                addBatch(opening, i);

                int units = commercial[i] ? 200 + random.nextInt(2800) : 30 + random.nextInt(670);
                LocalDate readOn = LocalDate.of(2026, 10, 3 + random.nextInt(5));
                if (n % WITHOUT_READING != 0) {
                    actual.setLong(1, meterIds[i]);
                    actual.setDate(2, Date.valueOf(readOn));
                    actual.setLong(3, (register + units) % 1_000_000);
                    actual.setBigDecimal(4, BigDecimal.valueOf(units));
                    actual.setString(5, "Reader " + (1 + n % 12));
                    actual.setLong(6, uploadId);
                    actual.setTimestamp(7, Timestamp.valueOf(now));
                    addBatch(actual, withReading);
                    withReading++;
                }

                if (n % 3 == 0) {
                    balance.setLong(1, consumerIds[i]);
                    balance.setDate(2, Date.valueOf(OPENING_DATE));
                    balance.setBigDecimal(3, BigDecimal.valueOf(random.nextInt(500_000), 2));
                    balance.setString(4, IMPORTED_BY);
                    balance.setTimestamp(5, Timestamp.valueOf(now));
                    balance.addBatch();
                }
            }
            assignment.executeBatch();
            opening.executeBatch();
            actual.executeBatch();
            balance.executeBatch();
        }
        return withReading;
    }

    static String consumerNo(int n) {
        return "SYN-%07d".formatted(n);
    }

    static String meterSerial(int n) {
        return "SM%07d".formatted(n);
    }

    /** Returns a mobile number in the stored form, unique per consumer. */
    static String phone(int n) {
        return "+9230%d%07d".formatted(n / 10_000_000, n % 10_000_000);
    }

    private static void addBatch(PreparedStatement statement, int index) throws SQLException {
        statement.addBatch();
        if ((index + 1) % BATCH == 0) {
            statement.executeBatch();
        }
    }

    private long insertUpload(Connection connection, int count) throws SQLException {
        try (PreparedStatement upload = connection.prepareStatement("insert into reading_upload (file_name,"
                + " file_sha256, rows_taken, rows_rejected, created_at) values ('synthetic', ?, ?, 0, ?)",
                new String[] {"id"})) {
            upload.setString(1, "0".repeat(64));
            upload.setInt(2, count - count / WITHOUT_READING);
            upload.setTimestamp(3, Timestamp.valueOf(now));
            upload.executeUpdate();
            try (ResultSet keys = upload.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static List<Long> ids(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static long[] idsBetween(Connection connection, String table, String key, String first, String last)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select id from " + table + " where " + key
                + " between ? and ? order by " + key)) {
            statement.setString(1, first);
            statement.setString(2, last);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }
}
