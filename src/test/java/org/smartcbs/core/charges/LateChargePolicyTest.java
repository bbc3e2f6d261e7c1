package org.smartcbs.core.charges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcbs.core.charges.LateChargePolicy.FixedAmount;
import org.smartcbs.core.charges.LateChargePolicy.GreaterOfPercentAndFixed;
import org.smartcbs.core.charges.LateChargePolicy.PercentOfCurrentCharges;
import org.smartcbs.core.charges.LateChargePolicy.PercentOfOutstanding;
import org.smartcbs.core.charges.LateChargePolicy.Step;
import org.smartcbs.core.charges.LateChargePolicy.Stepped;
import org.smartcbs.core.money.Money;

class LateChargePolicyTest {

    private static final LateChargeRounding WHOLE_UNITS = LateChargeRounding.halfUp(0);
    private static final LateChargeRounding MINOR_UNITS = LateChargeRounding.halfUp(2);

    private static Money m(String amount) {
        return Money.of(amount);
    }

    @Test
    void percentOfCurrentChargesToWholeUnit() {
        // 2% of 1234.50 = 24.69, HALF_UP to 25.
        LateChargePolicy policy = new PercentOfCurrentCharges(new BigDecimal("2"), WHOLE_UNITS);
        assertThat(policy.charge(m("1234.50"), m("5000.00"), 1)).isEqualTo(m("25.00"));
    }

    @Test
    void percentOfCurrentChargesHalfUpAtHalf() {
        // 1.5% of 1000.00 = 15.00; 1.5% of 1033.33 = 15.49995 rounds to 15 whole, 15.50 in minor units.
        LateChargePolicy whole = new PercentOfCurrentCharges(new BigDecimal("1.5"), WHOLE_UNITS);
        LateChargePolicy minor = new PercentOfCurrentCharges(new BigDecimal("1.5"), MINOR_UNITS);
        assertThat(whole.charge(m("1033.33"), m("1033.33"), 5)).isEqualTo(m("15.00"));
        assertThat(minor.charge(m("1033.33"), m("1033.33"), 5)).isEqualTo(m("15.50"));
        // 1.5% of 1100.00 = 16.50, HALF_UP to 17.
        assertThat(whole.charge(m("1100.00"), m("0.00"), 5)).isEqualTo(m("17.00"));
    }

    @Test
    void percentOfOutstanding() {
        // 2% of the outstanding 3450.00 = 69.00; the current charges 1000.00 play no part.
        LateChargePolicy policy = new PercentOfOutstanding(new BigDecimal("2"), WHOLE_UNITS);
        assertThat(policy.charge(m("1000.00"), m("3450.00"), 10)).isEqualTo(m("69.00"));
    }

    @Test
    void fixedAmount() {
        LateChargePolicy policy = new FixedAmount(m("50.00"), WHOLE_UNITS);
        assertThat(policy.charge(m("1000.00"), m("3450.00"), 1)).isEqualTo(m("50.00"));
        assertThat(policy.charge(m("0.00"), m("0.00"), 30)).isEqualTo(m("50.00"));
        // 50.40 to the whole unit HALF_UP is 50.
        assertThat(new FixedAmount(m("50.40"), WHOLE_UNITS).charge(m("1.00"), m("1.00"), 1)).isEqualTo(m("50.00"));
    }

    @Test
    void greaterOfPercentAndFixed() {
        LateChargePolicy policy = new GreaterOfPercentAndFixed(LateChargeBase.CURRENT_CHARGES, new BigDecimal("2"),
                m("50.00"), WHOLE_UNITS);
        // 2% of 1000.00 = 20.00 is below the fixed 50.00.
        assertThat(policy.charge(m("1000.00"), m("1000.00"), 1)).isEqualTo(m("50.00"));
        // 2% of 4321.00 = 86.42 is above 50.00, rounded to 86.
        assertThat(policy.charge(m("4321.00"), m("4321.00"), 1)).isEqualTo(m("86.00"));
    }

    @Test
    void greaterOfOnOutstanding() {
        LateChargePolicy policy = new GreaterOfPercentAndFixed(LateChargeBase.OUTSTANDING, new BigDecimal("5"),
                m("25.00"), MINOR_UNITS);
        // 5% of the outstanding 800.10 = 40.005, HALF_UP to 40.01, above the fixed 25.00.
        assertThat(policy.charge(m("100.00"), m("800.10"), 2)).isEqualTo(m("40.01"));
    }

    @Test
    void steppedByDaysLate() {
        // 5% up to day 3, 10% after; current charges 1000.00.
        LateChargePolicy policy = new Stepped(LateChargeBase.CURRENT_CHARGES,
                List.of(new Step(3, new BigDecimal("5")), new Step(null, new BigDecimal("10"))), WHOLE_UNITS);
        // Days 1 to 3: 5% of 1000.00 = 50.00.
        assertThat(policy.charge(m("1000.00"), m("1500.00"), 1)).isEqualTo(m("50.00"));
        assertThat(policy.charge(m("1000.00"), m("1500.00"), 3)).isEqualTo(m("50.00"));
        // Day 4 on: 10% of 1000.00 = 100.00.
        assertThat(policy.charge(m("1000.00"), m("1500.00"), 4)).isEqualTo(m("100.00"));
        assertThat(policy.charge(m("1000.00"), m("1500.00"), 365)).isEqualTo(m("100.00"));
    }

    @Test
    void threeStepsOnOutstanding() {
        LateChargePolicy policy = new Stepped(LateChargeBase.OUTSTANDING, List.of(
                new Step(7, new BigDecimal("1")),
                new Step(30, new BigDecimal("2.5")),
                new Step(null, new BigDecimal("4"))), MINOR_UNITS);
        // 1% of 999.99 = 9.9999 -> 10.00; 2.5% = 24.99975 -> 25.00; 4% = 39.9996 -> 40.00.
        assertThat(policy.charge(m("0.00"), m("999.99"), 7)).isEqualTo(m("10.00"));
        assertThat(policy.charge(m("0.00"), m("999.99"), 8)).isEqualTo(m("25.00"));
        assertThat(policy.charge(m("0.00"), m("999.99"), 31)).isEqualTo(m("40.00"));
    }

    @Test
    void notLateIsZero() {
        List<LateChargePolicy> policies = List.of(
                new PercentOfCurrentCharges(BigDecimal.TEN, WHOLE_UNITS),
                new PercentOfOutstanding(BigDecimal.TEN, WHOLE_UNITS),
                new FixedAmount(m("50.00"), WHOLE_UNITS),
                new GreaterOfPercentAndFixed(LateChargeBase.OUTSTANDING, BigDecimal.TEN, m("50.00"), WHOLE_UNITS),
                new Stepped(LateChargeBase.OUTSTANDING, List.of(new Step(null, BigDecimal.TEN)), WHOLE_UNITS));
        for (LateChargePolicy policy : policies) {
            assertThat(policy.charge(m("100.00"), m("100.00"), 0)).as("%s on day 0", policy).isEqualTo(Money.ZERO);
            assertThat(policy.charge(m("100.00"), m("100.00"), -3)).as("%s before due", policy)
                    .isEqualTo(Money.ZERO);
        }
    }

    @Test
    void otherRoundingModes() {
        // 3% of 1010.00 = 30.30: DOWN to tens is 30, UP to tens is 40, HALF_EVEN to the whole unit is 30.
        BigDecimal three = new BigDecimal("3");
        assertThat(new PercentOfCurrentCharges(three, new LateChargeRounding(-1, RoundingMode.DOWN))
                .charge(m("1010.00"), m("0.00"), 1)).isEqualTo(m("30.00"));
        assertThat(new PercentOfCurrentCharges(three, new LateChargeRounding(-1, RoundingMode.UP))
                .charge(m("1010.00"), m("0.00"), 1)).isEqualTo(m("40.00"));
        assertThat(new PercentOfCurrentCharges(three, new LateChargeRounding(0, RoundingMode.HALF_EVEN))
                .charge(m("1010.00"), m("0.00"), 1)).isEqualTo(m("30.00"));
    }

    @Test
    void matchesLateChargeRuleExamples() {
        // 1.5% of 1033.33 = 15.49995: the rule and the policy both give 15 at scale 0 and 15.50 at scale 2.
        for (int scale = 0; scale <= 2; scale++) {
            LateChargeRule rule = new LateChargeRule(new BigDecimal("1.5"), scale);
            LateChargePolicy policy =
                    new PercentOfCurrentCharges(new BigDecimal("1.5"), LateChargeRounding.halfUp(scale));
            assertThat(policy.charge(m("1033.33"), m("9999.00"), 1)).as("scale %d", scale)
                    .isEqualTo(rule.chargeOn(m("1033.33")));
        }
    }

    @Test
    void rejectsInvalidSteps() {
        assertThatThrownBy(() -> new Stepped(LateChargeBase.CURRENT_CHARGES, List.of(), WHOLE_UNITS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no steps");
        assertThatThrownBy(() -> new Stepped(LateChargeBase.CURRENT_CHARGES,
                List.of(new Step(3, BigDecimal.ONE)), WHOLE_UNITS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("last late charge step ends at day 3");
        assertThatThrownBy(() -> new Stepped(LateChargeBase.CURRENT_CHARGES,
                List.of(new Step(null, BigDecimal.ONE), new Step(null, BigDecimal.TEN)), WHOLE_UNITS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("step 1 of 2 has no upToDaysLate");
        assertThatThrownBy(() -> new Stepped(LateChargeBase.CURRENT_CHARGES, List.of(new Step(5, BigDecimal.ONE),
                new Step(5, BigDecimal.TEN), new Step(null, BigDecimal.TEN)), WHOLE_UNITS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("up to day 5 and up to day 5 are not in ascending order");
        assertThatThrownBy(() -> new Step(0, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("up to day 0");
    }

    @Test
    void rejectsInvalidValues() {
        assertThatThrownBy(() -> new PercentOfCurrentCharges(new BigDecimal("-1"), WHOLE_UNITS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("late charge percent -1 is negative");
        assertThatThrownBy(() -> new FixedAmount(m("-5.00"), WHOLE_UNITS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixed late charge -5.00 is negative");
        assertThatThrownBy(() -> new LateChargeRounding(3, RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("late charge scale 3");
        assertThatThrownBy(() -> new LateChargeRounding(0, RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UNNECESSARY");
        LateChargePolicy policy = new PercentOfOutstanding(BigDecimal.ONE, WHOLE_UNITS);
        assertThatThrownBy(() -> policy.charge(m("-1.00"), m("10.00"), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("current charges -1.00");
        assertThatThrownBy(() -> policy.charge(m("1.00"), m("-10.00"), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outstanding -10.00");
    }
}
