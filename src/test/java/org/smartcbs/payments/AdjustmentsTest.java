package org.smartcbs.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.ledger.Ledger;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;

/** Adjustments: small ones post at once, large ones wait for a second employee. */
class AdjustmentsTest {

    @TempDir
    Path dataDir;

    @Test
    void largeAdjustmentWaitsForAnotherEmployee() {
        try (ConfigurableApplicationContext app = TestDatabase.H2.start(dataDir, new TestClock(LocalDate.of(2026, 10, 1)))) {
            Riverside.importRegistry(app);
            Adjustments adjustments = app.getBean(Adjustments.class);
            Ledger ledger = app.getBean(Ledger.class);
            long consumer = app.getBean(Consumers.class).require("RS-001").id();

            // The opening balance is 1000.00; a credit of 250.00 is under the approval limit of 5000.00.
            Adjustments.Requested small = adjustments.request("RS-001", Adjustments.Kind.CREDIT, new BigDecimal("250.00"),
                    "meter read twice", Riverside.CASHIER);
            assertThat(small.posted()).isTrue();
            assertThat(ledger.balance(consumer)).hasToString("750.00");

            Adjustments.Requested large = adjustments.request("RS-001", Adjustments.Kind.DEBIT, new BigDecimal("6000"),
                    "unbilled consumption found on inspection", Riverside.OFFICER);
            assertThat(large.posted()).isFalse();
            assertThat(ledger.balance(consumer)).hasToString("750.00");
            assertThatThrownBy(() -> adjustments.approve(large.id(), Riverside.OFFICER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot decide");
            assertThatThrownBy(() -> adjustments.approve(large.id(), Riverside.CASHIER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CASHIER");

            adjustments.approve(large.id(), Riverside.SECOND_OFFICER);
            assertThat(ledger.balance(consumer)).hasToString("6750.00");
            assertThatThrownBy(() -> adjustments.request("RS-001", Adjustments.Kind.DEBIT, new BigDecimal("1.005"),
                    "rounding", Riverside.OFFICER)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1.005");
        }
    }
}
