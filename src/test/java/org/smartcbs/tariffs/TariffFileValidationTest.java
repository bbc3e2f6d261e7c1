package org.smartcbs.tariffs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcbs.core.tariff.TariffFormatException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One case per rule of the tariff file format: a valid file with one change, and the field path and value the
 * error must name.
 */
class TariffFileValidationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String VALID = """
            {
              "format": "smart-cbs-tariff/1",
              "code": "TEST-1",
              "name": "Test tariff",
              "currency": "INR",
              "effectiveFrom": "2026-01-01",
              "schedules": [
                {"upTo": 300, "method": "TELESCOPIC",
                 "slabs": [{"upTo": 50, "rate": "3.15"}, {"upTo": 100, "rate": "3.70"}, {"upTo": null, "rate": "4.80"}]},
                {"upTo": null, "method": "NON_TELESCOPIC", "slabs": [{"upTo": null, "rate": "7.90"}]}
              ],
              "charges": [
                {"code": "FC", "name": "Fixed charge", "type": "FIXED",
                 "bands": [{"upTo": 50, "amount": "35"}, {"upTo": null, "amount": "45"}]},
                {"code": "FS", "type": "PER_UNIT", "rate": "0.10"},
                {"code": "ED", "type": "PERCENT", "rate": "10", "of": ["ENERGY", "FC"]},
                {"code": "MIN", "type": "MINIMUM", "amount": "100", "of": ["SUBTOTAL"]}
              ],
              "rounding": {"lines": {"scale": 2, "mode": "HALF_UP"}, "total": {"scale": 0, "mode": "HALF_EVEN"}}
            }
            """;

    private static ObjectNode valid() {
        return (ObjectNode) JSON.readTree(VALID);
    }

    private static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static Arguments rule(String name, Consumer<ObjectNode> change, String path, String value) {
        return Arguments.of(name, change, path, value);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("format required", r -> r.remove("format"), "format", null),
                rule("format version", r -> r.put("format", "smart-cbs-tariff/2"), "format", "\"smart-cbs-tariff/2\""),
                rule("code required", r -> r.remove("code"), "code", null),
                rule("code pattern", r -> r.put("code", "TEST 1"), "code", "\"TEST 1\""),
                rule("code at most 60 characters", r -> r.put("code", "C".repeat(61)), "code",
                        "\"" + "C".repeat(20) + "...\""),
                rule("name at most 300 characters", r -> r.put("name", "N".repeat(301)), "name",
                        "\"" + "N".repeat(20) + "...\""),
                rule("charge code at most 40 characters", r -> at(r, "/charges/1").put("code", "F".repeat(41)),
                        "charges[1].code", "\"" + "F".repeat(20) + "...\""),
                rule("charge name at most 100 characters", r -> at(r, "/charges/1").put("name", "F".repeat(101)),
                        "charges[1].name", "\"" + "F".repeat(20) + "...\""),
                rule("first slab limit above zero", r -> at(r, "/schedules/0/slabs/0").put("upTo", 0),
                        "schedules[0].slabs[0].upTo", "0"),
                rule("first schedule limit above zero", r -> at(r, "/schedules/0").put("upTo", "0.00"),
                        "schedules[0].upTo", "0.00"),
                rule("first band limit above zero", r -> at(r, "/charges/0/bands/0").put("upTo", 0),
                        "charges[0].bands[0].upTo", "0"),
                rule("name required", r -> r.remove("name"), "name", null),
                rule("name not blank", r -> r.put("name", " "), "name", "\" \""),
                rule("name is a string", r -> r.put("name", 5), "name", "5"),
                rule("currency required", r -> r.remove("currency"), "currency", null),
                rule("currency capitals", r -> r.put("currency", "inr"), "currency", "\"inr\""),
                rule("currency three letters", r -> r.put("currency", "RUPEE"), "currency", "\"RUPEE\""),
                rule("currency known", r -> r.put("currency", "ABC"), "currency", "\"ABC\""),
                rule("currency without minor unit", r -> {
                    r.put("currency", "XXX");
                    r.remove("rounding");
                }, "currency", "\"XXX\""),
                rule("unit not blank", r -> r.put("unit", ""), "unit", "\"\""),
                rule("effectiveFrom required", r -> r.remove("effectiveFrom"), "effectiveFrom", null),
                rule("effectiveFrom format", r -> r.put("effectiveFrom", "01/01/2026"), "effectiveFrom",
                        "\"01/01/2026\""),
                rule("effectiveFrom real date", r -> r.put("effectiveFrom", "2026-02-30"), "effectiveFrom",
                        "\"2026-02-30\""),
                rule("effectiveTo after effectiveFrom", r -> r.put("effectiveTo", "2025-12-31"), "effectiveTo",
                        "\"2025-12-31\""),
                rule("basis days positive", r -> r.putObject("basis").put("days", 0), "basis.days", "0"),
                rule("basis days whole", r -> r.set("basis", json("{\"days\": 30.5}")), "basis.days", "30.5"),
                rule("basis days required", r -> r.putObject("basis"), "basis.days", null),
                rule("unitRounding mode name", r -> r.set("unitRounding", json("{\"scale\": 0, \"mode\": \"ROUND\"}")),
                        "unitRounding.mode", "\"ROUND\""),
                rule("rounding mode not UNNECESSARY",
                        r -> at(r, "/rounding/lines").put("mode", "UNNECESSARY"), "rounding.lines.mode",
                        "\"UNNECESSARY\""),
                rule("rounding mode case", r -> at(r, "/rounding/total").put("mode", "half_up"),
                        "rounding.total.mode", "\"half_up\""),
                rule("rounding scale range", r -> at(r, "/rounding/lines").put("scale", 20), "rounding.lines.scale",
                        "20"),
                rule("rounding scale whole", r -> at(r, "/rounding/lines").put("scale", "2"), "rounding.lines.scale",
                        "\"2\""),
                rule("unknown field", r -> r.put("upto", 5), "upto", "5"),
                rule("schedules required", r -> r.remove("schedules"), "schedules", null),
                rule("schedules not empty", r -> r.putArray("schedules"), "schedules", "[]"),
                rule("schedules an array", r -> r.put("schedules", "none"), "schedules", "\"none\""),
                rule("schedule upTo required", r -> at(r, "/schedules/0").remove("upTo"), "schedules[0].upTo", null),
                rule("schedule limits: only last null", r -> at(r, "/schedules/0").putNull("upTo"),
                        "schedules[0].upTo", "null"),
                rule("schedule limits: last null", r -> at(r, "/schedules/1").put("upTo", 500), "schedules[1].upTo",
                        "500"),
                rule("method required", r -> at(r, "/schedules/0").remove("method"), "schedules[0].method", null),
                rule("method name", r -> at(r, "/schedules/1").put("method", "GRADUATED"), "schedules[1].method",
                        "\"GRADUATED\""),
                rule("slabs required", r -> at(r, "/schedules/0").remove("slabs"), "schedules[0].slabs", null),
                rule("slabs not empty", r -> at(r, "/schedules/0").putArray("slabs"), "schedules[0].slabs", "[]"),
                rule("slab limits rise strictly", r -> at(r, "/schedules/0/slabs/1").put("upTo", 50),
                        "schedules[0].slabs[1].upTo", "50"),
                rule("slab limits do not fall", r -> at(r, "/schedules/0/slabs/1").put("upTo", "40"),
                        "schedules[0].slabs[1].upTo", "40"),
                rule("slab limit only last null", r -> at(r, "/schedules/0/slabs/0").putNull("upTo"),
                        "schedules[0].slabs[0].upTo", "null"),
                rule("slab limit last null", r -> at(r, "/schedules/0/slabs/2").put("upTo", 200),
                        "schedules[0].slabs[2].upTo", "200"),
                rule("slab limit not negative", r -> at(r, "/schedules/0/slabs/0").put("upTo", -1),
                        "schedules[0].slabs[0].upTo", "-1"),
                rule("slab limit key required", r -> at(r, "/schedules/0/slabs/2").remove("upTo"),
                        "schedules[0].slabs[2].upTo", null),
                rule("slab rate required", r -> at(r, "/schedules/0/slabs/1").remove("rate"),
                        "schedules[0].slabs[1].rate", null),
                rule("slab rate not negative", r -> at(r, "/schedules/0/slabs/1").put("rate", "-3.70"),
                        "schedules[0].slabs[1].rate", "-3.70"),
                rule("decimal text", r -> at(r, "/schedules/0/slabs/1").put("rate", "3,70"),
                        "schedules[0].slabs[1].rate", "\"3,70\""),
                rule("decimal exponent too large", r -> at(r, "/schedules/0/slabs/1").put("rate", "1e99999999"),
                        "schedules[0].slabs[1].rate", "\"1e99999999\""),
                rule("decimal exponent too small", r -> at(r, "/schedules/0/slabs/1").put("rate", "1e-99999999"),
                        "schedules[0].slabs[1].rate", "\"1e-99999999\""),
                rule("decimal exponent beyond int", r -> at(r, "/schedules/0/slabs/1").put("rate", "1e9999999999"),
                        "schedules[0].slabs[1].rate", "\"1e9999999999\""),
                rule("decimal number exponent too large",
                        r -> at(r, "/schedules/0/slabs/1").put("rate", new BigDecimal("1e999999999")),
                        "schedules[0].slabs[1].rate", "1E+999999999"),
                rule("limit exponent too large", r -> at(r, "/schedules/0/slabs/1").put("upTo", "1e999999999"),
                        "schedules[0].slabs[1].upTo", "\"1e999999999\""),
                // 19 digits before the point, one more than the bound of 18.
                rule("decimal too many digits", r -> at(r, "/schedules/0/slabs/1").put("rate", "1234567890123456789"),
                        "schedules[0].slabs[1].rate", "\"1234567890123456789\""),
                // 21 digits after the point, one more than the bound of 20.
                rule("decimal too many decimals", r -> at(r, "/charges/1").put("rate", "0.100000000000000000001"),
                        "charges[1].rate", "\"0.100000000000000000001\""),
                rule("decimal not boolean", r -> at(r, "/schedules/0/slabs/1").put("rate", true),
                        "schedules[0].slabs[1].rate", "true"),
                rule("charges an array", r -> r.put("charges", 1), "charges", "1"),
                rule("charge an object", r -> ((ArrayNode) r.get("charges")).add("FC"), "charges[4]", "\"FC\""),
                rule("charge code required", r -> at(r, "/charges/1").remove("code"), "charges[1].code", null),
                rule("charge code pattern", r -> at(r, "/charges/1").put("code", "F-S"), "charges[1].code",
                        "\"F-S\""),
                rule("charge code reserved", r -> at(r, "/charges/1").put("code", "ENERGY"), "charges[1].code",
                        "\"ENERGY\""),
                rule("charge code reserved in any case", r -> at(r, "/charges/1").put("code", "Rounding"),
                        "charges[1].code", "\"Rounding\""),
                rule("charge code unique", r -> at(r, "/charges/1").put("code", "FC"), "charges[1].code", "\"FC\""),
                rule("charge name not blank", r -> at(r, "/charges/1").put("name", ""), "charges[1].name", "\"\""),
                rule("charge type required", r -> at(r, "/charges/1").remove("type"), "charges[1].type", null),
                rule("charge type name", r -> at(r, "/charges/1").put("type", "TAX"), "charges[1].type", "\"TAX\""),
                rule("fixed needs amount or bands", r -> at(r, "/charges/0").remove("bands"), "charges[0].amount",
                        null),
                rule("fixed amount xor bands", r -> at(r, "/charges/0").put("amount", "35"), "charges[0].bands",
                        "[2 bands]"),
                rule("fixed takes no rate", r -> at(r, "/charges/0").put("rate", "1"), "charges[0].rate", "1"),
                rule("fixed takes no of", r -> at(r, "/charges/0").set("of", json("[\"ENERGY\"]")), "charges[0].of",
                        "[ENERGY]"),
                rule("fixed amount not negative", r -> {
                    at(r, "/charges/0").remove("bands");
                    at(r, "/charges/0").put("amount", "-5");
                }, "charges[0].amount", "-5"),
                rule("fixed prorate boolean", r -> at(r, "/charges/0").put("prorate", "yes"), "charges[0].prorate",
                        "\"yes\""),
                rule("fixed band amount required", r -> at(r, "/charges/0/bands/1").remove("amount"),
                        "charges[0].bands[1].amount", null),
                rule("fixed band takes amount not rate", r -> at(r, "/charges/0/bands/1").put("rate", "1"),
                        "charges[0].bands[1].rate", "\"1\""),
                rule("band limits rise strictly", r -> ((ArrayNode) at(r, "/charges/0").get("bands"))
                        .insert(1, json("{\"upTo\": 50, \"amount\": \"40\"}")), "charges[0].bands[1].upTo", "50"),
                rule("band limit last null", r -> at(r, "/charges/0/bands/1").put("upTo", 100),
                        "charges[0].bands[1].upTo", "100"),
                rule("bands not empty", r -> at(r, "/charges/0").putArray("bands"), "charges[0].bands", "[]"),
                rule("per unit needs rate or bands", r -> at(r, "/charges/1").remove("rate"), "charges[1].rate", null),
                rule("per unit takes no amount", r -> at(r, "/charges/1").put("amount", "5"), "charges[1].amount",
                        "5"),
                rule("per unit takes no prorate", r -> at(r, "/charges/1").put("prorate", true),
                        "charges[1].prorate", "true"),
                rule("per unit rate not negative", r -> at(r, "/charges/1").put("rate", "-0.10"), "charges[1].rate",
                        "-0.10"),
                rule("percent needs of", r -> at(r, "/charges/2").remove("of"), "charges[2].of", null),
                rule("percent of not empty", r -> at(r, "/charges/2").putArray("of"), "charges[2].of", "[]"),
                rule("percent of earlier line", r -> at(r, "/charges/2").set("of", json("[\"MIN\"]")),
                        "charges[2].of[0]", "\"MIN\""),
                rule("percent of itself", r -> at(r, "/charges/2").set("of", json("[\"ENERGY\", \"ED\"]")),
                        "charges[2].of[1]", "\"ED\""),
                rule("percent of unknown code", r -> at(r, "/charges/2").set("of", json("[\"GST\"]")),
                        "charges[2].of[0]", "\"GST\""),
                rule("percent of listed once", r -> at(r, "/charges/2").set("of", json("[\"FC\", \"FC\"]")),
                        "charges[2].of[1]", "\"FC\""),
                rule("percent of SUBTOTAL alone", r -> at(r, "/charges/2").set("of", json("[\"SUBTOTAL\", \"FC\"]")),
                        "charges[2].of", "[SUBTOTAL, FC]"),
                rule("percent of codes are strings", r -> at(r, "/charges/2").set("of", json("[1]")),
                        "charges[2].of[0]", "1"),
                rule("percent rate xor bands", r -> at(r, "/charges/2").set("bands",
                        json("[{\"upTo\": null, \"rate\": \"5\"}]")), "charges[2].bands", "[1 band]"),
                rule("minimum needs amount", r -> at(r, "/charges/3").remove("amount"), "charges[3].amount", null),
                rule("minimum needs of", r -> at(r, "/charges/3").remove("of"), "charges[3].of", null),
                rule("minimum takes no rate", r -> at(r, "/charges/3").put("rate", "5"), "charges[3].rate", "5"),
                rule("minimum takes no bands", r -> at(r, "/charges/3").set("bands",
                        json("[{\"upTo\": null, \"amount\": \"5\"}]")), "charges[3].bands", "[1 band]"),
                rule("minimum amount not negative", r -> at(r, "/charges/3").put("amount", "-100"),
                        "charges[3].amount", "-100"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleRejected(String rule, Consumer<ObjectNode> change, String path, String value) {
        ObjectNode root = valid();
        change.accept(root);

        TariffFormatException error = catchThrowableOfType(TariffFormatException.class,
                () -> TariffFile.read(root.toString()));

        assertThat(error).as(rule).isNotNull();
        assertThat(error.path()).as(error.getMessage()).isEqualTo(path);
        assertThat(error.value()).as(error.getMessage()).isEqualTo(value);
        String start = value == null ? path + ": missing" : path + ": " + value + " ";
        assertThat(error.getMessage()).startsWith(start);
    }

    @Test
    void validFileAccepted() {
        assertThatCode(() -> TariffFile.read(VALID)).doesNotThrowAnyException();
    }

    @Test
    void decimalsAtBoundAccepted() {
        ObjectNode root = valid();
        // 18 digits before the point and 20 after it: the longest value that is in range.
        at(root, "/schedules/0/slabs/1").put("rate", "123456789012345678.12345678901234567890");

        assertThatCode(() -> TariffFile.read(root.toString())).doesNotThrowAnyException();
    }

    @Test
    void outOfRangeMessage() {
        ObjectNode root = valid();
        at(root, "/schedules/0/slabs/1").put("rate", "1e99999999");

        TariffFormatException error = catchThrowableOfType(TariffFormatException.class,
                () -> TariffFile.read(root.toString()));

        assertThat(error.getMessage()).isEqualTo("schedules[0].slabs[1].rate: \"1e99999999\" is out of range; a "
                + "tariff decimal has at most 18 digits before the point and 20 after it");
    }

    @Test
    void lengthsAtBoundAccepted() {
        ObjectNode root = valid();
        root.put("code", "C".repeat(60));
        root.put("name", "N".repeat(300));
        at(root, "/charges/1").put("code", "F".repeat(40));
        at(root, "/charges/1").put("name", "F".repeat(100));

        assertThatCode(() -> TariffFile.read(root.toString())).doesNotThrowAnyException();
    }

    @Test
    void tooLongMessage() {
        ObjectNode root = valid();
        root.put("code", "C".repeat(5000));

        TariffFormatException error = catchThrowableOfType(TariffFormatException.class,
                () -> TariffFile.read(root.toString()));

        assertThat(error.getMessage()).isEqualTo("code: \"" + "C".repeat(20) + "...\" is too long: 5000 characters; "
                + "write at most 60");
    }

    @Test
    void byteOrderMarkSkipped() {
        assertThatCode(() -> TariffFile.read("\uFEFF" + VALID)).doesNotThrowAnyException();
    }

    @Test
    void slabLimitMessage() {
        ObjectNode root = valid();
        at(root, "/schedules/0/slabs/1").put("upTo", 40);

        TariffFormatException error = catchThrowableOfType(TariffFormatException.class,
                () -> TariffFile.read(root.toString()));

        assertThat(error.getMessage()).isEqualTo("schedules[0].slabs[1].upTo: 40 is not above the previous limit 50");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        String broken = "{\n  \"format\": \"smart-cbs-tariff/1\"\n  \"code\": \"X\"\n}";

        TariffFormatException error = catchThrowableOfType(TariffFormatException.class,
                () -> TariffFile.read(broken));

        assertThat(error.getMessage()).startsWith("Invalid JSON at line 3, column 3");
        assertThat(error.path()).isEmpty();
    }

    @Test
    void duplicateFieldRejected() {
        String duplicate = VALID.replace("\"code\": \"TEST-1\",", "\"code\": \"TEST-1\", \"code\": \"TEST-2\",");

        TariffFormatException error = catchThrowableOfType(TariffFormatException.class,
                () -> TariffFile.read(duplicate));

        assertThat(error.getMessage()).startsWith("Invalid JSON at line").contains("code");
    }

    @Test
    void trailingContentRejected() {
        TariffFormatException error = catchThrowableOfType(TariffFormatException.class,
                () -> TariffFile.read(VALID + " {}"));

        assertThat(error.getMessage()).startsWith("Invalid JSON at line");
    }

    @Test
    void emptyTextRejected() {
        TariffFormatException error = catchThrowableOfType(TariffFormatException.class, () -> TariffFile.read(" "));

        assertThat(error.getMessage()).contains("empty");
    }

    @Test
    void arrayDocumentRejected() {
        TariffFormatException error = catchThrowableOfType(TariffFormatException.class, () -> TariffFile.read("[]"));

        assertThat(error.getMessage()).isEqualTo("(document): [] is not a JSON object");
    }
}
