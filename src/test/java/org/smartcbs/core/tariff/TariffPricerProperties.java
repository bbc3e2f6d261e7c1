package org.smartcbs.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcbs.core.tariff.TestTariffs.d;
import static org.smartcbs.core.tariff.TestTariffs.open;
import static org.smartcbs.core.tariff.TestTariffs.slabs;
import static org.smartcbs.core.tariff.TestTariffs.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TariffPricerProperties {

    private static final Tariff GREEN_VALLEY = TestTariffs.greenValleyResidential();
    private static final Tariff TELESCOPIC = TestTariffs.telescopic().toBuilder()
            .charges(List.of(
                    Charge.fixedProrated("FC", null, d("100")),
                    Charge.perUnit("FS", null, d("0.137")),
                    Charge.percent("ED", null, d("12.5"), List.of("ENERGY", "FS")),
                    Charge.minimum("MIN", null, d("250"), List.of("SUBTOTAL"))))
            .rounding(new BillRounding(null, new Rounding(0, RoundingMode.HALF_EVEN)))
            .build();
    private static final Tariff PREVIOUS_SLAB = TestTariffs.previousSlabBenefit();

    @Provide
    Arbitrary<BigDecimal> units() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("3000")).ofScale(2);
    }

    @Provide
    Arbitrary<Tariff> tariffs() {
        return Arbitraries.of(GREEN_VALLEY, TELESCOPIC, PREVIOUS_SLAB, TestTariffs.nonTelescopic());
    }

    @Property(tries = 300)
    void linesAddUpToTotal(@ForAll("tariffs") Tariff tariff, @ForAll("units") BigDecimal units,
            @ForAll @IntRange(min = 1, max = 62) int days) {
        Quote quote = TariffPricer.price(tariff, units, days);

        BigDecimal sum = BigDecimal.ZERO;
        for (BillLine line : quote.lines()) {
            sum = sum.add(line.amount());
        }
        assertThat(sum).isEqualByComparingTo(quote.total());
    }

    @Property(tries = 300)
    void telescopicEnergyNeverFalls(@ForAll("units") BigDecimal first, @ForAll("units") BigDecimal second,
            @ForAll @IntRange(min = 1, max = 62) int days) {
        Tariff tariff = TELESCOPIC.toBuilder().basis(new Basis(30)).build();
        BigDecimal lower = first.min(second);
        BigDecimal higher = first.max(second);

        BigDecimal lowerEnergy = TariffPricer.price(tariff, lower, days).energy();
        BigDecimal higherEnergy = TariffPricer.price(tariff, higher, days).energy();

        assertThat(higherEnergy).isGreaterThanOrEqualTo(lowerEnergy);
    }

    @Property(tries = 300)
    void nonTelescopicEnergyIsUnitsTimesContainingRate(@ForAll("units") BigDecimal units) {
        // slabs of GREEN_VALLEY: 100, 200, ..., 700 and open, rates below
        BigDecimal[] limits = {d("100"), d("200"), d("300"), d("400"), d("500"), d("600"), d("700")};
        BigDecimal[] rates = {d("22.44"), d("28.91"), d("33.10"), d("36.46"), d("38.95"), d("40.22"), d("41.85"),
            d("47.20")};
        int slab = 0;
        while (slab < limits.length && units.compareTo(limits[slab]) > 0) {
            slab++;
        }

        BigDecimal energy = TariffPricer.price(GREEN_VALLEY, units, 30).energy();

        assertThat(energy).isEqualTo(units.multiply(rates[slab]).setScale(2, RoundingMode.HALF_UP));
    }

    @Property(tries = 300)
    void basisEqualToPeriodIsNoBasis(@ForAll("units") BigDecimal units,
            @ForAll @IntRange(min = 1, max = 400) int days) {
        // no prorated charge here: a prorated FIXED divides by 30 without a basis and by the basis days with one
        Tariff withoutBasis = tariff("LKR", open(SlabMethod.TELESCOPIC, slabs("30", "4", "60", "6.5", null, "13.75")))
                .charges(List.of(Charge.fixedBands("FC", null, TestTariffs.bands("60", "30", null, "90")),
                        Charge.percent("VAT", null, d("8"), List.of("SUBTOTAL"))))
                .build();
        Tariff withBasis = withoutBasis.toBuilder().basis(new Basis(days)).build();

        Quote plain = TariffPricer.price(withoutBasis, units, days);
        Quote based = TariffPricer.price(withBasis, units, days);

        assertThat(based.lines()).hasSameSizeAs(plain.lines());
        for (int i = 0; i < plain.lines().size(); i++) {
            assertThat(based.lines().get(i).amount()).isEqualTo(plain.lines().get(i).amount());
        }
        assertThat(based.total()).isEqualTo(plain.total());
    }

    @Property(tries = 200)
    void splitUnitsAddUp(@ForAll("units") BigDecimal units, @ForAll @IntRange(min = 1, max = 40) int firstDays,
            @ForAll @IntRange(min = 1, max = 40) int secondDays, @ForAll @IntRange(min = 1, max = 40) int thirdDays) {
        SplitQuote split = PeriodPricer.priceAcross(List.of(new TariffPeriodPart(TELESCOPIC, firstDays),
                new TariffPeriodPart(GREEN_VALLEY.toBuilder().currency("INR").build(), secondDays),
                new TariffPeriodPart(TELESCOPIC, thirdDays)), units);

        BigDecimal unitSum = BigDecimal.ZERO;
        BigDecimal totalSum = BigDecimal.ZERO;
        for (Quote part : split.parts()) {
            assertThat(part.units().signum()).isNotNegative();
            unitSum = unitSum.add(part.units());
            totalSum = totalSum.add(part.total());
        }
        assertThat(unitSum).isEqualByComparingTo(units);
        BigDecimal rounding = split.rounding() == null ? BigDecimal.ZERO : split.rounding().amount();
        assertThat(totalSum.add(rounding)).isEqualByComparingTo(split.total());
    }
}
