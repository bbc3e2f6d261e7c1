package org.smartcbs.core.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices a billing period that spans two or more tariff versions, such as a period in which a new tariff took
 * effect.
 */
public final class PeriodPricer {

    private PeriodPricer() {
    }

    /**
     * Prices {@code units} consumed over the days of all {@code parts}, each part with its own tariff.
     *
     * <p>The rule, with D the total days and d the days of one part:
     * <ol>
     *   <li>The units are rounded once, by the {@code unitRounding} of the last part's tariff (the version in
     *       force on the current reading date), and not again per part.</li>
     *   <li>The units are apportioned by days with cumulative rounding: a part whose last day is day c of the
     *       period ends at {@code units × c / D}, rounded HALF_UP to the scale of the units, and gets that figure
     *       minus the one of the part before it. So no share is negative, and the last part takes the remainder
     *       and the shares add up to the units exactly.</li>
     *   <li>Each part is priced for its own d days. With a basis, limits become {@code limit × d / basis days};
     *       without one, limits are written for the whole period and become {@code limit × d / D}. A FIXED
     *       charge with {@code prorate} is prorated by d / basis days (30 without a basis) as in a period of d
     *       days.</li>
     *   <li>A FIXED charge without {@code prorate}, and the amount of a MINIMUM charge, are multiplied by d / D,
     *       so each is charged once over the whole period. Each part's share is rounded on its own line, so
     *       the shares may differ from the whole amount by up to half a minor unit per part.</li>
     *   <li>The parts' totals are not rounded. The combined total is rounded by the {@code rounding.total} of
     *       the last part's tariff, and the difference is returned as the ROUNDING line of the result.</li>
     * </ol>
     *
     * @param parts the tariff versions in period order, each with its days; at least one, all in one currency
     * @param units consumed units of the whole period, zero or more
     * @throws IllegalArgumentException when parts are missing or differ in currency, or units are negative
     */
    public static SplitQuote priceAcross(List<TariffPeriodPart> parts, BigDecimal units) {
        if (parts == null || parts.isEmpty()) {
            throw new IllegalArgumentException("parts: missing; a period needs at least one tariff version");
        }
        TariffPricer.requireUnits(units);
        String currency = parts.get(0).tariff().currency();
        int wholeDays = 0;
        for (TariffPeriodPart part : parts) {
            if (!part.tariff().currency().equals(currency)) {
                throw new IllegalArgumentException("parts: tariff " + part.tariff().code() + " is priced in "
                        + part.tariff().currency() + ", not " + currency + "; a period is billed in one currency");
            }
            wholeDays = Math.addExact(wholeDays, part.days());
        }

        PricingPlan lastPlan = parts.get(parts.size() - 1).tariff().plan();
        BigDecimal rounded = lastPlan.unitRounding == null ? units : lastPlan.unitRounding.apply(units);
        int unitScale = Math.max(0, rounded.scale());

        List<Quote> quotes = new ArrayList<>(parts.size());
        BigDecimal apportionedSoFar = BigDecimal.ZERO.setScale(unitScale);
        BigDecimal total = BigDecimal.ZERO;
        int daysSoFar = 0;
        for (TariffPeriodPart part : parts) {
            daysSoFar += part.days();
            BigDecimal apportionedToEnd = rounded.multiply(BigDecimal.valueOf(daysSoFar))
                    .divide(BigDecimal.valueOf(wholeDays), unitScale, RoundingMode.HALF_UP);
            BigDecimal share = apportionedToEnd.subtract(apportionedSoFar);
            apportionedSoFar = apportionedToEnd;

            PricingPlan plan = part.tariff().plan();
            int limitDays = plan.basisDays != 0 ? plan.basisDays : wholeDays;
            PartTerms terms = new PartTerms(part.days(), limitDays, part.days(), wholeDays, false);
            Quote quote = TariffPricer.priceRoundedUnits(plan, share, terms);
            quotes.add(quote);
            total = total.add(quote.total());
        }

        BillLine rounding = null;
        if (lastPlan.totalRounding != null) {
            rounding = TariffPricer.roundingLine(lastPlan.totalRounding, total);
            total = total.add(rounding.amount());
        }
        return new SplitQuote(quotes, currency, rounded, wholeDays, rounding, total);
    }
}
