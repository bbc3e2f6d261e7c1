package org.smartcbs.core.tariff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The limits of a tariff for one period length, with the energy line descriptions that show them. A
 * {@code null} limit is open.
 */
final class Limits {

    final BigDecimal[] scheduleUpTo;
    final BigDecimal[][] slabUpTo;
    final BigDecimal[][] bandUpTo;

    /** "Energy 50-100": the units inside slab i. */
    final String[][] slabDescription;

    /** "Energy 50-100 (all units)": every unit at the rate of slab i (NON_TELESCOPIC). */
    final String[][] allUnitsDescription;

    /** "Energy 0-100": the units up to the upper limit of slab i (first line of PREVIOUS_SLAB_BENEFIT). */
    final String[][] upToDescription;

    /** Units inside slab i when the period passes its limit; {@code null} for the open last slab. */
    final BigDecimal[][] fullQuantity;

    /** Rounded amount of {@link #fullQuantity} at slab i's rate, the TELESCOPIC line of a slab passed in full. */
    final BigDecimal[][] fullAmount;

    /** Rounded amount of all units up to slab i's limit at slab i's rate (first line of PREVIOUS_SLAB_BENEFIT). */
    final BigDecimal[][] upToAmount;

    private Limits(BigDecimal[] scheduleUpTo, BigDecimal[][] slabUpTo, BigDecimal[][] bandUpTo,
            BigDecimal[][] slabRates, Rounding lineRounding) {
        this.scheduleUpTo = scheduleUpTo;
        this.slabUpTo = slabUpTo;
        this.bandUpTo = bandUpTo;
        this.slabDescription = new String[slabUpTo.length][];
        this.allUnitsDescription = new String[slabUpTo.length][];
        this.upToDescription = new String[slabUpTo.length][];
        this.fullQuantity = new BigDecimal[slabUpTo.length][];
        this.fullAmount = new BigDecimal[slabUpTo.length][];
        this.upToAmount = new BigDecimal[slabUpTo.length][];
        for (int s = 0; s < slabUpTo.length; s++) {
            BigDecimal[] limits = slabUpTo[s];
            slabDescription[s] = new String[limits.length];
            allUnitsDescription[s] = new String[limits.length];
            upToDescription[s] = new String[limits.length];
            fullQuantity[s] = new BigDecimal[limits.length];
            fullAmount[s] = new BigDecimal[limits.length];
            upToAmount[s] = new BigDecimal[limits.length];
            for (int i = 0; i < limits.length; i++) {
                BigDecimal from = i == 0 ? BigDecimal.ZERO : limits[i - 1];
                String range = range(from, limits[i]);
                slabDescription[s][i] = "Energy " + range;
                allUnitsDescription[s][i] = "Energy " + range + " (all units)";
                upToDescription[s][i] = "Energy " + range(BigDecimal.ZERO, limits[i]);
                if (limits[i] != null) {
                    BigDecimal rate = slabRates[s][i];
                    fullQuantity[s][i] = limits[i].subtract(from);
                    fullAmount[s][i] = lineRounding.apply(fullQuantity[s][i].multiply(rate));
                    upToAmount[s][i] = lineRounding.apply(limits[i].multiply(rate));
                }
            }
        }
    }

    static Limits asWritten(PricingPlan plan) {
        return build(plan, null, 0);
    }

    /**
     * Scales every limit to {@code limit × periodDays / limitDays}, multiplying first and dividing with
     * {@link MathContext#DECIMAL128}; the scaled limit is not rounded further.
     */
    static Limits scaled(PricingPlan plan, int periodDays, int limitDays) {
        return build(plan, BigDecimal.valueOf(periodDays), limitDays);
    }

    private static Limits build(PricingPlan plan, BigDecimal periodDays, int limitDays) {
        Tariff tariff = plan.tariff;
        BigDecimal divisor = limitDays == 0 ? null : BigDecimal.valueOf(limitDays);
        List<Schedule> schedules = tariff.schedules();
        BigDecimal[] scheduleUpTo = new BigDecimal[schedules.size()];
        BigDecimal[][] slabUpTo = new BigDecimal[schedules.size()][];
        for (int s = 0; s < schedules.size(); s++) {
            scheduleUpTo[s] = scale(schedules.get(s).upTo(), periodDays, divisor);
            List<Slab> slabs = schedules.get(s).slabs();
            slabUpTo[s] = new BigDecimal[slabs.size()];
            for (int i = 0; i < slabs.size(); i++) {
                slabUpTo[s][i] = scale(slabs.get(i).upTo(), periodDays, divisor);
            }
        }
        List<Charge> charges = tariff.charges();
        BigDecimal[][] bandUpTo = new BigDecimal[charges.size()][];
        for (int c = 0; c < charges.size(); c++) {
            List<Band> bands = charges.get(c).bands();
            if (bands == null) {
                continue;
            }
            bandUpTo[c] = new BigDecimal[bands.size()];
            for (int i = 0; i < bands.size(); i++) {
                bandUpTo[c][i] = scale(bands.get(i).upTo(), periodDays, divisor);
            }
        }
        return new Limits(scheduleUpTo, slabUpTo, bandUpTo, plan.slabRates, plan.lineRounding);
    }

    private static BigDecimal scale(BigDecimal limit, BigDecimal periodDays, BigDecimal divisor) {
        if (limit == null || divisor == null) {
            return limit;
        }
        return limit.multiply(periodDays).divide(divisor, MathContext.DECIMAL128);
    }

    /** Returns the index of the first range whose limit is open or at least {@code units}. */
    static int indexContaining(BigDecimal[] upTo, BigDecimal units) {
        int last = upTo.length - 1;
        for (int i = 0; i < last; i++) {
            if (units.compareTo(upTo[i]) <= 0) {
                return i;
            }
        }
        return last;
    }

    private static String range(BigDecimal from, BigDecimal to) {
        if (to == null) {
            return "above " + formatLimit(from);
        }
        return formatLimit(from) + "-" + formatLimit(to);
    }

    /** Formats a limit for a description: plain, and at most two decimals for a scaled limit such as 51.67. */
    private static String formatLimit(BigDecimal limit) {
        BigDecimal plain = limit.stripTrailingZeros();
        if (plain.scale() > 2) {
            plain = plain.setScale(2, RoundingMode.HALF_UP);
        }
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return plain.toPlainString();
    }
}
