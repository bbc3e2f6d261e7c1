package org.smartcbs.bulk;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Inserts and updates many rows of a table in few round trips, inside the caller's transaction.
 *
 * <p>On PostgreSQL an insert is one {@code COPY ... FROM STDIN} and an update one {@code UPDATE ... FROM unnest(...)}
 * with an array per column, which parse and plan once for all the rows. On other databases both are JDBC batches.
 * Either way a constraint violation is raised as Spring's usual exception, such as {@code DuplicateKeyException}, and
 * nothing of the call is written when the transaction rolls back.
 */
@Component
public class BulkRows {

    /** Rows sent in one JDBC batch on databases other than PostgreSQL. */
    private static final int BATCH = 1_000;

    private final DataSource dataSource;
    private final JdbcTemplate template;
    private volatile Boolean postgres;

    BulkRows(DataSource dataSource, JdbcTemplate template) {
        this.dataSource = dataSource;
        this.template = template;
    }

    /**
     * Inserts the rows into the table. Each row contains a value per column, in the order of {@code columns}: a
     * {@code String}, a number, a {@code Boolean}, a {@code java.time} date or date-time, or {@code null}.
     */
    public void insert(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (isPostgres()) {
            copy(table, columns, rows);
        } else {
            template.batchUpdate("insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")", rows, BATCH,
                    BulkRows::setRow);
        }
    }

    /**
     * Sets columns of the rows found by their id, where {@code condition} (an SQL condition on the table, or
     * {@code null}) holds. The condition names each column with the table's name, as in {@code bill.status}, because
     * on PostgreSQL the new values are a second table with the same column names. Each row contains the new values in
     * the order of {@code columns} and then the id. The column types are PostgreSQL type names, which type the
     * arrays sent to PostgreSQL.
     *
     * @return the number of rows updated
     */
    public int updateById(String table, List<Column> columns, String condition, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        String where = condition == null ? "" : " and " + condition;
        if (!isPostgres()) {
            StringBuilder sets = new StringBuilder();
            for (Column column : columns) {
                sets.append(sets.isEmpty() ? "" : ", ").append(column.name()).append(" = ?");
            }
            int[][] counts = template.batchUpdate("update " + table + " set " + sets + " where " + table + ".id = ?"
                    + where, rows,
                    BATCH, BulkRows::setRow);
            int updated = 0;
            for (int[] batch : counts) {
                for (int count : batch) {
                    updated += Math.max(count, 0);
                }
            }
            return updated;
        }
        StringBuilder sets = new StringBuilder();
        StringBuilder arrays = new StringBuilder("unnest(?::bigint[]");
        StringBuilder names = new StringBuilder("id");
        for (Column column : columns) {
            sets.append(sets.isEmpty() ? "" : ", ").append(column.name()).append(" = v.").append(column.name());
            arrays.append(", ?::").append(column.type()).append("[]");
            names.append(", ").append(column.name());
        }
        String sql = "update " + table + " set " + sets + " from " + arrays + ") as v(" + names + ") where "
                + table + ".id = v.id" + where;
        ConnectionCallback<Integer> update = connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                // The ids come last in each row and first in the statement.
                statement.setArray(1, array(connection, "bigint", rows, columns.size()));
                for (int i = 0; i < columns.size(); i++) {
                    statement.setArray(i + 2, array(connection, columns.get(i).type(), rows, i));
                }
                return statement.executeUpdate();
            }
        };
        return template.execute(update);
    }

    private static void setRow(PreparedStatement statement, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            statement.setObject(i + 1, row[i]);
        }
    }

    /** A column set by {@link #updateById}, with its PostgreSQL type name. */
    public record Column(String name, String type) {
    }

    private static Array array(Connection connection, String type, List<Object[]> rows, int index)
            throws SQLException {
        Object[] values = new Object[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rows.get(i)[index];
        }
        return connection.createArrayOf(type, values);
    }

    private void copy(String table, List<String> columns, List<Object[]> rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin");
            try {
                CopyText text = new CopyText();
                for (Object[] row : rows) {
                    byte[] line = text.line(row);
                    copy.writeToCopy(line, 0, line.length);
                }
                copy.endCopy();
            } catch (SQLException | RuntimeException e) {
                if (copy.isActive()) {
                    try {
                        copy.cancelCopy();
                    } catch (SQLException cancelFailed) {
                        e.addSuppressed(cancelFailed);
                    }
                }
                throw e;
            }
        } catch (SQLException e) {
            throw translate("copy " + table, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private DataAccessException translate(String task, SQLException e) {
        SQLExceptionTranslator translator = template.getExceptionTranslator();
        DataAccessException translated = translator.translate(task, null, e);
        return translated != null ? translated : new UncategorizedSQLException(task, null, e);
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            ConnectionCallback<Boolean> isPostgres = connection -> connection.isWrapperFor(PGConnection.class);
            known = template.execute(isPostgres);
            postgres = known;
        }
        return known;
    }
}
