package org.smartcbs.core.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

class ConsumptionEstimateProperties {

    @Property
    void estimateLiesWithinLastThreeActual(
            @ForAll @Size(min = 3, max = 10) List<@BigRange(min = "0", max = "100000") @Scale(3) BigDecimal> units) {
        List<PeriodConsumption> history = units.stream().map(PeriodConsumption::actual).toList();
        List<BigDecimal> lastThree = units.subList(units.size() - 3, units.size());
        BigDecimal min = lastThree.stream().reduce(BigDecimal::min).orElseThrow().setScale(0, RoundingMode.FLOOR);
        BigDecimal max = lastThree.stream().reduce(BigDecimal::max).orElseThrow().setScale(0, RoundingMode.CEILING);

        BigDecimal estimate = ConsumptionEstimate.estimate(history);

        assertThat(estimate.scale()).isZero();
        assertThat(estimate).isBetween(min, max);
    }
}
