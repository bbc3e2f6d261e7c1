package org.smartcbs.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Register arithmetic: rollover modulo 10^digits and the reasons to hold a read. */
class RegisterReadTest {

    private final RegisterRead rules = new RegisterRead(new BigDecimal("0.1"), new BigDecimal("3"), 3);

    @Test
    void rolloverOnFiveDigitsCountsPastTheLastDigit() {
        // 99,990 -> 100,000 is 10 steps, then 0 -> 20 is 20 more: 30. A plain % would give -99,970.
        RegisterRead.Outcome outcome = rules.check(99_990, 20, 5, 1, List.of());

        assertThat(outcome.registerSteps()).isEqualTo(30);
        assertThat(outcome.rollover()).isTrue();
        assertThat(outcome.isHeld()).isFalse();
    }

    @Test
    void implausibleRolloverIsHeld() {
        // 50,000 -> 40,000 as a rollover is 90,000 steps, above 10% of the 100,000 range.
        RegisterRead.Outcome outcome = rules.check(50_000, 40_000, 5, 1, List.of());

        assertThat(outcome.registerSteps()).isEqualTo(90_000);
        assertThat(outcome.holdReason()).hasValueSatisfying(reason -> assertThat(reason).contains("fell from 50000"));
    }

    @Test
    void rolloverAtTheLimitIsTaken() {
        // 95,000 -> 5,000 is exactly 10,000 steps, 10% of the range: still plausible.
        assertThat(rules.check(95_000, 5_000, 5, 1, List.of()).isHeld()).isFalse();
    }

    @Test
    void zeroConsumptionIsHeld() {
        assertThat(rules.check(1_234, 1_234, 5, 1, List.of()).holdReason()).hasValue("zero consumption");
    }

    @Test
    void averageCheckNeedsThreeReadingsAndUsesTheMultiplier() {
        List<BigDecimal> two = List.of(new BigDecimal("100"), new BigDecimal("100"));
        List<BigDecimal> three = List.of(new BigDecimal("90"), new BigDecimal("100"), new BigDecimal("110"));

        // 200 steps x 2 = 400 units against an average of 100: more than 3 times, but only with three readings.
        assertThat(rules.check(0, 200, 5, 2, two).isHeld()).isFalse();
        assertThat(rules.check(0, 200, 5, 2, three).holdReason())
                .hasValue("consumption 400 is more than 3 times the average 100");
        // 30 units is below 100 / 3 = 33.33.
        assertThat(rules.check(0, 30, 5, 1, three).holdReason())
                .hasValue("consumption 30 is less than the average 100 divided by 3");
        assertThat(rules.check(0, 300, 5, 1, three).isHeld()).isFalse();
    }
}
