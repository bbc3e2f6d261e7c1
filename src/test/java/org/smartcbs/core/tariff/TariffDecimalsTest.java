package org.smartcbs.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.smartcbs.core.tariff.TestTariffs.open;
import static org.smartcbs.core.tariff.TestTariffs.slabs;
import static org.smartcbs.core.tariff.TestTariffs.tariff;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The decimal range applies to a tariff built in code, not only to one read from a file. */
class TariffDecimalsTest {

    @Test
    void builtRateOutOfRangeRejected() {
        TariffFormatException error = catchThrowableOfType(TariffFormatException.class,
                () -> tariff("INR", open(SlabMethod.TELESCOPIC, slabs("50", "1e-99999999", null, "4.80"))).build());

        assertThat(error.path()).isEqualTo("schedules[0].slabs[0].rate");
        assertThat(error.value()).isEqualTo("1E-99999999");
    }

    @Test
    void builtLimitOutOfRangeRejected() {
        TariffFormatException error = catchThrowableOfType(TariffFormatException.class,
                () -> tariff("INR", open(SlabMethod.TELESCOPIC, slabs("1e99999999", "3.15", null, "4.80"))).build());

        assertThat(error.path()).isEqualTo("schedules[0].slabs[0].upTo");
        assertThat(error.value()).isEqualTo("1E+99999999");
    }

    @Test
    void boundsCountDigitsAsWritten() {
        assertThat(TariffDecimals.inRange(new BigDecimal("999999999999999999"))).isTrue();
        assertThat(TariffDecimals.inRange(new BigDecimal("1000000000000000000"))).isFalse();
        assertThat(TariffDecimals.inRange(new BigDecimal("0.00000000000000000001"))).isTrue();
        assertThat(TariffDecimals.inRange(new BigDecimal("0.000000000000000000001"))).isFalse();
        assertThat(TariffDecimals.inRange(new BigDecimal("1E+17"))).isTrue();
        assertThat(TariffDecimals.inRange(new BigDecimal("1E+18"))).isFalse();
    }
}
