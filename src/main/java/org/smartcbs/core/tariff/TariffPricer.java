package org.smartcbs.core.tariff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;

import org.smartcbs.core.tariff.PricingPlan.ChargePlan;

/**
 * Prices one billing period with a tariff.
 *
 * <p>The steps follow the tariff file format: the units are rounded by {@code unitRounding}; the limits are
 * scaled by the basis; the first schedule whose limit is open or at least the units prices the energy, one
 * line per priced range; then each charge becomes one line in the tariff's order. Every line is rounded with
 * {@code rounding.lines} (default: the currency's minor unit, HALF_UP) when it is computed, and later lines
 * are taken of the rounded amounts. When {@code rounding.total} is set, the difference between the rounded
 * and the plain total becomes a last ROUNDING line. Ranges are half-open: a limit belongs to the range it
 * closes, so with limits 50 and 100, 50 units are in the first range and 50.5 in the second.
 *
 * <p>The class is stateless and thread-safe.
 */
public final class TariffPricer {

    private TariffPricer() {
    }

    /**
     * Prices {@code units} consumed in a period of {@code periodDays} days.
     *
     * @param units consumed units, zero or more, with any number of decimals
     * @param periodDays days between the previous and the current reading date, positive
     * @throws IllegalArgumentException when units are missing or negative, or periodDays is not positive
     */
    public static Quote price(Tariff tariff, BigDecimal units, int periodDays) {
        requireUnits(units);
        requirePeriodDays(periodDays);
        PricingPlan plan = tariff.plan();
        BigDecimal pricedUnits = plan.unitRounding == null ? units : plan.unitRounding.apply(units);
        return priceRoundedUnits(plan, pricedUnits, PartTerms.wholePeriod(periodDays, plan.basisDays));
    }

    /**
     * Returns the period length used when a quote gives no dates: the basis days, or 30 when the tariff has
     * no basis.
     */
    public static int defaultPeriodDays(Tariff tariff) {
        return tariff.basis() != null ? tariff.basis().days() : PricingPlan.DEFAULT_PRORATE_DAYS;
    }

    static void requireUnits(BigDecimal units) {
        if (units == null) {
            throw new IllegalArgumentException("units: missing; give the consumed units, zero or more");
        }
        if (units.signum() < 0) {
            throw new IllegalArgumentException("units: " + units.toPlainString() + " is negative; give zero or more");
        }
    }

    static void requirePeriodDays(int periodDays) {
        if (periodDays <= 0) {
            throw new IllegalArgumentException("periodDays: " + periodDays + " is not positive; a period has one day "
                    + "or more");
        }
    }

    /** Prices units that are already rounded, under the given terms. */
    static Quote priceRoundedUnits(PricingPlan plan, BigDecimal units, PartTerms terms) {
        Limits limits = plan.limits(terms.periodDays(), terms.limitDays());
        ArrayList<BillLine> lines = new ArrayList<>(plan.charges.length + 4);

        int schedule = Limits.indexContaining(limits.scheduleUpTo, units);
        BigDecimal energy = priceEnergy(plan, limits, schedule, units, lines);

        BigDecimal[] chargeAmounts = new BigDecimal[plan.charges.length];
        BigDecimal subtotal = energy;
        for (int c = 0; c < plan.charges.length; c++) {
            BillLine line = priceCharge(plan, c, limits, units, terms, energy, subtotal, chargeAmounts);
            lines.add(line);
            chargeAmounts[c] = line.amount();
            subtotal = subtotal.add(line.amount());
        }

        BigDecimal total = subtotal;
        if (terms.roundTotal() && plan.totalRounding != null) {
            BillLine rounding = roundingLine(plan.totalRounding, subtotal);
            lines.add(rounding);
            total = subtotal.add(rounding.amount());
        }
        return new Quote(plan.tariff.code(), plan.tariff.currency(), units, terms.periodDays(), lines, total);
    }

    /** Returns the line that rounds {@code subtotal} by {@code rounding}; its amount is rounded minus subtotal. */
    static BillLine roundingLine(Rounding rounding, BigDecimal subtotal) {
        BigDecimal difference = rounding.apply(subtotal).subtract(subtotal);
        String description = "Rounding of the total to " + rounding.scale() + " decimals (" + rounding.mode() + ")";
        return new BillLine(BillLine.ROUNDING, description, null, null, difference, null, null, subtotal);
    }

    private static BigDecimal priceEnergy(PricingPlan plan, Limits limits, int schedule, BigDecimal units,
            ArrayList<BillLine> lines) {
        BigDecimal[] upTo = limits.slabUpTo[schedule];
        BigDecimal[] rates = plan.slabRates[schedule];
        Rounding rounding = plan.lineRounding;

        switch (plan.methods[schedule]) {
            case TELESCOPIC -> {
                BigDecimal sum = BigDecimal.ZERO;
                BigDecimal from = BigDecimal.ZERO;
                for (int i = 0; ; i++) {
                    BigDecimal to = upTo[i];
                    boolean lastPriced = to == null || units.compareTo(to) <= 0;
                    BigDecimal quantity;
                    BigDecimal amount;
                    if (lastPriced) {
                        quantity = units.subtract(from);
                        amount = rounding.apply(quantity.multiply(rates[i]));
                    } else {
                        quantity = limits.fullQuantity[schedule][i];
                        amount = limits.fullAmount[schedule][i];
                    }
                    lines.add(BillLine.energy(limits.slabDescription[schedule][i], quantity, rates[i], amount, from,
                            to));
                    sum = sum.add(amount);
                    if (lastPriced) {
                        return sum;
                    }
                    from = to;
                }
            }
            case NON_TELESCOPIC -> {
                int k = Limits.indexContaining(upTo, units);
                BigDecimal from = k == 0 ? BigDecimal.ZERO : upTo[k - 1];
                BigDecimal amount = rounding.apply(units.multiply(rates[k]));
                lines.add(BillLine.energy(limits.allUnitsDescription[schedule][k], units, rates[k], amount, from,
                        upTo[k]));
                return amount;
            }
            case PREVIOUS_SLAB_BENEFIT -> {
                int k = Limits.indexContaining(upTo, units);
                if (k == 0) {
                    BigDecimal amount = rounding.apply(units.multiply(rates[0]));
                    lines.add(BillLine.energy(limits.slabDescription[schedule][0], units, rates[0], amount,
                            BigDecimal.ZERO, upTo[0]));
                    return amount;
                }
                BigDecimal lowerLimit = upTo[k - 1];
                BigDecimal lowerAmount = limits.upToAmount[schedule][k - 1];
                lines.add(BillLine.energy(limits.upToDescription[schedule][k - 1], lowerLimit, rates[k - 1],
                        lowerAmount, BigDecimal.ZERO, lowerLimit));
                BigDecimal rest = units.subtract(lowerLimit);
                BigDecimal restAmount = rounding.apply(rest.multiply(rates[k]));
                lines.add(BillLine.energy(limits.slabDescription[schedule][k], rest, rates[k], restAmount, lowerLimit,
                        upTo[k]));
                return lowerAmount.add(restAmount);
            }
            default -> throw new IllegalStateException("Unhandled slab method " + plan.methods[schedule]);
        }
    }

    private static BillLine priceCharge(PricingPlan plan, int index, Limits limits, BigDecimal units,
            PartTerms terms, BigDecimal energy, BigDecimal subtotal, BigDecimal[] chargeAmounts) {
        ChargePlan charge = plan.charges[index];
        Rounding rounding = plan.lineRounding;
        String code = charge.charge.code();

        switch (charge.charge.type()) {
            case FIXED -> {
                BigDecimal full = bandOrSingle(charge, limits.bandUpTo[index], units, charge.charge.amount());
                if (charge.charge.prorate() && terms.periodDays() != plan.prorateDays) {
                    BigDecimal amount = rounding.apply(ratio(full, terms.periodDays(), plan.prorateDays));
                    String description = charge.label + " (" + terms.periodDays() + "/" + plan.prorateDays + " days)";
                    return new BillLine(code, description, null, null, amount, null, null, full);
                }
                if (!charge.charge.prorate() && terms.shared()) {
                    BigDecimal amount = rounding.apply(ratio(full, terms.shareDays(), terms.wholeDays()));
                    String description = charge.label + " (" + terms.shareDays() + " of " + terms.wholeDays()
                            + " days)";
                    return new BillLine(code, description, null, null, amount, null, null, full);
                }
                return new BillLine(code, charge.label, null, null, rounding.apply(full), null, null, null);
            }
            case PER_UNIT -> {
                BigDecimal rate = bandOrSingle(charge, limits.bandUpTo[index], units, charge.charge.rate());
                BigDecimal amount = rounding.apply(units.multiply(rate));
                return new BillLine(code, charge.label, units, rate, amount, null, null, null);
            }
            case PERCENT -> {
                BigDecimal rate = bandOrSingle(charge, limits.bandUpTo[index], units, charge.charge.rate());
                BigDecimal base = sumOf(charge, energy, subtotal, chargeAmounts);
                BigDecimal amount = rounding.apply(base.multiply(rate).movePointLeft(2));
                String description = charge.label + " (" + rate.toPlainString() + "% of " + base.toPlainString() + ")";
                return new BillLine(code, description, null, rate, amount, null, null, base);
            }
            case MINIMUM -> {
                BigDecimal minimum = charge.charge.amount();
                String description = charge.label + " (minimum " + minimum.toPlainString();
                if (terms.shared()) {
                    minimum = ratio(minimum, terms.shareDays(), terms.wholeDays());
                    description += ", " + terms.shareDays() + " of " + terms.wholeDays() + " days";
                }
                BigDecimal base = sumOf(charge, energy, subtotal, chargeAmounts);
                BigDecimal shortfall = minimum.subtract(base);
                BigDecimal amount = rounding.apply(shortfall.signum() > 0 ? shortfall : BigDecimal.ZERO);
                return new BillLine(code, description + ")", null, null, amount, null, null, base);
            }
            default -> throw new IllegalStateException("Unhandled charge type " + charge.charge.type());
        }
    }

    private static BigDecimal bandOrSingle(ChargePlan charge, BigDecimal[] bandUpTo, BigDecimal units,
            BigDecimal single) {
        if (charge.bandValues == null) {
            return single;
        }
        return charge.bandValues[Limits.indexContaining(bandUpTo, units)];
    }

    /** Returns the sum of the lines named in a charge's {@code of}: ENERGY, SUBTOTAL and earlier charges. */
    private static BigDecimal sumOf(ChargePlan charge, BigDecimal energy, BigDecimal subtotal,
            BigDecimal[] chargeAmounts) {
        if (charge.ofSubtotal) {
            return subtotal;
        }
        BigDecimal sum = charge.ofEnergy ? energy : BigDecimal.ZERO;
        for (int index : charge.ofCharges) {
            sum = sum.add(chargeAmounts[index]);
        }
        return sum;
    }

    /** Returns {@code value × numerator / denominator}, multiplying first, to 34 significant digits. */
    private static BigDecimal ratio(BigDecimal value, int numerator, int denominator) {
        return value.multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128);
    }
}
