package org.smartcbs.core.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class TrueUpTest {

    @Test
    void estimatesTooLowBillTheRest() {
        // Two estimates of 130 billed 260; the meter moved 300 since the last actual reading: 300 - 260 = 40.
        assertThat(TrueUp.units(new BigDecimal("300"), new BigDecimal("260"))).isEqualTo(new BigDecimal("40"));
    }

    @Test
    void estimatesTooHighGiveCredit() {
        // Two estimates of 130 billed 260; the meter moved 210: 210 - 260 = -50, a credit of 50 units.
        assertThat(TrueUp.units(new BigDecimal("210"), new BigDecimal("260"))).isEqualTo(new BigDecimal("-50"));
    }

    @Test
    void noEstimatesBillsActual() {
        assertThat(TrueUp.units(new BigDecimal("125.5"), BigDecimal.ZERO)).isEqualTo(new BigDecimal("125.5"));
    }

    @Test
    void rejectsNegativeInputs() {
        assertThatThrownBy(() -> TrueUp.units(new BigDecimal("-1"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("since the last actual reading -1");
        assertThatThrownBy(() -> TrueUp.units(BigDecimal.TEN, new BigDecimal("-2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("estimated units billed -2");
    }
}
