package org.smartcbs.core.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Small tariffs built in code for the pricing tests, with decimals written as strings. */
final class TestTariffs {

    private TestTariffs() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** Slabs from pairs of limit and rate; a null limit is written as {@code null}. */
    static List<Slab> slabs(String... limitRatePairs) {
        Slab[] slabs = new Slab[limitRatePairs.length / 2];
        for (int i = 0; i < slabs.length; i++) {
            String limit = limitRatePairs[2 * i];
            slabs[i] = new Slab(limit == null ? null : d(limit), d(limitRatePairs[2 * i + 1]));
        }
        return Arrays.asList(slabs);
    }

    static List<Band> bands(String... limitValuePairs) {
        Band[] bands = new Band[limitValuePairs.length / 2];
        for (int i = 0; i < bands.length; i++) {
            String limit = limitValuePairs[2 * i];
            bands[i] = new Band(limit == null ? null : d(limit), d(limitValuePairs[2 * i + 1]));
        }
        return Arrays.asList(bands);
    }

    static Schedule open(SlabMethod method, List<Slab> slabs) {
        return new Schedule(null, method, slabs);
    }

    static Tariff.Builder tariff(String currency, Schedule... schedules) {
        return Tariff.builder()
                .code("TEST-1")
                .name("Test tariff")
                .currency(currency)
                .effectiveFrom(LocalDate.of(2026, 1, 1))
                .schedules(List.of(schedules));
    }

    /** INR, telescopic 0-50 at 3.15, 50-100 at 3.70, above 100 at 4.80, no charges. */
    static Tariff telescopic() {
        return tariff("INR", open(SlabMethod.TELESCOPIC, slabs("50", "3.15", "100", "3.70", null, "4.80"))).build();
    }

    /** PKR, non-telescopic 0-100 at 13.48, 100-200 at 18.58, above 200 at 21.47, no charges. */
    static Tariff nonTelescopic() {
        return tariff("PKR", open(SlabMethod.NON_TELESCOPIC, slabs("100", "13.48", "200", "18.58", null, "21.47")))
                .build();
    }

    /** USD, previous slab benefit 0-100 at 5, 100-200 at 7, above 200 at 10, no charges. */
    static Tariff previousSlabBenefit() {
        return tariff("USD", open(SlabMethod.PREVIOUS_SLAB_BENEFIT, slabs("100", "5", "200", "7", null, "10")))
                .build();
    }

    /** The Green Valley residential demo tariff, built in code: eight non-telescopic slabs and five charges. */
    static Tariff greenValleyResidential() {
        Schedule schedule = open(SlabMethod.NON_TELESCOPIC, slabs("100", "22.44", "200", "28.91", "300", "33.10",
                "400", "36.46", "500", "38.95", "600", "40.22", "700", "41.85", null, "47.20"));
        List<Charge> charges = List.of(
                Charge.fixedBands("FC", "Fixed charges", bands("100", "275", "200", "300", "300", "350", "400",
                        "400", "500", "500", null, "675")),
                Charge.fixed("METER_RENT", "Meter rent", d("25")),
                Charge.percent("ED", "Electricity duty", d("1.5"), List.of("ENERGY")),
                Charge.fixed("TV", "TV fee", d("35")),
                Charge.percent("GST", "Sales tax", d("18"), List.of("ENERGY", "FC", "METER_RENT")));
        return tariff("PKR", schedule)
                .code("GVHS-RESIDENTIAL-2026")
                .charges(charges)
                .rounding(new BillRounding(null, new Rounding(0, java.math.RoundingMode.HALF_UP)))
                .build();
    }
}
