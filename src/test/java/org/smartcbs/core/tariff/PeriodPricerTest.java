package org.smartcbs.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartcbs.core.tariff.TestTariffs.d;
import static org.smartcbs.core.tariff.TestTariffs.open;
import static org.smartcbs.core.tariff.TestTariffs.slabs;
import static org.smartcbs.core.tariff.TestTariffs.tariff;

import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;

class PeriodPricerTest {

    private static Tariff version(String code, String lowRate, String highRate, Charge... charges) {
        return tariff("INR", open(SlabMethod.TELESCOPIC, slabs("100", lowRate, null, highRate)))
                .code(code)
                .charges(List.of(charges))
                .build();
    }

    @Test
    void splitApportionsUnitsLimitsAndFixedCharge() {
        // 150 units over 15 + 15 days: 75 units each, limit 100 × 15 / 30 = 50 in each part
        // old: 50 × 5 + 25 × 10 = 500.00, FC 60 × 15 / 30 = 30.00
        // new: 50 × 6 + 25 × 12 = 600.00, FC 30.00; total 1160.00
        Tariff old = version("OLD", "5", "10", Charge.fixed("FC", "Fixed charge", d("60")));
        Tariff current = version("NEW", "6", "12", Charge.fixed("FC", "Fixed charge", d("60")));

        SplitQuote split = PeriodPricer.priceAcross(
                List.of(new TariffPeriodPart(old, 15), new TariffPeriodPart(current, 15)), d("150"));

        assertThat(split.parts()).hasSize(2);
        assertThat(split.parts().get(0).units()).isEqualByComparingTo("75");
        assertThat(split.parts().get(1).units()).isEqualByComparingTo("75");
        assertThat(split.parts().get(0).energy()).isEqualByComparingTo("500.00");
        assertThat(split.parts().get(1).energy()).isEqualByComparingTo("600.00");
        assertThat(split.parts().get(0).lines().get(2).amount()).isEqualTo(d("30.00"));
        assertThat(split.parts().get(0).lines().get(2).description()).isEqualTo("Fixed charge (15 of 30 days)");
        assertThat(split.periodDays()).isEqualTo(30);
        assertThat(split.total()).isEqualByComparingTo("1160.00");
        assertThat(split.rounding()).isNull();
    }

    @Test
    void splitRemainderGoesToLastPart() {
        // 100 units over 10 + 10 + 11 days, cumulative HALF_UP to whole units:
        // 100 × 10 / 31 = 32.26 -> 32; 100 × 20 / 31 = 64.52 -> 65, so 33; last 100 - 65 = 35
        Tariff tariff = version("T", "1", "1");

        SplitQuote split = PeriodPricer.priceAcross(List.of(new TariffPeriodPart(tariff, 10),
                new TariffPeriodPart(tariff, 10), new TariffPeriodPart(tariff, 11)), d("100"));

        assertThat(split.parts()).extracting(Quote::units).containsExactly(d("32"), d("33"), d("35"));
        assertThat(split.units()).isEqualTo(d("100"));
        assertThat(split.total()).isEqualByComparingTo("100.00");
    }

    @Test
    void splitKeepsDecimalsOfUnits() {
        // 10.5 units over 1 + 2 days: 10.5 × 1 / 3 = 3.5, the rest 7.0
        Tariff tariff = version("T", "1", "1");

        SplitQuote split = PeriodPricer.priceAcross(
                List.of(new TariffPeriodPart(tariff, 1), new TariffPeriodPart(tariff, 2)), d("10.5"));

        assertThat(split.parts()).extracting(Quote::units).containsExactly(d("3.5"), d("7.0"));
    }

    @Test
    void splitWithBasisScalesByPartDays() {
        // basis 30: 10 days -> limit 100 × 10 / 30 = 33.33..., 21 days -> limit 70
        // 93 units: 93 × 10 / 31 = 30 and 63, both inside the first slab: 30 × 5 + 63 × 6 = 528.00
        // prorated FC 30: 30 × 10 / 30 = 10.00 and 30 × 21 / 30 = 21.00
        Tariff old = version("OLD", "5", "10", Charge.fixedProrated("FC", null, d("30"))).toBuilder()
                .basis(new Basis(30)).build();
        Tariff current = version("NEW", "6", "12", Charge.fixedProrated("FC", null, d("30"))).toBuilder()
                .basis(new Basis(30)).build();

        SplitQuote split = PeriodPricer.priceAcross(
                List.of(new TariffPeriodPart(old, 10), new TariffPeriodPart(current, 21)), d("93"));

        assertThat(split.parts().get(0).units()).isEqualByComparingTo("30");
        assertThat(split.parts().get(0).lines().get(0).rangeTo())
                .isEqualTo(d("33.33333333333333333333333333333333"));
        assertThat(split.parts().get(1).lines().get(0).rangeTo()).isEqualByComparingTo("70");
        assertThat(split.energy()).isEqualByComparingTo("528.00");
        assertThat(split.parts().get(0).lines().get(1).amount()).isEqualTo(d("10.00"));
        assertThat(split.parts().get(1).lines().get(1).amount()).isEqualTo(d("21.00"));
        assertThat(split.total()).isEqualByComparingTo("559.00");
    }

    @Test
    void splitChargesMinimumOnce() {
        // 0 units over 15 + 15 days: BASIC 6 -> 3.00 + 3.00; MIN 6 of SUBTOTAL -> 3 - 3 = 0 in each part
        Charge basic = Charge.fixed("BASIC", null, d("6.00"));
        Charge minimum = Charge.minimum("MIN", null, d("6.00"), List.of("SUBTOTAL"));
        Tariff tariff = version("T", "1", "1", basic, minimum);

        SplitQuote split = PeriodPricer.priceAcross(
                List.of(new TariffPeriodPart(tariff, 15), new TariffPeriodPart(tariff, 15)), d("0"));

        assertThat(split.total()).isEqualByComparingTo("6.00");
        assertThat(split.parts().get(0).lines().get(2).amount()).isEqualTo(d("0.00"));
    }

    @Test
    void splitMinimumTopsUpShare() {
        // 0 units, no basic fee, MIN 10 of ENERGY over 10 + 20 days: 3.33 + 6.67 = 10.00
        Tariff tariff = version("T", "1", "1", Charge.minimum("MIN", null, d("10"), List.of("ENERGY")));

        SplitQuote split = PeriodPricer.priceAcross(
                List.of(new TariffPeriodPart(tariff, 10), new TariffPeriodPart(tariff, 20)), d("0"));

        assertThat(split.parts().get(0).total()).isEqualByComparingTo("3.33");
        assertThat(split.parts().get(1).total()).isEqualByComparingTo("6.67");
        assertThat(split.total()).isEqualByComparingTo("10.00");
    }

    @Test
    void splitRoundsTotalOnce() {
        // 15 + 16 days, 31 units at 1.01: 15 × 1.01 = 15.15 and 16 × 1.01 = 16.16; 31.31 -> 31, ROUNDING -0.31
        Tariff tariff = tariff("INR", open(SlabMethod.TELESCOPIC, slabs(null, "1.01")))
                .rounding(new BillRounding(null, new Rounding(0, RoundingMode.HALF_UP))).build();

        SplitQuote split = PeriodPricer.priceAcross(
                List.of(new TariffPeriodPart(tariff, 15), new TariffPeriodPart(tariff, 16)), d("31"));

        assertThat(split.parts().get(0).lines()).extracting(BillLine::code).doesNotContain("ROUNDING");
        assertThat(split.rounding().amount()).isEqualTo(d("-0.31"));
        assertThat(split.total()).isEqualByComparingTo("31");
    }

    @Test
    void splitOfOnePartEqualsWholePeriod() {
        Tariff tariff = TestTariffs.greenValleyResidential();

        SplitQuote split = PeriodPricer.priceAcross(List.of(new TariffPeriodPart(tariff, 30)), d("150"));

        assertThat(split.total()).isEqualByComparingTo(TariffPricer.price(tariff, d("150"), 30).total());
    }

    @Test
    void splitUsesUnitRoundingOfLastPart() {
        // last version rounds units to whole units: 10.4 -> 10, shared 5 + 5
        Tariff old = version("OLD", "1", "1");
        Tariff current = version("NEW", "1", "1").toBuilder().unitRounding(new Rounding(0, RoundingMode.HALF_UP))
                .build();

        SplitQuote split = PeriodPricer.priceAcross(
                List.of(new TariffPeriodPart(old, 15), new TariffPeriodPart(current, 15)), d("10.4"));

        assertThat(split.units()).isEqualTo(d("10"));
        assertThat(split.parts()).extracting(Quote::units).containsExactly(d("5"), d("5"));
    }

    @Test
    void splitRejectsMixedCurrencies() {
        Tariff rupees = version("INR-T", "1", "1");
        Tariff dollars = tariff("USD", open(SlabMethod.TELESCOPIC, slabs(null, "1"))).code("USD-T").build();

        assertThatThrownBy(() -> PeriodPricer.priceAcross(
                List.of(new TariffPeriodPart(rupees, 10), new TariffPeriodPart(dollars, 20)), d("5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD-T");
    }

    @Test
    void splitRejectsEmptyParts() {
        assertThatThrownBy(() -> PeriodPricer.priceAcross(List.of(), d("5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("parts: missing");
    }

    @Test
    void partRejectsZeroDays() {
        assertThatThrownBy(() -> new TariffPeriodPart(version("T", "1", "1"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("days: 0 is not positive");
    }
}
