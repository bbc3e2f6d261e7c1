package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the database itself reject an update or delete of a posted ledger entry or payment, on H2 and on
 * PostgreSQL alike. The two databases write triggers differently, so this one migration writes each its own.
 */
public class V4__Ledger_is_append_only extends BaseJavaMigration {

    private static final List<String> TABLES = List.of("ledger_entry", "payment");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String database = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        try (Statement statement = connection.createStatement()) {
            if (database.contains("postgresql")) {
                statement.execute("""
                        create function reject_change_of_posted_row() returns trigger language plpgsql as $$
                        begin
                            raise exception '% rows are append-only: a posted row is never changed; post a reversing entry instead',
                                tg_table_name using errcode = 'P0001';
                        end $$""");
                for (String table : TABLES) {
                    statement.execute("create trigger " + table + "_append_only before update or delete on " + table
                            + " for each row execute function reject_change_of_posted_row()");
                }
            } else if (database.contains("h2")) {
                for (String table : TABLES) {
                    statement.execute("create trigger " + table + "_append_only before update, delete on " + table
                            + " for each row call 'org.smartcbs.ledger.AppendOnlyTrigger'");
                }
            } else {
                throw new IllegalStateException("no append-only trigger is written for the database " + database);
            }
        }
    }
}
