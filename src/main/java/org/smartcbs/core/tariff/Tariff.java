package org.smartcbs.core.tariff;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A whole tariff file: the energy schedules, the other charges and the rounding rules of one tariff version.
 *
 * <p>Instances are immutable and valid: the constructor checks every rule of the tariff file format and throws
 * {@link TariffFormatException} naming the field path and value of the first broken rule. Equality compares
 * the fields; decimals compare with {@code equals}, so {@code 5} and {@code 5.0} differ.
 *
 * <p>A tariff also keeps its pricing plan (limits, descriptions and charge references worked out once), built
 * on first use by {@link TariffPricer}.
 */
public final class Tariff {

    /** Unit of a tariff that names none. */
    public static final String DEFAULT_UNIT = "kWh";

    private final String code;
    private final String name;
    private final String currency;
    private final String unit;
    private final LocalDate effectiveFrom;
    private final LocalDate effectiveTo;
    private final Basis basis;
    private final Rounding unitRounding;
    private final List<Schedule> schedules;
    private final List<Charge> charges;
    private final BillRounding rounding;

    private volatile PricingPlan plan;

    /**
     * Creates a validated tariff.
     *
     * @param unit what is metered; {@code null} means {@value #DEFAULT_UNIT}
     * @param effectiveTo last day the tariff applies to, {@code null} when open-ended
     * @param basis period length the limits are written for, {@code null} when limits apply as written
     * @param unitRounding rounding of the units before pricing, {@code null} to price them as measured
     * @param charges the other lines in computing order; {@code null} means none
     * @param rounding line and total rounding; {@code null} means {@link BillRounding#DEFAULT}
     * @throws TariffFormatException when a rule of the format is broken
     */
    public Tariff(
            String code,
            String name,
            String currency,
            String unit,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            Basis basis,
            Rounding unitRounding,
            List<Schedule> schedules,
            List<Charge> charges,
            BillRounding rounding) {
        this.code = code;
        this.name = name;
        this.currency = currency;
        this.unit = unit != null ? unit : DEFAULT_UNIT;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.basis = basis;
        this.unitRounding = unitRounding;
        this.schedules = ModelLists.copy(schedules);
        this.charges = charges != null ? ModelLists.copy(charges) : List.of();
        this.rounding = rounding != null ? rounding : BillRounding.DEFAULT;
        TariffRules.validate(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this tariff's fields, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .code(code)
                .name(name)
                .currency(currency)
                .unit(unit)
                .effectiveFrom(effectiveFrom)
                .effectiveTo(effectiveTo)
                .basis(basis)
                .unitRounding(unitRounding)
                .schedules(schedules)
                .charges(charges)
                .rounding(rounding);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** Returns the ISO 4217 currency code. */
    public String currency() {
        return currency;
    }

    public String unit() {
        return unit;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** Returns the last day the tariff applies to, {@code null} when open-ended. */
    public LocalDate effectiveTo() {
        return effectiveTo;
    }

    /** Returns the period length the limits are written for, {@code null} when limits apply as written. */
    public Basis basis() {
        return basis;
    }

    /** Returns the rounding of the units before pricing, {@code null} when units are priced as measured. */
    public Rounding unitRounding() {
        return unitRounding;
    }

    public List<Schedule> schedules() {
        return schedules;
    }

    /** Returns the other lines in computing order, empty when there are none. */
    public List<Charge> charges() {
        return charges;
    }

    /** Returns the line and total rounding, never {@code null}. */
    public BillRounding rounding() {
        return rounding;
    }

    PricingPlan plan() {
        PricingPlan current = plan;
        if (current == null) {
            current = new PricingPlan(this);
            plan = current;
        }
        return current;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Tariff that)) {
            return false;
        }
        return code.equals(that.code)
                && name.equals(that.name)
                && currency.equals(that.currency)
                && unit.equals(that.unit)
                && effectiveFrom.equals(that.effectiveFrom)
                && Objects.equals(effectiveTo, that.effectiveTo)
                && Objects.equals(basis, that.basis)
                && Objects.equals(unitRounding, that.unitRounding)
                && schedules.equals(that.schedules)
                && charges.equals(that.charges)
                && rounding.equals(that.rounding);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, currency, unit, effectiveFrom, effectiveTo, basis, unitRounding, schedules,
                charges, rounding);
    }

    @Override
    public String toString() {
        return "Tariff[code=" + code + ", currency=" + currency + ", effectiveFrom=" + effectiveFrom
                + ", effectiveTo=" + effectiveTo + ", schedules=" + schedules.size() + ", charges=" + charges.size()
                + "]";
    }

    /** Collects the fields of a {@link Tariff}; {@link #build()} validates them. */
    public static final class Builder {

        private String code;
        private String name;
        private String currency;
        private String unit;
        private LocalDate effectiveFrom;
        private LocalDate effectiveTo;
        private Basis basis;
        private Rounding unitRounding;
        private List<Schedule> schedules;
        private List<Charge> charges;
        private BillRounding rounding;

        private Builder() {
        }

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Builder effectiveFrom(LocalDate effectiveFrom) {
            this.effectiveFrom = effectiveFrom;
            return this;
        }

        public Builder effectiveTo(LocalDate effectiveTo) {
            this.effectiveTo = effectiveTo;
            return this;
        }

        public Builder basis(Basis basis) {
            this.basis = basis;
            return this;
        }

        public Builder unitRounding(Rounding unitRounding) {
            this.unitRounding = unitRounding;
            return this;
        }

        public Builder schedules(List<Schedule> schedules) {
            this.schedules = schedules;
            return this;
        }

        public Builder charges(List<Charge> charges) {
            this.charges = charges;
            return this;
        }

        public Builder rounding(BillRounding rounding) {
            this.rounding = rounding;
            return this;
        }

        /** Builds the tariff, throwing {@link TariffFormatException} when a rule is broken. */
        public Tariff build() {
            return new Tariff(code, name, currency, unit, effectiveFrom, effectiveTo, basis, unitRounding, schedules,
                    charges, rounding);
        }
    }
}
