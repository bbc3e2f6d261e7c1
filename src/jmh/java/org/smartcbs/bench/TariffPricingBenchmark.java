package org.smartcbs.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.smartcbs.core.tariff.Band;
import org.smartcbs.core.tariff.Basis;
import org.smartcbs.core.tariff.BillRounding;
import org.smartcbs.core.tariff.Charge;
import org.smartcbs.core.tariff.Quote;
import org.smartcbs.core.tariff.Rounding;
import org.smartcbs.core.tariff.Schedule;
import org.smartcbs.core.tariff.Slab;
import org.smartcbs.core.tariff.SlabMethod;
import org.smartcbs.core.tariff.Tariff;
import org.smartcbs.core.tariff.TariffPricer;

/**
 * Throughput of {@link TariffPricer#price}: one period of a telescopic 8-slab tariff with 5 charges (banded
 * fixed charge, meter rent, per-unit surcharge, duty on energy, sales tax on the subtotal) and total rounding,
 * at 450 units, which gives 5 energy lines and 11 lines in all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TariffPricingBenchmark {

    private Tariff tariff;
    private Tariff tariffWithBasis;
    private BigDecimal units;

    @Setup
    public void setUp() {
        String[] limits = {"50", "100", "200", "300", "400", "500", "700", null};
        String[] rates = {"3.15", "3.70", "4.80", "6.40", "7.60", "8.10", "8.90", "9.75"};
        List<Slab> slabs = new ArrayList<>();
        for (int i = 0; i < limits.length; i++) {
            slabs.add(new Slab(limits[i] == null ? null : new BigDecimal(limits[i]), new BigDecimal(rates[i])));
        }
        List<Charge> charges = List.of(
                Charge.fixedBands("FC", "Fixed charge", List.of(new Band(new BigDecimal("100"), new BigDecimal("45")),
                        new Band(new BigDecimal("300"), new BigDecimal("80")), new Band(null, new BigDecimal("150")))),
                Charge.fixed("MR", "Meter rent", new BigDecimal("6")),
                Charge.perUnit("FS", "Fuel surcharge", new BigDecimal("0.10")),
                Charge.percent("ED", "Electricity duty", new BigDecimal("10"), List.of("ENERGY")),
                Charge.percent("GST", "Sales tax", new BigDecimal("18"), List.of("SUBTOTAL")));
        tariff = Tariff.builder()
                .code("BENCH-8")
                .name("Eight slabs, five charges")
                .currency("INR")
                .effectiveFrom(LocalDate.of(2026, 1, 1))
                .schedules(List.of(new Schedule(null, SlabMethod.TELESCOPIC, slabs)))
                .charges(charges)
                .rounding(new BillRounding(null, new Rounding(0, RoundingMode.HALF_UP)))
                .build();
        tariffWithBasis = tariff.toBuilder().basis(new Basis(30)).build();
        units = new BigDecimal("450");
    }

    /** Limits as written, 30-day period. */
    @Benchmark
    public Quote priceThirtyDays() {
        return TariffPricer.price(tariff, units, 30);
    }

    /** Limits written per 30 days and scaled to a 31-day period. */
    @Benchmark
    public Quote priceWithBasisThirtyOneDays() {
        return TariffPricer.price(tariffWithBasis, units, 31);
    }
}
