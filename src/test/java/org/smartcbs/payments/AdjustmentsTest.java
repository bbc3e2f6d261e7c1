package org.smartcbs.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.cli.Launcher;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.ledger.Ledger;
import org.smartcbs.testing.Riverside;
import org.smartcbs.testing.TestClock;
import org.smartcbs.testing.TestDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Adjustments: small ones post at once, large ones wait for a second employee. */
class AdjustmentsTest {

    @TempDir
    Path dataDir;

    /**
     * With the approval limit set to 100.00, a credit of exactly 100.00 posts at once and one of 100.01 waits. The
     * one who asked cannot reject it either; another officer rejects it, and a rejected adjustment stays rejected.
     */
    @Test
    void approvalLimitIsConfigurable() {
        Map<String, String> properties = new HashMap<>(TestDatabase.H2.properties());
        properties.put("smartcbs.adjustments.approval-above", "100.00");
        try (ConfigurableApplicationContext app = Launcher.open(dataDir, new TestClock(LocalDate.of(2026, 10, 1)),
                WebApplicationType.NONE, properties)) {
            Riverside.importRegistry(app);
            Adjustments adjustments = app.getBean(Adjustments.class);
            Ledger ledger = app.getBean(Ledger.class);
            long consumer = app.getBean(Consumers.class).require("RS-001").id();

            Adjustments.Requested atLimit = adjustments.request("RS-001", Adjustments.Kind.CREDIT,
                    new BigDecimal("100.00"), "estimated reading corrected", Riverside.OFFICER);
            Adjustments.Requested aboveLimit = adjustments.request("RS-001", Adjustments.Kind.CREDIT,
                    new BigDecimal("100.01"), "estimated reading corrected", Riverside.OFFICER);

            assertThat(atLimit.posted()).isTrue();
            assertThat(aboveLimit.posted()).isFalse();
            // 1000.00 carried in - 100.00 posted = 900.00; the 100.01 waits.
            assertThat(ledger.balance(consumer)).hasToString("900.00");
            assertThatThrownBy(() -> adjustments.reject(aboveLimit.id(), Riverside.OFFICER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot decide");
            adjustments.reject(aboveLimit.id(), Riverside.SECOND_OFFICER);
            assertThatThrownBy(() -> adjustments.approve(aboveLimit.id(), Riverside.ADMIN))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("REJECTED");
            assertThat(ledger.balance(consumer)).hasToString("900.00");
        }
    }

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
