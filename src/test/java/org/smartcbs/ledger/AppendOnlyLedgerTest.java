package org.smartcbs.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database itself refuses to change a posted ledger entry, on both databases. */
class AppendOnlyLedgerTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void databaseRejectsUpdateAndDeleteOfPostedEntry(TestDatabase database) {
        try (ConfigurableApplicationContext app = database.start(dataDir, null)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            LocalDateTime now = LocalDateTime.of(2026, 10, 1, 9, 0);
            jdbc.sql("insert into setup (code, name, created_at) values ('S1', 'Setup one', ?)").param(now).update();
            jdbc.sql("insert into consumer (consumer_no, name, national_id, setup_id, category, status, created_at)"
                    + " select 'C-1', 'Test consumer', '12345-1234567-1', id, 'RESIDENTIAL', 'ACTIVE', ? from setup")
                    .param(now).update();
            jdbc.sql("insert into ledger_entry (consumer_id, entry_date, entry_type, amount, reference, caused_by,"
                    + " created_at) select id, ?, 'BILL', 100.00, 'B-1', 'test', ? from consumer")
                    .params(LocalDate.of(2026, 10, 10), now).update();

            assertThatThrownBy(() -> jdbc.sql("update ledger_entry set amount = 1.00").update())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.sql("delete from ledger_entry").update())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

            assertThat(jdbc.sql("select amount from ledger_entry").query(java.math.BigDecimal.class).single())
                    .isEqualByComparingTo("100.00");
        }
    }
}
