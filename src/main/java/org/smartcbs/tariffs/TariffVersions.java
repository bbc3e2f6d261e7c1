package org.smartcbs.tariffs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcbs.core.rows.InvalidFileException;
import org.smartcbs.core.tariff.Tariff;
import org.smartcbs.core.tariff.TariffFormatException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores tariff versions from tariff files and finds the version that applies to a day.
 *
 * <p>A version is never changed once stored: importing the same file again is a no-op, and importing a different
 * file with the same code and first effective day is rejected, so no bill priced on a version can be priced
 * differently later. A new price is a new version with a later {@code effectiveFrom}.
 */
@Service
public class TariffVersions {

    private static final Logger log = LoggerFactory.getLogger(TariffVersions.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Long, Tariff> parsed = new ConcurrentHashMap<>();

    TariffVersions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The outcome of an import: the version and whether this import created it. */
    public record Imported(TariffVersion version, boolean created) {
    }

    /**
     * Imports a tariff file as a version and, when {@code category} is given, bills that consumer category on it.
     *
     * @throws InvalidFileException when the file is not a valid tariff file, naming the field and the value
     */
    @Transactional
    public Imported importFile(Path file, String category) {
        String name = file.getFileName().toString();
        String source;
        Tariff tariff;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
            tariff = TariffFile.read(source);
        } catch (IOException e) {
            throw new InvalidFileException(name + ": cannot be read: " + e.getMessage());
        } catch (TariffFormatException e) {
            throw new InvalidFileException(name + ": " + e.getMessage());
        }

        Optional<TariffVersion> existing = find(tariff.code(), tariff.effectiveFrom());
        boolean created = existing.isEmpty();
        TariffVersion version;
        if (existing.isPresent() && existing.get().tariff().equals(tariff)) {
            version = existing.get();
        } else if (existing.isPresent()) {
            version = replaceUnused(existing.get(), tariff, name);
            created = true;
        } else {
            version = insert(tariff, source);
        }
        if (category != null) {
            assignCategory(category, tariff.code());
        }
        log.info("Tariff imported tariffVersion={} code={} effectiveFrom={} created={}", version.id(), tariff.code(),
                tariff.effectiveFrom(), created);
        return new Imported(version, created);
    }

    /**
     * Replaces a stored version that no bill has used yet, so that a mistake found before billing can be corrected.
     * The corrected version gets a new id, so that no node keeps pricing with a cached copy of the old one.
     *
     * @throws InvalidFileException when a bill has used the version: it can no longer change
     */
    private TariffVersion replaceUnused(TariffVersion stored, Tariff corrected, String fileName) {
        long bills = billsPricedOn(stored);
        if (bills > 0) {
            throw new InvalidFileException(fileName + ": tariff " + stored.code() + " effective from "
                    + stored.effectiveFrom() + " has priced " + bills + " bill(s) and can no longer change;"
                    + " give the new prices a later effectiveFrom");
        }
        jdbc.sql("delete from tariff_version where id = ?").param(stored.id()).update();
        parsed.remove(stored.id());
        TariffVersion replacement = insert(corrected, null);
        log.info("Unused tariff version replaced tariffVersion={} replacedVersion={} code={} effectiveFrom={}",
                replacement.id(), stored.id(), stored.code(), stored.effectiveFrom());
        return replacement;
    }

    /**
     * Counts the bills priced on a version: the bills whose stored version has the same code and whose period
     * overlaps the version's effective dates. A bill priced in parts stores one version, so the overlap also
     * counts it for the other versions it used.
     */
    private long billsPricedOn(TariffVersion version) {
        LocalDate last = version.effectiveTo() == null ? LocalDate.of(9999, 12, 31) : version.effectiveTo();
        return jdbc.sql("select count(*) from bill b join tariff_version v on v.id = b.tariff_version_id"
                + " where v.code = ? and b.period_end > ? and b.period_start <= ?")
                .params(version.code(), version.effectiveFrom(), last).query(Long.class).single();
    }

    private TariffVersion insert(Tariff tariff, String source) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into tariff_version (code, name, currency, effective_from, effective_to, source, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(tariff.code(), tariff.name(), tariff.currency(), tariff.effectiveFrom(), tariff.effectiveTo(),
                        TariffFile.write(tariff), LocalDateTime.now(clock))
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        parsed.put(id, tariff);
        return new TariffVersion(id, tariff.code(), tariff.effectiveFrom(), tariff.effectiveTo(), tariff);
    }

    /** Bills consumers of {@code category} on the tariff {@code code}, unless a consumer names a tariff of its own. */
    @Transactional
    public void assignCategory(String category, String code) {
        int updated = jdbc.sql("update category_tariff set tariff_code = ? where category = ?").params(code, category)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into category_tariff (category, tariff_code) values (?, ?)").params(category, code)
                    .update();
        }
    }

    /** Returns the tariff code that consumers of the category are billed on. */
    public Optional<String> tariffOfCategory(String category) {
        return jdbc.sql("select tariff_code from category_tariff where category = ?").param(category)
                .query(String.class).optional();
    }

    /** Returns the versions of the tariff that apply on any day from {@code first} to {@code last}, oldest first. */
    public List<TariffVersion> versionsBetween(String code, LocalDate first, LocalDate last) {
        return jdbc.sql("select id, code, effective_from, effective_to, source from tariff_version where code = ?"
                + " and effective_from <= ? and (effective_to is null or effective_to >= ?) order by effective_from")
                .params(code, last, first).query(this::toVersion).list();
    }

    /** Returns every version of the tariff, oldest first. */
    public List<TariffVersion> versions(String code) {
        return jdbc.sql("select id, code, effective_from, effective_to, source from tariff_version where code = ?"
                + " order by effective_from").param(code).query(this::toVersion).list();
    }

    public Optional<TariffVersion> find(String code, LocalDate effectiveFrom) {
        return jdbc.sql("select id, code, effective_from, effective_to, source from tariff_version where code = ?"
                + " and effective_from = ?").params(code, effectiveFrom).query(this::toVersion).optional();
    }

    public Optional<TariffVersion> findById(long id) {
        return jdbc.sql("select id, code, effective_from, effective_to, source from tariff_version where id = ?")
                .param(id).query(this::toVersion).optional();
    }

    /** Returns the stored version as a tariff file; reading it back gives the same tariff. */
    public String export(long id) {
        return TariffFile.write(findById(id).orElseThrow(
                () -> new IllegalArgumentException("tariff version " + id + " is not stored")).tariff());
    }

    private TariffVersion toVersion(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String source = rs.getString("source");
        Tariff tariff = parsed.computeIfAbsent(id, key -> TariffFile.read(source));
        return new TariffVersion(id, rs.getString("code"), rs.getObject("effective_from", LocalDate.class),
                rs.getObject("effective_to", LocalDate.class), tariff);
    }
}
