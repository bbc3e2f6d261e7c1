package org.smartcbs.core.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartcbs.core.estimation.PeriodConsumption.actual;
import static org.smartcbs.core.estimation.PeriodConsumption.estimated;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConsumptionEstimateTest {

    private static BigDecimal u(String units) {
        return new BigDecimal(units);
    }

    @Test
    void averageOfLastThreeActual() {
        // The oldest 500 is left out: (120 + 130 + 140) / 3 = 390 / 3 = 130.
        List<PeriodConsumption> history = List.of(actual(u("500")), actual(u("120")), actual(u("130")),
                actual(u("140")));
        assertThat(ConsumptionEstimate.estimate(history)).isEqualByComparingTo("130");
    }

    @Test
    void averageRoundsHalfUpToWholeUnits() {
        // (100 + 100 + 101) / 3 = 100.333 -> 100; (100 + 101 + 101) / 3 = 100.667 -> 101.
        assertThat(ConsumptionEstimate.estimate(List.of(actual(u("100")), actual(u("100")), actual(u("101")))))
                .isEqualTo(u("100"));
        assertThat(ConsumptionEstimate.estimate(List.of(actual(u("100")), actual(u("101")), actual(u("101")))))
                .isEqualTo(u("101"));
        // (0.5 + 0.5 + 0.5) / 3 = 0.5, HALF_UP to 1.
        assertThat(ConsumptionEstimate.estimate(List.of(actual(u("0.5")), actual(u("0.5")), actual(u("0.5")))))
                .isEqualTo(u("1"));
    }

    @Test
    void estimatedPeriodsAreSkipped() {
        // The estimates 999 and 888 are skipped: (90 + 100 + 110) / 3 = 300 / 3 = 100.
        List<PeriodConsumption> history = List.of(actual(u("90")), estimated(u("999")), actual(u("100")),
                actual(u("110")), estimated(u("888")));
        assertThat(ConsumptionEstimate.estimate(history)).isEqualTo(u("100"));
    }

    @Test
    void rejectsFewerThanThreeActual() {
        List<PeriodConsumption> history = List.of(actual(u("90")), estimated(u("95")), actual(u("100")));
        assertThatThrownBy(() -> ConsumptionEstimate.estimate(history))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 2 actual periods because at least 3 are needed");
        assertThatThrownBy(() -> ConsumptionEstimate.estimate(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 0 actual periods");
    }

    @Test
    void atMostTwoEstimatesInARow() {
        assertThat(ConsumptionEstimate.mayEstimate(0)).isTrue();
        assertThat(ConsumptionEstimate.mayEstimate(1)).isTrue();
        assertThat(ConsumptionEstimate.mayEstimate(2)).isFalse();
        assertThat(ConsumptionEstimate.mayEstimate(3)).isFalse();
        assertThatThrownBy(() -> ConsumptionEstimate.mayEstimate(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("estimates in a row -1");
    }

    @Test
    void rejectsNegativeConsumption() {
        assertThatThrownBy(() -> actual(u("-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1 units is negative");
    }
}
