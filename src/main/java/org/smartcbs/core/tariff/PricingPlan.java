package org.smartcbs.core.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What {@link TariffPricer} works out once per tariff: the effective roundings, the rates as arrays, the
 * charges with their {@code of} codes resolved to line positions, and the limits with their descriptions.
 * Limits scaled by a basis are kept per period length, so pricing a period allocates no limit arrays.
 */
final class PricingPlan {

    /** Period lengths, in days, whose scaled limits are kept; longer periods scale their limits on each call. */
    static final int CACHED_PERIOD_DAYS = 400;

    /** Divisor of a prorated FIXED charge in a tariff without a basis. */
    static final int DEFAULT_PRORATE_DAYS = 30;

    final Tariff tariff;
    final Rounding lineRounding;
    final Rounding totalRounding;
    final Rounding unitRounding;
    final int basisDays;
    final int prorateDays;
    final SlabMethod[] methods;
    final BigDecimal[][] slabRates;
    final ChargePlan[] charges;
    final Limits asWritten;

    private final AtomicReferenceArray<Limits> scaledByPeriodDays =
            new AtomicReferenceArray<>(CACHED_PERIOD_DAYS + 1);

    PricingPlan(Tariff tariff) {
        this.tariff = tariff;
        this.lineRounding = effectiveLineRounding(tariff);
        this.totalRounding = tariff.rounding().total();
        this.unitRounding = tariff.unitRounding();
        this.basisDays = tariff.basis() != null ? tariff.basis().days() : 0;
        this.prorateDays = basisDays != 0 ? basisDays : DEFAULT_PRORATE_DAYS;

        List<Schedule> schedules = tariff.schedules();
        this.methods = new SlabMethod[schedules.size()];
        this.slabRates = new BigDecimal[schedules.size()][];
        for (int s = 0; s < schedules.size(); s++) {
            Schedule schedule = schedules.get(s);
            methods[s] = schedule.method();
            slabRates[s] = new BigDecimal[schedule.slabs().size()];
            for (int i = 0; i < slabRates[s].length; i++) {
                slabRates[s][i] = schedule.slabs().get(i).rate();
            }
        }

        List<Charge> chargeList = tariff.charges();
        this.charges = new ChargePlan[chargeList.size()];
        for (int c = 0; c < charges.length; c++) {
            charges[c] = new ChargePlan(chargeList.get(c), chargeList);
        }

        this.asWritten = Limits.asWritten(this);
    }

    private static Rounding effectiveLineRounding(Tariff tariff) {
        if (tariff.rounding().lines() != null) {
            return tariff.rounding().lines();
        }
        int minorUnitDigits = Currency.getInstance(tariff.currency()).getDefaultFractionDigits();
        return new Rounding(minorUnitDigits, RoundingMode.HALF_UP);
    }

    /**
     * Returns the limits for a period of {@code periodDays} when they are written for {@code limitDays}
     * (0: as written, whatever the period).
     */
    Limits limits(int periodDays, int limitDays) {
        if (limitDays == 0 || limitDays == periodDays) {
            return asWritten;
        }
        if (limitDays != basisDays || periodDays > CACHED_PERIOD_DAYS) {
            return Limits.scaled(this, periodDays, limitDays);
        }
        Limits cached = scaledByPeriodDays.get(periodDays);
        if (cached == null) {
            cached = Limits.scaled(this, periodDays, limitDays);
            scaledByPeriodDays.set(periodDays, cached);
        }
        return cached;
    }

    /** A charge with its band values as an array and its {@code of} codes resolved. */
    static final class ChargePlan {

        final Charge charge;
        final String label;
        final BigDecimal[] bandValues;
        final boolean ofEnergy;
        final boolean ofSubtotal;
        final int[] ofCharges;

        ChargePlan(Charge charge, List<Charge> allCharges) {
            this.charge = charge;
            this.label = charge.displayName();
            this.bandValues = charge.bands() == null ? null : bandValues(charge.bands());
            List<String> of = charge.of() == null ? List.of() : charge.of();
            this.ofEnergy = of.contains(BillLine.ENERGY);
            this.ofSubtotal = of.contains("SUBTOTAL");
            this.ofCharges = of.stream()
                    .filter(code -> !code.equals(BillLine.ENERGY) && !code.equals("SUBTOTAL"))
                    .mapToInt(code -> indexOf(allCharges, code))
                    .toArray();
        }

        private static BigDecimal[] bandValues(List<Band> bands) {
            BigDecimal[] values = new BigDecimal[bands.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = bands.get(i).value();
            }
            return values;
        }

        private static int indexOf(List<Charge> charges, String code) {
            for (int i = 0; i < charges.size(); i++) {
                if (charges.get(i).code().equals(code)) {
                    return i;
                }
            }
            throw new IllegalStateException("Validated charge code not found: " + code);
        }
    }
}
