package org.smartcbs.setups;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcbs.tables.Table;
import org.smartcbs.core.rows.ImportResult;
import org.smartcbs.core.rows.RowRejection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers setups and finds them by code. */
@Service
public class Setups {

    private static final Logger log = LoggerFactory.getLogger(Setups.class);
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

    private final JdbcClient jdbc;
    private final Clock clock;

    Setups(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Imports setups from a CSV file with the columns {@code setup_code, name, description} and an optional
     * {@code parent_code}. All or nothing: one invalid row and nothing is written.
     */
    @Transactional
    public ImportResult importFile(Path file) {
        Table table = Table.read(file, List.of("setup_code", "name"));
        List<RowRejection> rejections = new ArrayList<>();
        Set<String> codesInFile = new HashSet<>();
        for (Table.Row row : table.rows()) {
            String code = row.get("setup_code");
            if (!CODE.matcher(code).matches()) {
                rejections.add(row.reject("setup_code", "must be 1 to 40 letters, digits, '-' or '_'"));
            } else if (!codesInFile.add(code) || findByCode(code).isPresent()) {
                rejections.add(row.reject("setup_code", "is already registered"));
            }
            if (row.isBlank("name")) {
                rejections.add(row.reject("name", "is missing"));
            }
            String parent = row.get("parent_code");
            if (!parent.isEmpty() && !codesInFile.contains(parent) && findByCode(parent).isEmpty()) {
                rejections.add(row.reject("parent_code", "is not a setup listed above it or already registered"));
            }
        }
        if (!rejections.isEmpty()) {
            rejections.forEach(r -> log.warn("Setup row rejected file={} {}", table.fileName(), r.message()));
            return new ImportResult(table.fileName(), 0, 0, rejections, false);
        }

        for (Table.Row row : table.rows()) {
            String parent = row.get("parent_code");
            Long parentId = parent.isEmpty() ? null : findByCode(parent).orElseThrow().id();
            jdbc.sql("insert into setup (code, name, description, parent_id, created_at) values (?, ?, ?, ?, ?)")
                    .params(row.get("setup_code"), row.get("name"), emptyToNull(row.get("description")), parentId,
                            LocalDateTime.now(clock))
                    .update();
        }
        log.info("Setups imported file={} setups={}", table.fileName(), table.rows().size());
        return new ImportResult(table.fileName(), table.rows().size(), 0, List.of(), true);
    }

    public Optional<Setup> findByCode(String code) {
        return jdbc.sql("select id, code, name, description, parent_id from setup where code = ?").param(code)
                .query(Setups::toSetup).optional();
    }

    public List<Setup> all() {
        return jdbc.sql("select id, code, name, description, parent_id from setup order by code").query(Setups::toSetup)
                .list();
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static Setup toSetup(ResultSet row, int rowNum) throws SQLException {
        long parentId = row.getLong("parent_id");
        Long parent = row.wasNull() ? null : parentId;
        return new Setup(row.getLong("id"), row.getString("code"), row.getString("name"), row.getString("description"),
                parent);
    }
}
