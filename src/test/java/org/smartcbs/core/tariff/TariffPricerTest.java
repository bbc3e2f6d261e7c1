package org.smartcbs.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartcbs.core.tariff.TestTariffs.bands;
import static org.smartcbs.core.tariff.TestTariffs.d;
import static org.smartcbs.core.tariff.TestTariffs.open;
import static org.smartcbs.core.tariff.TestTariffs.slabs;
import static org.smartcbs.core.tariff.TestTariffs.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TariffPricerTest {

    private static Quote price(Tariff tariff, String units) {
        return TariffPricer.price(tariff, d(units), 30);
    }

    private static BillLine line(Quote quote, String code) {
        return quote.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "telescopic {0} units")
    @CsvSource({
        "0, 0.00, 1",         // first slab priced with 0 units
        "49, 154.35, 1",      // 49 × 3.15
        "50, 157.50, 1",      // 50 × 3.15: the limit belongs to the lower slab
        "50.5, 159.35, 2",    // 157.50 + 0.5 × 3.70 = 1.85
        "51, 161.20, 2",      // 157.50 + 3.70
        "100, 342.50, 2",     // 157.50 + 50 × 3.70 = 185.00
        "101, 347.30, 3",     // 342.50 + 4.80
        "117, 424.10, 3"      // 342.50 + 17 × 4.80 = 81.60
    })
    void telescopicAroundLimits(String units, String energy, int lines) {
        Quote quote = price(TestTariffs.telescopic(), units);

        assertThat(quote.energy()).isEqualByComparingTo(energy);
        assertThat(quote.lines()).hasSize(lines);
        assertThat(quote.total()).isEqualByComparingTo(energy);
    }

    @Test
    void telescopicLinesShowRanges() {
        Quote quote = price(TestTariffs.telescopic(), "117");

        BillLine last = quote.lines().get(2);
        assertThat(last.description()).isEqualTo("Energy above 100");
        assertThat(last.rangeFrom()).isEqualByComparingTo("100");
        assertThat(last.rangeTo()).isNull();
        assertThat(last.quantity()).isEqualByComparingTo("17");
        assertThat(last.rate()).isEqualByComparingTo("4.80");
        assertThat(last.amount()).isEqualTo(d("81.60"));
        assertThat(quote.lines().get(0).description()).isEqualTo("Energy 0-50");
        assertThat(quote.lines().get(1).rangeFrom()).isEqualByComparingTo("50");
        assertThat(quote.lines().get(1).rangeTo()).isEqualByComparingTo("100");
    }

    @ParameterizedTest(name = "non-telescopic {0} units")
    @CsvSource({
        "0, 0.00",         // 0 × 13.48
        "100, 1348.00",    // 100 × 13.48
        "100.5, 1867.29",  // 100.5 × 18.58 = 1867.29
        "101, 1876.58",    // 101 × 18.58
        "200, 3716.00",    // 200 × 18.58
        "201, 4315.47"     // 201 × 21.47
    })
    void nonTelescopicAroundLimits(String units, String energy) {
        Quote quote = price(TestTariffs.nonTelescopic(), units);

        assertThat(quote.energy()).isEqualByComparingTo(energy);
        assertThat(quote.lines()).hasSize(1);
        assertThat(quote.lines().get(0).quantity()).isEqualByComparingTo(units);
    }

    @ParameterizedTest(name = "previous slab benefit {0} units")
    @CsvSource({
        "0, 0.00, 1",      // first slab: all units at 5
        "50, 250.00, 1",   // 50 × 5
        "100, 500.00, 1",  // 100 × 5
        "101, 507.00, 2",  // 100 × 5 + 1 × 7
        "150.5, 853.50, 2", // 100 × 5 + 50.5 × 7 = 353.50
        "200, 1200.00, 2", // 100 × 5 + 100 × 7
        "201, 1410.00, 2"  // 200 × 7 (slab k-1 up to its limit) + 1 × 10
    })
    void previousSlabBenefitAroundLimits(String units, String energy, int lines) {
        Quote quote = price(TestTariffs.previousSlabBenefit(), units);

        assertThat(quote.energy()).isEqualByComparingTo(energy);
        assertThat(quote.lines()).hasSize(lines);
    }

    @Test
    void previousSlabBenefitLines() {
        Quote quote = price(TestTariffs.previousSlabBenefit(), "201");

        BillLine lower = quote.lines().get(0);
        BillLine upper = quote.lines().get(1);
        assertThat(lower.description()).isEqualTo("Energy 0-200");
        assertThat(lower.quantity()).isEqualByComparingTo("200");
        assertThat(lower.rate()).isEqualByComparingTo("7");
        assertThat(upper.description()).isEqualTo("Energy above 200");
        assertThat(upper.quantity()).isEqualByComparingTo("1");
        assertThat(upper.rate()).isEqualByComparingTo("10");
    }

    @ParameterizedTest(name = "schedule choice at {0} units")
    @CsvSource({
        "50, 70.00",    // first schedule (up to 50): 50 × 1.40
        "50.5, 250.99", // second schedule: 50.5 × 4.97 = 250.985 -> 250.99
        "51, 253.47"    // 51 × 4.97
    })
    void scheduleChosenByTotalUnits(String units, String energy) {
        Tariff tariff = tariff("PKR",
                new Schedule(d("50"), SlabMethod.TELESCOPIC, slabs(null, "1.40")),
                open(SlabMethod.TELESCOPIC, slabs("100", "4.97", null, "6.13"))).build();

        assertThat(price(tariff, units).energy()).isEqualByComparingTo(energy);
    }

    @Test
    void fixedAmount() {
        Tariff tariff = TestTariffs.telescopic().toBuilder()
                .charges(List.of(Charge.fixed("BASIC", "Basic fee", d("45.55")))).build();

        BillLine basic = line(price(tariff, "10"), "BASIC");

        assertThat(basic.amount()).isEqualTo(d("45.55"));
        assertThat(basic.description()).isEqualTo("Basic fee");
        assertThat(basic.quantity()).isNull();
        assertThat(basic.rate()).isNull();
    }

    @ParameterizedTest(name = "fixed bands at {0} units")
    @CsvSource({"0, 35.00", "50, 35.00", "50.5, 45.00", "100, 45.00", "101, 55.00", "5000, 55.00"})
    void fixedBandsByTotalUnits(String units, String amount) {
        Tariff tariff = TestTariffs.telescopic().toBuilder()
                .charges(List.of(Charge.fixedBands("FC", null, bands("50", "35", "100", "45", null, "55")))).build();

        BillLine fc = line(price(tariff, units), "FC");

        assertThat(fc.amount()).isEqualTo(d(amount));
        assertThat(fc.description()).isEqualTo("FC");
    }

    @ParameterizedTest(name = "prorated fixed over {0} days")
    @CsvSource({
        "28, 93.33",  // 100 × 28 / 30 = 93.333...
        "29, 96.67",  // 100 × 29 / 30 = 96.666...
        "30, 100.00",
        "31, 103.33"  // 100 × 31 / 30 = 103.333...
    })
    void prorateWithoutBasisUsesThirtyDays(int days, String amount) {
        Tariff tariff = TestTariffs.telescopic().toBuilder()
                .charges(List.of(Charge.fixedProrated("FC", "Fixed charge", d("100")))).build();

        BillLine fc = line(TariffPricer.price(tariff, d("10"), days), "FC");

        assertThat(fc.amount()).isEqualTo(d(amount));
        if (days != 30) {
            assertThat(fc.description()).isEqualTo("Fixed charge (" + days + "/30 days)");
            assertThat(fc.base()).isEqualByComparingTo("100");
        }
    }

    @Test
    void prorateWithBasisUsesBasisDays() {
        // 70 × 31 / 7 = 310.00
        Tariff tariff = TestTariffs.telescopic().toBuilder().basis(new Basis(7))
                .charges(List.of(Charge.fixedProrated("FC", "Fixed charge", d("70")))).build();

        assertThat(line(TariffPricer.price(tariff, d("10"), 31), "FC").amount()).isEqualTo(d("310.00"));
    }

    @Test
    void perUnitRateTimesUnits() {
        // 0.10 × 117 = 11.70
        Tariff tariff = TestTariffs.telescopic().toBuilder()
                .charges(List.of(Charge.perUnit("FS", "Fuel surcharge", d("0.10")))).build();

        BillLine fs = line(price(tariff, "117"), "FS");

        assertThat(fs.amount()).isEqualTo(d("11.70"));
        assertThat(fs.quantity()).isEqualByComparingTo("117");
        assertThat(fs.rate()).isEqualByComparingTo("0.10");
    }

    @ParameterizedTest(name = "per-unit bands at {0} units")
    @CsvSource({
        "100, 10.00",  // 100 × 0.10
        "101, 20.20"   // 101 × 0.20: the band containing the total prices every unit
    })
    void perUnitBands(String units, String amount) {
        Tariff tariff = TestTariffs.telescopic().toBuilder()
                .charges(List.of(new Charge("FS", null, ChargeType.PER_UNIT, null, null,
                        bands("100", "0.10", null, "0.20"), false, null))).build();

        assertThat(line(price(tariff, units), "FS").amount()).isEqualTo(d(amount));
    }

    @Test
    void percentOfEnergyChargeAndSubtotal() {
        // energy at 117 units: 424.10
        // ED = 10% of 424.10 = 42.41; MR = 6; GST_MR = 18% of 6.00 = 1.08;
        // VAT = 5% of subtotal 424.10 + 42.41 + 6.00 + 1.08 = 473.59 -> 23.6795 -> 23.68
        Tariff tariff = TestTariffs.telescopic().toBuilder().charges(List.of(
                Charge.percent("ED", "Electricity duty", d("10"), List.of("ENERGY")),
                Charge.fixed("MR", "Meter rent", d("6")),
                Charge.percent("GST_MR", "GST on meter rent", d("18"), List.of("MR")),
                Charge.percent("VAT", "VAT", d("5"), List.of("SUBTOTAL")))).build();

        Quote quote = price(tariff, "117");

        assertThat(line(quote, "ED").amount()).isEqualTo(d("42.41"));
        assertThat(line(quote, "ED").base()).isEqualByComparingTo("424.10");
        assertThat(line(quote, "ED").description()).isEqualTo("Electricity duty (10% of 424.10)");
        assertThat(line(quote, "GST_MR").amount()).isEqualTo(d("1.08"));
        assertThat(line(quote, "VAT").base()).isEqualByComparingTo("473.59");
        assertThat(line(quote, "VAT").amount()).isEqualTo(d("23.68"));
        assertThat(quote.total()).isEqualByComparingTo("497.27"); // 473.59 + 23.68
    }

    @ParameterizedTest(name = "percent bands at {0} units")
    @CsvSource({
        "50, 7.88",    // 157.50 × 5% = 7.875 -> 7.88
        "51, 16.12"    // 161.20 × 10% = 16.12
    })
    void percentBands(String units, String amount) {
        Tariff tariff = TestTariffs.telescopic().toBuilder()
                .charges(List.of(new Charge("ED", null, ChargeType.PERCENT, null, null,
                        bands("50", "5", null, "10"), false, List.of("ENERGY")))).build();

        assertThat(line(price(tariff, units), "ED").amount()).isEqualTo(d(amount));
    }

    @Test
    void minimumAtZeroUnits() {
        // energy 0.00, so the minimum tops up the whole 100.00
        Tariff tariff = TestTariffs.telescopic().toBuilder()
                .charges(List.of(Charge.minimum("MIN", "Minimum charge", d("100"), List.of("ENERGY")))).build();

        Quote quote = price(tariff, "0");

        assertThat(line(quote, "MIN").amount()).isEqualTo(d("100.00"));
        assertThat(line(quote, "MIN").base()).isEqualByComparingTo("0");
        assertThat(quote.total()).isEqualByComparingTo("100.00");
    }

    @Test
    void minimumAboveItIsZeroLine() {
        // energy 40 × 3.15 = 126.00 is above the minimum, and the line stays with amount 0.00
        Tariff tariff = TestTariffs.telescopic().toBuilder()
                .charges(List.of(Charge.minimum("MIN", "Minimum charge", d("100"), List.of("SUBTOTAL")))).build();

        Quote quote = price(tariff, "40");

        assertThat(quote.lines()).hasSize(2);
        assertThat(line(quote, "MIN").amount()).isEqualTo(d("0.00"));
        assertThat(quote.total()).isEqualByComparingTo("126.00");
    }

    @Test
    void minimumTopsUpPartly() {
        // energy 30 × 3.15 = 94.50; minimum 100 -> 5.50
        Tariff tariff = TestTariffs.telescopic().toBuilder()
                .charges(List.of(Charge.minimum("MIN", "Minimum charge", d("100"), List.of("ENERGY")))).build();

        assertThat(line(price(tariff, "30"), "MIN").amount()).isEqualTo(d("5.50"));
    }

    @Test
    void zeroAmountChargeIsStillLine() {
        Tariff tariff = TestTariffs.telescopic().toBuilder()
                .charges(List.of(Charge.percent("ED", null, d("10"), List.of("ENERGY")))).build();

        Quote quote = price(tariff, "0");

        assertThat(quote.lines()).extracting(BillLine::code).containsExactly("ENERGY", "ED");
        assertThat(line(quote, "ED").amount()).isEqualTo(d("0.00"));
    }

    @ParameterizedTest(name = "basis 30 over {0} days")
    @CsvSource({
        "28, 60, 124.00", // limit 60 × 28 / 30 = 56: 56 × 2 + 4 × 3
        "29, 60, 122.00", // limit 58: 58 × 2 + 2 × 3
        "30, 60, 120.00", // limit 60: 60 × 2
        "31, 60, 120.00", // limit 62: 60 × 2
        "31, 62, 124.00", // 62 × 2, the scaled limit belongs to the lower slab
        "31, 63, 127.00", // 62 × 2 + 1 × 3
        "28, 56, 112.00"  // 56 × 2
    })
    void basisScalesLimits(int days, String units, String energy) {
        Tariff tariff = tariff("LKR", open(SlabMethod.TELESCOPIC, slabs("60", "2", null, "3")))
                .basis(new Basis(30)).build();

        assertThat(TariffPricer.price(tariff, d(units), days).energy()).isEqualByComparingTo(energy);
    }

    @Test
    void basisFractionalLimitIsNotRounded() {
        // limit 50 × 31 / 30 = 51.66666666666666666666666666666667 (DECIMAL128)
        // 51.666...67 × 2 = 103.333... -> 103.33; (52 - 51.666...67) × 3 = 0.999... -> 1.00
        Tariff tariff = tariff("LKR", open(SlabMethod.TELESCOPIC, slabs("50", "2", null, "3")))
                .basis(new Basis(30)).build();

        Quote quote = TariffPricer.price(tariff, d("52"), 31);

        assertThat(quote.lines().get(0).rangeTo()).isEqualTo(d("51.66666666666666666666666666666667"));
        assertThat(quote.lines().get(0).description()).isEqualTo("Energy 0-51.67");
        assertThat(quote.lines().get(0).amount()).isEqualTo(d("103.33"));
        assertThat(quote.lines().get(1).amount()).isEqualTo(d("1.00"));
        assertThat(quote.energy()).isEqualByComparingTo("104.33");
    }

    @Test
    void basisPerDay() {
        // baseline 10 units per day: 30 days -> 300 units at 0.1, the rest at 0.3
        // 300 × 0.1 + 50 × 0.3 = 45.00
        Tariff tariff = tariff("USD", open(SlabMethod.TELESCOPIC, slabs("10", "0.1", null, "0.3")))
                .basis(new Basis(1)).build();

        assertThat(TariffPricer.price(tariff, d("350"), 30).energy()).isEqualByComparingTo("45.00");
    }

    @Test
    void basisScalesSchedulesAndBands() {
        // basis 30 over 15 days: schedule limit 100 -> 50, band limit 40 -> 20
        Tariff tariff = tariff("INR",
                new Schedule(d("100"), SlabMethod.TELESCOPIC, slabs(null, "1")),
                open(SlabMethod.TELESCOPIC, slabs(null, "2")))
                .basis(new Basis(30))
                .charges(List.of(Charge.fixedBands("FC", null, bands("40", "10", null, "20"))))
                .build();

        Quote quote = TariffPricer.price(tariff, d("51"), 15);

        assertThat(quote.energy()).isEqualByComparingTo("102.00"); // 51 × 2, second schedule
        assertThat(line(quote, "FC").amount()).isEqualTo(d("20.00"));
    }

    @Test
    void totalRoundingAddsRoundingLine() {
        // energy 150 × 28.91 = 4336.50; FC 300; METER_RENT 25; ED 1.5% of 4336.50 = 65.0475 -> 65.05; TV 35;
        // GST 18% of (4336.50 + 300 + 25 = 4661.50) = 839.07; sum 5600.62 -> 5601, ROUNDING 0.38
        Quote quote = price(TestTariffs.greenValleyResidential(), "150");

        assertThat(line(quote, "ED").amount()).isEqualTo(d("65.05"));
        assertThat(line(quote, "GST").amount()).isEqualTo(d("839.07"));
        BillLine rounding = quote.lines().get(quote.lines().size() - 1);
        assertThat(rounding.code()).isEqualTo("ROUNDING");
        assertThat(rounding.amount()).isEqualTo(d("0.38"));
        assertThat(rounding.base()).isEqualByComparingTo("5600.62");
        assertThat(quote.total()).isEqualByComparingTo("5601");
    }

    @Test
    void totalRoundingDownGivesNegativeLine() {
        // 117 × 3.15... energy 424.10 rounded DOWN to whole units: ROUNDING -0.10
        Tariff tariff = TestTariffs.telescopic().toBuilder()
                .rounding(new BillRounding(null, new Rounding(0, RoundingMode.DOWN))).build();

        Quote quote = price(tariff, "117");

        assertThat(quote.lines().get(3).amount()).isEqualTo(d("-0.10"));
        assertThat(quote.total()).isEqualByComparingTo("424");
    }

    @Test
    void lineRoundingFromTariff() {
        // lines to whole units HALF_EVEN: 49 × 3.15 = 154.35 -> 154; 10% of 154 = 15.4 -> 15
        Tariff tariff = TestTariffs.telescopic().toBuilder()
                .charges(List.of(Charge.percent("ED", null, d("10"), List.of("ENERGY"))))
                .rounding(new BillRounding(new Rounding(0, RoundingMode.HALF_EVEN), null)).build();

        Quote quote = price(tariff, "49");

        assertThat(quote.lines().get(0).amount()).isEqualTo(d("154"));
        assertThat(line(quote, "ED").amount()).isEqualTo(d("15"));
        assertThat(quote.total()).isEqualTo(d("169"));
    }

    @Test
    void lineRoundingDefaultsToCurrencyMinorUnit() {
        // JPY has no decimals: 3 × 1.55 = 4.65 -> 5
        Tariff tariff = tariff("JPY", open(SlabMethod.TELESCOPIC, slabs(null, "1.55"))).build();

        assertThat(price(tariff, "3").total()).isEqualTo(d("5"));
    }

    @Test
    void unitRoundingBeforePricing() {
        // 49.5 -> 50 units (HALF_UP): 50 × 3.15 = 157.50 in the first slab
        Tariff tariff = TestTariffs.telescopic().toBuilder().unitRounding(new Rounding(0, RoundingMode.HALF_UP))
                .build();

        Quote quote = price(tariff, "49.5");

        assertThat(quote.units()).isEqualTo(d("50"));
        assertThat(quote.lines()).hasSize(1);
        assertThat(quote.energy()).isEqualByComparingTo("157.50");
    }

    @Test
    void fractionalUnitsPricedExactly() {
        // without unitRounding: 50.25 -> 157.50 + 0.25 × 3.70 = 0.925 -> 0.93
        Quote quote = price(TestTariffs.telescopic(), "50.25");

        assertThat(quote.units()).isEqualTo(d("50.25"));
        assertThat(quote.lines().get(1).quantity()).isEqualByComparingTo("0.25");
        assertThat(quote.energy()).isEqualByComparingTo("158.43");
    }

    @Test
    void quoteCarriesTariffAndPeriod() {
        Quote quote = TariffPricer.price(TestTariffs.telescopic(), d("10"), 31);

        assertThat(quote.tariffCode()).isEqualTo("TEST-1");
        assertThat(quote.currency()).isEqualTo("INR");
        assertThat(quote.periodDays()).isEqualTo(31);
    }

    @Test
    void negativeUnitsRejected() {
        assertThatThrownBy(() -> price(TestTariffs.telescopic(), "-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("units: -1 is negative; give zero or more");
    }

    @Test
    void nonPositivePeriodRejected() {
        assertThatThrownBy(() -> TariffPricer.price(TestTariffs.telescopic(), BigDecimal.ONE, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("periodDays: 0 is not positive");
    }

    @Test
    void defaultPeriodDays() {
        Tariff withBasis = TestTariffs.telescopic().toBuilder().basis(new Basis(7)).build();

        assertThat(TariffPricer.defaultPeriodDays(TestTariffs.telescopic())).isEqualTo(30);
        assertThat(TariffPricer.defaultPeriodDays(withBasis)).isEqualTo(7);
    }
}
