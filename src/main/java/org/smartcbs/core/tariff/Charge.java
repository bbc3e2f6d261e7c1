package org.smartcbs.core.tariff;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bill line other than energy. Which of the optional fields are required or allowed depends on
 * {@link #type()}; {@link Tariff} checks them when it is built.
 *
 * @param code letters, digits and '_', unique in the tariff; ENERGY, SUBTOTAL, MINIMUM and ROUNDING are reserved
 * @param name what the bill shows, {@code null} to show the code
 * @param type the kind of charge
 * @param amount FIXED or MINIMUM amount, {@code null} otherwise or when FIXED uses bands
 * @param rate PER_UNIT rate or PERCENT percentage, {@code null} otherwise or when bands are used
 * @param bands amounts (FIXED) or rates (PER_UNIT, PERCENT) by total units, {@code null} when not used
 * @param prorate for FIXED only: multiply the amount by period days / basis days (30 without a basis)
 * @param of codes of the earlier lines a PERCENT or MINIMUM charge is taken of, {@code null} for other types
 */
public record Charge(
        String code,
        String name,
        ChargeType type,
        BigDecimal amount,
        BigDecimal rate,
        List<Band> bands,
        boolean prorate,
        List<String> of) {

    public Charge {
        bands = ModelLists.copy(bands);
        of = ModelLists.copy(of);
    }

    /** Returns the text the bill shows for this charge: its name, or its code when it has no name. */
    public String displayName() {
        return name != null ? name : code;
    }

    public static Charge fixed(String code, String name, BigDecimal amount) {
        return new Charge(code, name, ChargeType.FIXED, amount, null, null, false, null);
    }

    public static Charge fixedProrated(String code, String name, BigDecimal amount) {
        return new Charge(code, name, ChargeType.FIXED, amount, null, null, true, null);
    }

    public static Charge fixedBands(String code, String name, List<Band> bands) {
        return new Charge(code, name, ChargeType.FIXED, null, null, bands, false, null);
    }

    public static Charge perUnit(String code, String name, BigDecimal rate) {
        return new Charge(code, name, ChargeType.PER_UNIT, null, rate, null, false, null);
    }

    public static Charge percent(String code, String name, BigDecimal rate, List<String> of) {
        return new Charge(code, name, ChargeType.PERCENT, null, rate, null, false, of);
    }

    public static Charge minimum(String code, String name, BigDecimal amount, List<String> of) {
        return new Charge(code, name, ChargeType.MINIMUM, amount, null, null, false, of);
    }
}
