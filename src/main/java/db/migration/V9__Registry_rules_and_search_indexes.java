package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the database enforce the registry's uniqueness rules, and indexes the columns that consumer search and the
 * connection list filter on.
 *
 * <ul>
 * <li>A national id belongs to at most one open (not {@code CLOSED}) connection.
 * <li>A meter has at most one assignment that is requested or serving, and a consumer at most one serving meter.
 * <li>A meter replacement waits for approval like any other assignment.
 * <li>A reading typed in keeps the employee who entered it, because another employee reviews it if it is held.
 * <li>Category and tariff filters of the connection list use an index each.
 * <li>On PostgreSQL, the case-insensitive part-of-name and part-of-address searches ({@code lower(name) like
 * '%text%'}) use trigram indexes when the {@code pg_trgm} extension can be installed.
 * </ul>
 *
 * <p>PostgreSQL writes these rules as partial unique indexes. H2 has no partial indexes, so there each rule is a
 * generated column that is null outside the rule, with a unique index (a unique index allows many nulls).
 */
public class V9__Registry_rules_and_search_indexes extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V9__Registry_rules_and_search_indexes.class);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String database = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table consumer add column registered_by varchar(60)");
            // A replacement is an assignment request that also names the meter it replaces and that meter's final
            // reading; both take effect when a second employee approves it.
            statement.execute("alter table meter_assignment add column replaces_meter_id bigint references meter (id)");
            statement.execute("alter table meter_assignment add column final_reading bigint");
            // The employee who typed a reading in, so that another one reviews it if it is held.
            statement.execute("alter table reading add column entered_by varchar(60)");
            statement.execute("create index consumer_category on consumer (category, status)");
            statement.execute("create index consumer_tariff on consumer (tariff_code)");
            if (database.contains("postgresql")) {
                postgresql(connection, statement);
            } else if (database.contains("h2")) {
                h2(statement);
            } else {
                throw new IllegalStateException("no registry constraints are written for the database " + database);
            }
        }
    }

    private static void postgresql(Connection connection, Statement statement) throws SQLException {
        statement.execute("create unique index consumer_open_national_id on consumer (national_id)"
                + " where status <> 'CLOSED'");
        statement.execute("create unique index meter_assignment_open_meter on meter_assignment (meter_id)"
                + " where ended_on is null and status in ('REQUESTED', 'APPROVED')");
        statement.execute("create unique index meter_assignment_serving_consumer on meter_assignment (consumer_id)"
                + " where ended_on is null and status = 'APPROVED'");

        // pg_trgm ships with PostgreSQL and its control file marks it trusted (PostgreSQL 15), so a database
        // owner may install it. Without it the part-of-name search still works, by a sequential scan.
        Savepoint beforeExtension = connection.setSavepoint();
        try {
            statement.execute("create extension if not exists pg_trgm");
            statement.execute("create index consumer_name_trigram on consumer using gin (lower(name) gin_trgm_ops)");
            statement.execute("create index consumer_address_trigram on consumer"
                    + " using gin (lower(address) gin_trgm_ops)");
            connection.releaseSavepoint(beforeExtension);
        } catch (SQLException e) {
            connection.rollback(beforeExtension);
            log.warn("Trigram indexes not created, so name and address search scan the consumer table: {}",
                    e.getMessage());
        }
    }

    private static void h2(Statement statement) throws SQLException {
        statement.execute("alter table consumer add column open_national_id varchar(40)"
                + " generated always as (case when status <> 'CLOSED' then national_id end)");
        statement.execute("create unique index consumer_open_national_id on consumer (open_national_id)");
        statement.execute("alter table meter_assignment add column open_meter_id bigint generated always as"
                + " (case when ended_on is null and status in ('REQUESTED', 'APPROVED') then meter_id end)");
        statement.execute("create unique index meter_assignment_open_meter on meter_assignment (open_meter_id)");
        statement.execute("alter table meter_assignment add column serving_consumer_id bigint generated always as"
                + " (case when ended_on is null and status = 'APPROVED' then consumer_id end)");
        statement.execute("create unique index meter_assignment_serving_consumer on meter_assignment"
                + " (serving_consumer_id)");
    }
}
