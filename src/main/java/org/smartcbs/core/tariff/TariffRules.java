package org.smartcbs.core.tariff;

import static org.smartcbs.core.tariff.TariffFormatException.invalid;
import static org.smartcbs.core.tariff.TariffFormatException.invalidAsWritten;
import static org.smartcbs.core.tariff.TariffFormatException.missing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of the tariff file format that concern values rather than JSON syntax. Each check throws
 * {@link TariffFormatException} with the field path and value of the first broken rule.
 */
final class TariffRules {

    static final Set<String> RESERVED_CODES = Set.of("ENERGY", "SUBTOTAL", "MINIMUM", "ROUNDING");

    private static final Pattern TARIFF_CODE = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern CHARGE_CODE = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    /** Maximum length of a tariff code, the size of the tariff_version.code column. */
    static final int MAX_TARIFF_CODE = 60;

    /** Maximum length of a tariff name, the size of the tariff_version.name column. */
    static final int MAX_TARIFF_NAME = 300;

    /** Maximum length of a charge code, the size of the bill_line.code column. */
    static final int MAX_CHARGE_CODE = 40;

    /**
     * Maximum length of a charge name. A bill line description (200 characters) is the name plus a suffix such as
     * " (18% of 6.00)", and 100 leaves room for the longest suffix of in-range decimals.
     */
    static final int MAX_CHARGE_NAME = 100;

    /** Characters of an over-long value that an error message shows. */
    private static final int SHOWN_CHARACTERS = 20;

    private TariffRules() {
    }

    static void validate(Tariff tariff) {
        validateCode(tariff.code());
        requireText("name", tariff.name(), "a tariff needs a name");
        requireMaxLength("name", tariff.name(), MAX_TARIFF_NAME);
        validateCurrency(tariff);
        requireText("unit", tariff.unit(), "write what is metered, such as kWh or m3");
        validateDates(tariff);
        if (tariff.basis() != null && tariff.basis().days() <= 0) {
            throw invalid("basis.days", tariff.basis().days(), "is not positive; write the days the limits are set for");
        }
        if (tariff.unitRounding() != null) {
            validateRounding("unitRounding", tariff.unitRounding());
        }
        validateSchedules(tariff.schedules());
        validateCharges(tariff.charges());
        if (tariff.rounding().lines() != null) {
            validateRounding("rounding.lines", tariff.rounding().lines());
        }
        if (tariff.rounding().total() != null) {
            validateRounding("rounding.total", tariff.rounding().total());
        }
    }

    private static void validateCode(String code) {
        if (code == null) {
            throw missing("code", "a tariff needs a code");
        }
        requireMaxLength("code", code, MAX_TARIFF_CODE);
        if (!TARIFF_CODE.matcher(code).matches()) {
            throw invalid("code", code, "is invalid; a tariff code contains only letters, digits, '-' and '_'");
        }
    }

    private static void validateCurrency(Tariff tariff) {
        String code = tariff.currency();
        if (code == null) {
            throw missing("currency", "write an ISO 4217 code such as PKR or USD");
        }
        if (!CURRENCY_CODE.matcher(code).matches()) {
            throw invalid("currency", code, "is invalid; write an ISO 4217 code of three capital letters");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw invalid("currency", code, "is not an ISO 4217 currency code");
        }
        if (currency.getDefaultFractionDigits() < 0 && tariff.rounding().lines() == null) {
            throw invalid("currency", code, "has no minor unit, so rounding.lines is required");
        }
    }

    private static void validateDates(Tariff tariff) {
        if (tariff.effectiveFrom() == null) {
            throw missing("effectiveFrom", "write the first day the tariff applies to as YYYY-MM-DD");
        }
        if (tariff.effectiveTo() != null && tariff.effectiveTo().isBefore(tariff.effectiveFrom())) {
            throw invalid("effectiveTo", tariff.effectiveTo().toString(),
                    "is before effectiveFrom " + tariff.effectiveFrom());
        }
    }

    private static void validateRounding(String path, Rounding rounding) {
        if (rounding.mode() == null) {
            throw missing(path + ".mode", "write one of " + roundingModeNames());
        }
        if (rounding.mode() == RoundingMode.UNNECESSARY) {
            throw invalid(path + ".mode", rounding.mode().name(), "is not allowed; write one of " + roundingModeNames());
        }
        if (rounding.scale() < Rounding.MIN_SCALE || rounding.scale() > Rounding.MAX_SCALE) {
            throw invalid(path + ".scale", rounding.scale(),
                    "is out of range; the scale must be from " + Rounding.MIN_SCALE + " to " + Rounding.MAX_SCALE);
        }
    }

    static String roundingModeNames() {
        return "HALF_UP, HALF_EVEN, DOWN, UP, FLOOR, CEILING";
    }

    private static void validateSchedules(List<Schedule> schedules) {
        if (schedules == null) {
            throw missing("schedules", "a tariff needs at least one schedule");
        }
        if (schedules.isEmpty()) {
            throw invalidAsWritten("schedules", "[]", "is empty; a tariff needs at least one schedule");
        }
        for (int i = 0; i < schedules.size(); i++) {
            String path = "schedules[" + i + "]";
            Schedule schedule = schedules.get(i);
            if (schedule == null) {
                throw missing(path, "a schedule is an object with upTo, method and slabs");
            }
            validateLimit(path, "schedule", i, schedules.size(), schedule.upTo(), i == 0 ? null : schedules.get(i - 1).upTo());
            if (schedule.method() == null) {
                throw missing(path + ".method", "write TELESCOPIC, NON_TELESCOPIC or PREVIOUS_SLAB_BENEFIT");
            }
            validateSlabs(path + ".slabs", schedule.slabs());
        }
    }

    private static void validateSlabs(String path, List<Slab> slabs) {
        if (slabs == null) {
            throw missing(path, "a schedule needs at least one slab");
        }
        if (slabs.isEmpty()) {
            throw invalidAsWritten(path, "[]", "is empty; a schedule needs at least one slab");
        }
        for (int i = 0; i < slabs.size(); i++) {
            String slabPath = path + "[" + i + "]";
            Slab slab = slabs.get(i);
            if (slab == null) {
                throw missing(slabPath, "a slab is an object with upTo and rate");
            }
            validateLimit(slabPath, "slab", i, slabs.size(), slab.upTo(), i == 0 ? null : slabs.get(i - 1).upTo());
            requireNotNegative(slabPath + ".rate", slab.rate(), "a slab needs a rate per unit");
        }
    }

    private static void validateBands(String path, List<Band> bands, String valueField) {
        if (bands.isEmpty()) {
            throw invalidAsWritten(path, "[]", "is empty; bands need at least one band");
        }
        for (int i = 0; i < bands.size(); i++) {
            String bandPath = path + "[" + i + "]";
            Band band = bands.get(i);
            if (band == null) {
                throw missing(bandPath, "a band is an object with upTo and " + valueField);
            }
            validateLimit(bandPath, "band", i, bands.size(), band.upTo(), i == 0 ? null : bands.get(i - 1).upTo());
            requireNotNegative(bandPath + "." + valueField, band.value(), "a band needs " + valueField);
        }
    }

    /**
     * Checks one limit of a list: in range, not negative, above the previous limit or above 0 for the first entry,
     * and {@code null} exactly on the last entry.
     * The previous limit is never {@code null} here, because an earlier {@code null} fails first.
     */
    private static void validateLimit(String path, String entry, int index, int count, BigDecimal upTo,
            BigDecimal previous) {
        String limitPath = path + ".upTo";
        boolean last = index == count - 1;
        if (upTo == null) {
            if (!last) {
                throw invalid(limitPath, null, "is allowed only on the last " + entry + "; give this " + entry
                        + " an upper limit");
            }
            return;
        }
        if (last) {
            throw invalid(limitPath, upTo, "must be null, because the last " + entry + " has no upper limit");
        }
        TariffDecimals.requireInRange(limitPath, upTo);
        if (upTo.signum() < 0) {
            throw invalid(limitPath, upTo, "is negative; limits are units from 0 up");
        }
        if (previous == null && upTo.signum() == 0) {
            throw invalid(limitPath, upTo, "is not above 0; the first range starts at 0, so its limit must be above 0");
        }
        if (previous != null && upTo.compareTo(previous) <= 0) {
            throw invalid(limitPath, upTo, "is not above the previous limit " + previous.toPlainString());
        }
    }

    private static void validateCharges(List<Charge> charges) {
        Set<String> earlierCodes = new HashSet<>();
        for (int i = 0; i < charges.size(); i++) {
            String path = "charges[" + i + "]";
            Charge charge = charges.get(i);
            if (charge == null) {
                throw missing(path, "a charge is an object with code, type and its amount or rate");
            }
            validateChargeCode(path + ".code", charge.code(), earlierCodes);
            if (charge.name() != null && charge.name().isBlank()) {
                throw invalid(path + ".name", charge.name(), "is blank; leave name out to show the code");
            }
            if (charge.name() != null) {
                requireMaxLength(path + ".name", charge.name(), MAX_CHARGE_NAME);
            }
            if (charge.type() == null) {
                throw missing(path + ".type", "write FIXED, PER_UNIT, PERCENT or MINIMUM");
            }
            switch (charge.type()) {
                case FIXED -> validateFixed(path, charge);
                case PER_UNIT -> validatePerUnit(path, charge);
                case PERCENT -> validatePercent(path, charge);
                case MINIMUM -> validateMinimum(path, charge);
                default -> throw new IllegalStateException("Unhandled charge type " + charge.type());
            }
            if (charge.of() != null) {
                validateOf(path + ".of", charge.of(), earlierCodes);
            }
            earlierCodes.add(charge.code());
        }
    }

    private static void validateChargeCode(String path, String code, Set<String> earlierCodes) {
        if (code == null) {
            throw missing(path, "a charge needs a code");
        }
        requireMaxLength(path, code, MAX_CHARGE_CODE);
        if (!CHARGE_CODE.matcher(code).matches()) {
            throw invalid(path, code, "is invalid; a charge code contains only letters, digits and '_'");
        }
        if (RESERVED_CODES.contains(code.toUpperCase(Locale.ROOT))) {
            throw invalid(path, code, "is reserved; ENERGY, SUBTOTAL, MINIMUM and ROUNDING name lines of every bill");
        }
        if (earlierCodes.contains(code)) {
            throw invalid(path, code, "is used by an earlier charge; charge codes must be unique");
        }
    }

    private static void validateFixed(String path, Charge charge) {
        forbid(path + ".rate", charge.rate(), "FIXED", "amount or bands");
        forbid(path + ".of", charge.of(), "FIXED", "amount or bands");
        requireOneOf(path, charge, "amount", charge.amount() != null, "FIXED");
        if (charge.amount() != null) {
            requireNotNegative(path + ".amount", charge.amount(), "");
        } else {
            validateBands(path + ".bands", charge.bands(), "amount");
        }
    }

    private static void validatePerUnit(String path, Charge charge) {
        forbid(path + ".amount", charge.amount(), "PER_UNIT", "rate or bands");
        forbid(path + ".of", charge.of(), "PER_UNIT", "rate or bands");
        forbidProrate(path, charge);
        requireOneOf(path, charge, "rate", charge.rate() != null, "PER_UNIT");
        if (charge.rate() != null) {
            requireNotNegative(path + ".rate", charge.rate(), "");
        } else {
            validateBands(path + ".bands", charge.bands(), "rate");
        }
    }

    private static void validatePercent(String path, Charge charge) {
        forbid(path + ".amount", charge.amount(), "PERCENT", "rate or bands, and of");
        forbidProrate(path, charge);
        requireOneOf(path, charge, "rate", charge.rate() != null, "PERCENT");
        if (charge.rate() != null) {
            requireNotNegative(path + ".rate", charge.rate(), "");
        } else {
            validateBands(path + ".bands", charge.bands(), "rate");
        }
        if (charge.of() == null) {
            throw missing(path + ".of", "a PERCENT charge needs the codes of the lines it is taken of");
        }
    }

    private static void validateMinimum(String path, Charge charge) {
        forbid(path + ".rate", charge.rate(), "MINIMUM", "amount and of");
        forbid(path + ".bands", charge.bands(), "MINIMUM", "amount and of");
        forbidProrate(path, charge);
        if (charge.amount() == null) {
            throw missing(path + ".amount", "a MINIMUM charge needs the minimum amount");
        }
        requireNotNegative(path + ".amount", charge.amount(), "");
        if (charge.of() == null) {
            throw missing(path + ".of", "a MINIMUM charge needs the codes of the lines it tops up");
        }
    }

    private static void validateOf(String path, List<String> of, Set<String> earlierCodes) {
        if (of.isEmpty()) {
            throw invalidAsWritten(path, "[]", "is empty; name at least one earlier line, such as ENERGY or SUBTOTAL");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < of.size(); i++) {
            String itemPath = path + "[" + i + "]";
            String code = of.get(i);
            if (code == null) {
                throw missing(itemPath, "write a line code such as ENERGY, SUBTOTAL or an earlier charge code");
            }
            boolean known = code.equals("ENERGY") || code.equals("SUBTOTAL") || earlierCodes.contains(code);
            if (!known) {
                throw invalid(itemPath, code, "does not name an earlier line; use ENERGY, SUBTOTAL or the code of "
                        + "a charge written before this one");
            }
            if (!seen.add(code)) {
                throw invalid(itemPath, code, "is listed twice; each line may be counted once");
            }
        }
        if (seen.contains("SUBTOTAL") && of.size() > 1) {
            throw invalidAsWritten(path, of.toString(),
                    "combines SUBTOTAL with other codes; SUBTOTAL already counts every earlier line");
        }
    }

    private static void requireOneOf(String path, Charge charge, String single, boolean hasSingle, String type) {
        boolean hasBands = charge.bands() != null;
        if (hasSingle && hasBands) {
            throw invalidAsWritten(path + ".bands", bandCount(charge.bands()),
                    "are given together with " + single + "; a " + type + " charge takes " + single
                            + " or bands, not both");
        }
        if (!hasSingle && !hasBands) {
            throw missing(path + "." + single, "a " + type + " charge needs " + single + " or bands");
        }
    }

    private static void forbid(String path, Object value, String type, String takes) {
        if (value != null) {
            boolean bands = value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Band;
            String valueText = bands ? bandCount((List<?>) value) : TariffFormatException.show(value);
            throw invalidAsWritten(path, valueText,
                    "is not allowed for a " + type + " charge, which takes " + takes);
        }
    }

    private static String bandCount(List<?> bands) {
        return "[" + bands.size() + (bands.size() == 1 ? " band]" : " bands]");
    }

    private static void forbidProrate(String path, Charge charge) {
        if (charge.prorate()) {
            throw invalid(path + ".prorate", true, "is allowed only for a FIXED charge");
        }
    }

    private static void requireNotNegative(String path, BigDecimal value, String hint) {
        if (value == null) {
            throw missing(path, hint.isEmpty() ? "this field is required" : hint);
        }
        TariffDecimals.requireInRange(path, value);
        if (value.signum() < 0) {
            throw invalid(path, value, "is negative; write zero or more");
        }
    }

    /** Rejects {@code text} longer than {@code max}, showing only its start, since it may be megabytes long. */
    private static void requireMaxLength(String path, String text, int max) {
        if (text.length() > max) {
            String abbreviated = "\"" + text.substring(0, SHOWN_CHARACTERS) + "...\"";
            throw invalidAsWritten(path, abbreviated, "is too long: " + text.length() + " characters; write at most " + max);
        }
    }

    private static void requireText(String path, String value, String hint) {
        if (value == null) {
            throw missing(path, hint);
        }
        if (value.isBlank()) {
            throw invalid(path, value, "is blank; " + hint);
        }
    }
}
