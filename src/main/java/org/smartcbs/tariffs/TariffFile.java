package org.smartcbs.tariffs;

import static org.smartcbs.core.tariff.TariffFormatException.invalid;
import static org.smartcbs.tariffs.JsonFields.element;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.smartcbs.core.tariff.Band;
import org.smartcbs.core.tariff.Basis;
import org.smartcbs.core.tariff.BillRounding;
import org.smartcbs.core.tariff.Charge;
import org.smartcbs.core.tariff.ChargeType;
import org.smartcbs.core.tariff.Rounding;
import org.smartcbs.core.tariff.Schedule;
import org.smartcbs.core.tariff.Slab;
import org.smartcbs.core.tariff.SlabMethod;
import org.smartcbs.core.tariff.Tariff;
import org.smartcbs.core.tariff.TariffFormatException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes tariff files, format {@value #FORMAT}.
 *
 * <p>Reading is strict: a duplicate or unknown field, a value of the wrong JSON type, and any broken rule of the
 * format raise {@link TariffFormatException} with the field path and the value. Decimals may be JSON numbers or
 * strings and are read exactly, whatever the default locale. Writing produces a file that reads back to an equal
 * {@link Tariff}, with every decimal written as a JSON string.
 */
public final class TariffFile {

    /** Value of the {@code format} field of this version of the format. */
    public static final String FORMAT = "smart-cbs-tariff/1";

    private static final Set<String> TOP_FIELDS = fields("format", "code", "name", "currency", "unit",
            "effectiveFrom", "effectiveTo", "basis", "unitRounding", "schedules", "charges", "rounding");
    private static final Set<String> SCHEDULE_FIELDS = fields("upTo", "method", "slabs");
    private static final Set<String> SLAB_FIELDS = fields("upTo", "rate");
    private static final Set<String> CHARGE_FIELDS = fields("code", "name", "type", "amount", "rate", "bands",
            "prorate", "of");
    private static final Set<String> AMOUNT_BAND_FIELDS = fields("upTo", "amount");
    private static final Set<String> RATE_BAND_FIELDS = fields("upTo", "rate");
    private static final Set<String> BASIS_FIELDS = fields("days");
    private static final Set<String> ROUNDING_FIELDS = fields("scale", "mode");
    private static final Set<String> BILL_ROUNDING_FIELDS = fields("lines", "total");
    private static final Set<String> ROUNDING_MODES = fields("HALF_UP", "HALF_EVEN", "DOWN", "UP", "FLOOR",
            "CEILING");

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private TariffFile() {
    }

    /**
     * Reads a tariff file.
     *
     * @throws TariffFormatException when the text is not JSON (the message gives the line and column), or the
     *     file breaks a rule of the format (the message gives the field path and value)
     */
    public static Tariff read(String json) {
        JsonNode root = parse(json);
        JsonFields top = JsonFields.of(root, "", TOP_FIELDS);

        String format = top.requiredString("format", "write \"" + FORMAT + "\"");
        if (!format.equals(FORMAT)) {
            throw invalid("format", format, "is not supported; this reader takes \"" + FORMAT + "\"");
        }

        return Tariff.builder()
                .code(top.requiredString("code", "a tariff needs a code"))
                .name(top.requiredString("name", "a tariff needs a name"))
                .currency(top.requiredString("currency", "write an ISO 4217 code such as PKR or USD"))
                .unit(top.optionalString("unit"))
                .effectiveFrom(top.requiredDate("effectiveFrom", "write the first day as YYYY-MM-DD"))
                .effectiveTo(top.optionalDate("effectiveTo"))
                .basis(readBasis(top))
                .unitRounding(top.has("unitRounding") ? readRounding(top.get("unitRounding"), "unitRounding") : null)
                .schedules(readSchedules(top))
                .charges(readCharges(top))
                .rounding(readBillRounding(top))
                .build();
    }

    private static JsonNode parse(String text) {
        // Editors on Windows may start a UTF-8 file with a byte order mark, which JSON does not allow.
        String json = text != null && text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        if (json == null || json.isBlank()) {
            throw new TariffFormatException("", null, "Invalid tariff file: the text is empty; a tariff file is "
                    + "one JSON object");
        }
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column "
                    + location.getColumnNr();
            throw new TariffFormatException("", null, "Invalid JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    private static Basis readBasis(JsonFields top) {
        if (!top.has("basis")) {
            return null;
        }
        JsonFields basis = JsonFields.of(top.get("basis"), "basis", BASIS_FIELDS);
        return new Basis(basis.requiredInteger("days", "write the days the limits are set for, such as 30"));
    }

    private static Rounding readRounding(JsonNode node, String path) {
        JsonFields rounding = JsonFields.of(node, path, ROUNDING_FIELDS);
        int scale = rounding.requiredInteger("scale", "write the decimals to keep, such as 2");
        String mode = rounding.requiredString("mode", "write one of " + String.join(", ", ROUNDING_MODES));
        if (!ROUNDING_MODES.contains(mode)) {
            throw invalid(rounding.path("mode"), mode, "is not a rounding mode; write one of "
                    + String.join(", ", ROUNDING_MODES));
        }
        return new Rounding(scale, RoundingMode.valueOf(mode));
    }

    private static BillRounding readBillRounding(JsonFields top) {
        if (!top.has("rounding")) {
            return null;
        }
        JsonFields rounding = JsonFields.of(top.get("rounding"), "rounding", BILL_ROUNDING_FIELDS);
        Rounding lines = rounding.has("lines") ? readRounding(rounding.get("lines"), "rounding.lines") : null;
        Rounding total = rounding.has("total") ? readRounding(rounding.get("total"), "rounding.total") : null;
        return new BillRounding(lines, total);
    }

    private static List<Schedule> readSchedules(JsonFields top) {
        JsonNode array = top.optionalArray("schedules");
        if (array == null) {
            return null;
        }
        List<Schedule> schedules = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = element("schedules", i);
            JsonFields schedule = JsonFields.of(array.get(i), path, SCHEDULE_FIELDS);
            BigDecimal upTo = schedule.limit("upTo");
            SlabMethod method = readEnum(schedule, "method", SlabMethod.class);
            schedules.add(new Schedule(upTo, method, readSlabs(schedule)));
        }
        return schedules;
    }

    private static List<Slab> readSlabs(JsonFields schedule) {
        JsonNode array = schedule.optionalArray("slabs");
        if (array == null) {
            return null;
        }
        List<Slab> slabs = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonFields slab = JsonFields.of(array.get(i), element(schedule.path("slabs"), i), SLAB_FIELDS);
            BigDecimal upTo = slab.limit("upTo");
            slabs.add(new Slab(upTo, slab.requiredDecimal("rate", "a slab needs a rate per unit")));
        }
        return slabs;
    }

    private static List<Charge> readCharges(JsonFields top) {
        JsonNode array = top.optionalArray("charges");
        if (array == null) {
            return null;
        }
        List<Charge> charges = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonFields charge = JsonFields.of(array.get(i), element("charges", i), CHARGE_FIELDS);
            charges.add(readCharge(charge));
        }
        return charges;
    }

    private static Charge readCharge(JsonFields charge) {
        String code = charge.requiredString("code", "a charge needs a code");
        String name = charge.optionalString("name");
        ChargeType type = readEnum(charge, "type", ChargeType.class);
        BigDecimal amount = charge.optionalDecimal("amount");
        BigDecimal rate = charge.optionalDecimal("rate");
        boolean prorate = charge.optionalBoolean("prorate");
        return new Charge(code, name, type, amount, rate, readBands(charge, type), prorate, readOf(charge));
    }

    private static List<Band> readBands(JsonFields charge, ChargeType type) {
        JsonNode array = charge.optionalArray("bands");
        if (array == null) {
            return null;
        }
        boolean amounts = type == ChargeType.FIXED || type == ChargeType.MINIMUM;
        String valueField = amounts ? "amount" : "rate";
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonFields band = JsonFields.of(array.get(i), element(charge.path("bands"), i),
                    amounts ? AMOUNT_BAND_FIELDS : RATE_BAND_FIELDS);
            BigDecimal upTo = band.limit("upTo");
            bands.add(new Band(upTo, band.requiredDecimal(valueField, "a band of a " + type + " charge needs "
                    + valueField)));
        }
        return bands;
    }

    private static List<String> readOf(JsonFields charge) {
        JsonNode array = charge.optionalArray("of");
        if (array == null) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode code = array.get(i);
            if (!code.isString()) {
                throw JsonFields.notAnElement(element(charge.path("of"), i), code, "a line code in a JSON string");
            }
            codes.add(code.stringValue());
        }
        return codes;
    }

    private static <E extends Enum<E>> E readEnum(JsonFields fields, String name, Class<E> type) {
        if (!fields.has(name)) {
            return null;
        }
        String text = fields.optionalString(name);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        throw invalid(fields.path(name), text, "is not one of " + String.join(", ", names));
    }

    /** Writes {@code tariff} as a tariff file, pretty-printed, with decimals as JSON strings. */
    public static String write(Tariff tariff) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("code", tariff.code());
        root.put("name", tariff.name());
        root.put("currency", tariff.currency());
        root.put("unit", tariff.unit());
        root.put("effectiveFrom", tariff.effectiveFrom().toString());
        if (tariff.effectiveTo() != null) {
            root.put("effectiveTo", tariff.effectiveTo().toString());
        }
        if (tariff.basis() != null) {
            root.putObject("basis").put("days", tariff.basis().days());
        }
        if (tariff.unitRounding() != null) {
            root.set("unitRounding", writeRounding(tariff.unitRounding()));
        }

        writeSchedules(root.putArray("schedules"), tariff.schedules());
        if (!tariff.charges().isEmpty()) {
            ArrayNode charges = root.putArray("charges");
            for (Charge charge : tariff.charges()) {
                writeCharge(charges.addObject(), charge);
            }
        }
        writeBillRounding(root, tariff.rounding());
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static void writeSchedules(ArrayNode array, List<Schedule> schedules) {
        for (Schedule schedule : schedules) {
            ObjectNode node = array.addObject();
            putDecimal(node, "upTo", schedule.upTo());
            node.put("method", schedule.method().name());
            ArrayNode slabs = node.putArray("slabs");
            for (Slab slab : schedule.slabs()) {
                ObjectNode slabNode = slabs.addObject();
                putDecimal(slabNode, "upTo", slab.upTo());
                putDecimal(slabNode, "rate", slab.rate());
            }
        }
    }

    private static void writeBillRounding(ObjectNode root, BillRounding rounding) {
        if (rounding.lines() == null && rounding.total() == null) {
            return;
        }
        ObjectNode node = root.putObject("rounding");
        if (rounding.lines() != null) {
            node.set("lines", writeRounding(rounding.lines()));
        }
        if (rounding.total() != null) {
            node.set("total", writeRounding(rounding.total()));
        }
    }

    private static void writeCharge(ObjectNode node, Charge charge) {
        node.put("code", charge.code());
        if (charge.name() != null) {
            node.put("name", charge.name());
        }
        node.put("type", charge.type().name());
        if (charge.amount() != null) {
            putDecimal(node, "amount", charge.amount());
        }
        if (charge.rate() != null) {
            putDecimal(node, "rate", charge.rate());
        }
        if (charge.bands() != null) {
            String valueField = charge.type() == ChargeType.FIXED || charge.type() == ChargeType.MINIMUM ? "amount"
                    : "rate";
            ArrayNode bands = node.putArray("bands");
            for (Band band : charge.bands()) {
                ObjectNode bandNode = bands.addObject();
                putDecimal(bandNode, "upTo", band.upTo());
                putDecimal(bandNode, valueField, band.value());
            }
        }
        if (charge.prorate()) {
            node.put("prorate", true);
        }
        if (charge.of() != null) {
            ArrayNode of = node.putArray("of");
            for (String code : charge.of()) {
                of.add(code);
            }
        }
    }

    private static ObjectNode writeRounding(Rounding rounding) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("scale", rounding.scale());
        node.put("mode", rounding.mode().name());
        return node;
    }

    /** Writes a decimal as a JSON string in plain notation, or JSON null for an open limit. */
    private static void putDecimal(ObjectNode node, String name, BigDecimal value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value.toPlainString());
        }
    }

    private static Set<String> fields(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
