package org.smartcbs.core.charges;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.smartcbs.core.charges.LateChargePolicy.GreaterOfPercentAndFixed;
import org.smartcbs.core.charges.LateChargePolicy.PercentOfCurrentCharges;
import org.smartcbs.core.charges.LateChargePolicy.Step;
import org.smartcbs.core.charges.LateChargePolicy.Stepped;
import org.smartcbs.core.money.Money;

class LateChargePolicyProperties {

    @Property
    void percentOfCurrentChargesEqualsLateChargeRule(
            @ForAll @BigRange(min = "0", max = "10000000") @Scale(2) BigDecimal currentCharges,
            @ForAll @BigRange(min = "0", max = "50") @Scale(3) BigDecimal percent,
            @ForAll @IntRange(min = 0, max = 2) int scale,
            @ForAll @BigRange(min = "0", max = "10000000") @Scale(2) BigDecimal outstanding,
            @ForAll @LongRange(min = 1, max = 3650) long daysLate) {
        LateChargeRule rule = new LateChargeRule(percent, scale);
        LateChargePolicy policy = new PercentOfCurrentCharges(percent, LateChargeRounding.halfUp(scale));

        assertThat(policy.charge(Money.of(currentCharges), Money.of(outstanding), daysLate))
                .isEqualTo(rule.chargeOn(Money.of(currentCharges)));
    }

    @Property
    void greaterOfIsMaxOfParts(@ForAll @BigRange(min = "0", max = "10000000") @Scale(2) BigDecimal amount,
            @ForAll @BigRange(min = "0", max = "50") @Scale(2) BigDecimal percent,
            @ForAll @BigRange(min = "0", max = "1000") @Scale(0) BigDecimal fixed) {
        // A whole fixed amount is unchanged by whole-unit rounding, so the result is the larger of the two charges.
        LateChargeRounding whole = LateChargeRounding.halfUp(0);
        Money charge = new GreaterOfPercentAndFixed(LateChargeBase.CURRENT_CHARGES, percent, Money.of(fixed), whole)
                .charge(Money.of(amount), Money.ZERO, 1);
        Money byPercent = new PercentOfCurrentCharges(percent, whole).charge(Money.of(amount), Money.ZERO, 1);

        assertThat(charge).isEqualTo(byPercent.max(Money.of(fixed)));
    }

    @Property
    void steppedUsesStepOfTheDay(@ForAll @BigRange(min = "0", max = "10000000") @Scale(2) BigDecimal outstanding,
            @ForAll @LongRange(min = 1, max = 400) long daysLate) {
        Stepped policy = new Stepped(LateChargeBase.OUTSTANDING,
                List.of(new Step(3, new BigDecimal("5")), new Step(null, new BigDecimal("10"))),
                LateChargeRounding.halfUp(0));
        BigDecimal percent = daysLate <= 3 ? new BigDecimal("5") : new BigDecimal("10");

        Money expected = new LateChargePolicy.PercentOfOutstanding(percent, LateChargeRounding.halfUp(0))
                .charge(Money.ZERO, Money.of(outstanding), daysLate);

        assertThat(policy.charge(Money.ZERO, Money.of(outstanding), daysLate)).isEqualTo(expected);
    }
}
