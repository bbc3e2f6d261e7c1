package org.smartcbs.ledger;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** The H2 trigger that rejects an update or delete of a posted ledger entry or payment. */
public class AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        this.table = table.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " rows are append-only: a posted row is never changed; post a reversing"
                + " entry instead", "P0001");
    }
}
