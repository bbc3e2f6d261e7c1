package org.smartcbs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class QuoteCommandTest {

    private static final Path KSEB = Path.of("src", "test", "resources", "oracles", "tariffs", "KSEB-LT1A-2019.json");
    private static final Path GREEN_VALLEY = Path.of("samples", "green-valley", "tariffs",
            "GVHS-RESIDENTIAL-2026.json");

    @TempDir
    Path folder;

    private record Result(int status, String out, String err) {
    }

    private static Result quote(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new QuoteCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int status = command.execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    private static void assertCleanError(Result result, String... fragments) {
        assertThat(result.status()).isNotZero();
        assertThat(result.out()).isEmpty();
        for (String fragment : fragments) {
            assertThat(result.err()).contains(fragment);
        }
        assertThat(result.err()).doesNotContain("Exception");
        assertThat(result.err()).doesNotContain("\tat ");
    }

    @Test
    void quotePrintsDocumentedJson() {
        Result result = quote("--tariff", KSEB.toString(), "--units", "117");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode json = JsonMapper.builder().build().readTree(result.out());
        List<String> fields = new ArrayList<>(json.propertyNames());
        assertThat(fields).containsExactly("tariff", "currency", "units", "periodDays", "lines", "total");
        assertThat(json.get("tariff").stringValue()).isEqualTo("KSEB-LT1A-2019");
        assertThat(json.get("currency").stringValue()).isEqualTo("INR");
        assertThat(json.get("units").stringValue()).isEqualTo("117");
        assertThat(json.get("periodDays").intValue()).isEqualTo(30);
        assertThat(json.get("total").stringValue()).isEqualTo("540.35");
        JsonNode first = json.get("lines").get(0);
        assertThat(new ArrayList<>(first.propertyNames()))
                .containsExactly("code", "description", "quantity", "rate", "amount");
        assertThat(first.get("description").stringValue()).isEqualTo("Energy 0-50");
        assertThat(first.get("quantity").stringValue()).isEqualTo("50");
        assertThat(first.get("rate").stringValue()).isEqualTo("3.15");
        assertThat(first.get("amount").stringValue()).isEqualTo("157.50");
        JsonNode fixed = json.get("lines").get(3);
        assertThat(new ArrayList<>(fixed.propertyNames())).containsExactly("code", "description", "amount");
        assertThat(fixed.get("amount").stringValue()).isEqualTo("55.00");
    }

    @Test
    void quoteLineLayout() {
        Result result = quote("--tariff", KSEB.toString(), "--units", "117");

        assertThat(result.out()).contains(
                "    {\"code\": \"ENERGY\", \"description\": \"Energy 0-50\", \"quantity\": \"50\", \"rate\": \"3.15\", "
                        + "\"amount\": \"157.50\"},\n");
        assertThat(result.out()).contains(
                "    {\"code\": \"FC\", \"description\": \"Fixed charge\", \"amount\": \"55.00\"},\n");
        assertThat(result.out()).endsWith("  \"total\": \"540.35\"\n}\n");
    }

    @Test
    void quoteWithTotalRounding() {
        Result result = quote("--tariff", GREEN_VALLEY.toString(), "--units", "150");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("{\"code\": \"ROUNDING\"");
        assertThat(result.out()).contains("\"total\": \"5601.00\"");
    }

    @Test
    void periodDaysFromDates() {
        // 1 March to 31 March is 30 days between the two reading dates
        Result result = quote("--tariff", KSEB.toString(), "--units", "10", "--period-start", "2026-03-01",
                "--period-end", "2026-03-31");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("\"periodDays\": 30,");
    }

    @Test
    void periodDaysDefaultToBasis() throws IOException {
        Path file = folder.resolve("basis.json");
        Files.writeString(file, Files.readString(KSEB).replace("\"unit\": \"kWh\",", "\"unit\": \"kWh\", "
                + "\"basis\": {\"days\": 60},"));

        Result result = quote("--tariff", file.toString(), "--units", "10");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("\"periodDays\": 60,");
    }

    @Test
    void fractionalUnitsAccepted() {
        Result result = quote("--tariff", KSEB.toString(), "--units", "50.5");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("\"units\": \"50.5\"");
    }

    @Test
    void missingFileIsCleanError() {
        Result result = quote("--tariff", folder.resolve("absent.json").toString(), "--units", "5");

        assertCleanError(result, "--tariff", "absent.json", "not found");
    }

    @Test
    void invalidFileIsCleanError() throws IOException {
        Path file = folder.resolve("bad.json");
        Files.writeString(file, Files.readString(KSEB).replace("\"upTo\": 100,", "\"upTo\": 40,"));

        Result result = quote("--tariff", file.toString(), "--units", "5");

        assertCleanError(result, "schedules[0].slabs[1].upTo: 40 is not above the previous limit 50");
    }

    @Test
    void hugeExponentIsCleanError() throws IOException {
        Path file = folder.resolve("huge.json");
        Files.writeString(file, Files.readString(KSEB).replaceFirst("\"rate\": \"[0-9.]+\"", "\"rate\": \"1e99999999\""));

        Result result = quote("--tariff", file.toString(), "--units", "150");

        assertCleanError(result, "schedules[0].slabs[0].rate: \"1e99999999\" is out of range");
    }

    @Test
    void tinyExponentIsCleanError() throws IOException {
        Path file = folder.resolve("tiny.json");
        Files.writeString(file, Files.readString(KSEB).replaceFirst("\"rate\": \"[0-9.]+\"", "\"rate\": \"1e-999999999\""));

        Result result = quote("--tariff", file.toString(), "--units", "150");

        assertCleanError(result, "schedules[0].slabs[0].rate: \"1e-999999999\" is out of range");
    }

    @Test
    void malformedFileIsCleanError() throws IOException {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\"format\": ");

        Result result = quote("--tariff", file.toString(), "--units", "5");

        assertCleanError(result, "Invalid JSON at line 1");
    }

    @Test
    void textUnitsRejected() {
        assertCleanError(quote("--tariff", KSEB.toString(), "--units", "ten"), "--units", "\"ten\"");
    }

    @Test
    void negativeUnitsRejected() {
        assertCleanError(quote("--tariff", KSEB.toString(), "--units", "-5"), "--units: -5 is negative");
    }

    @Test
    void commaDecimalRejected() {
        assertCleanError(quote("--tariff", KSEB.toString(), "--units", "1,5"), "--units", "\"1,5\"");
    }

    @Test
    void oneDateOnlyRejected() {
        assertCleanError(quote("--tariff", KSEB.toString(), "--units", "5", "--period-start", "2026-03-01"),
                "--period-end: missing");
    }

    @Test
    void endNotAfterStartRejected() {
        assertCleanError(quote("--tariff", KSEB.toString(), "--units", "5", "--period-start", "2026-03-31",
                "--period-end", "2026-03-31"), "--period-end: 2026-03-31 is not after --period-start 2026-03-31");
    }

    @Test
    void invalidDateRejected() {
        assertCleanError(quote("--tariff", KSEB.toString(), "--units", "5", "--period-start", "2026-02-30",
                "--period-end", "2026-03-31"), "--period-start", "\"2026-02-30\"");
    }

    @Test
    void missingOptionRejected() {
        assertCleanError(quote("--units", "5"), "--tariff");
    }

    @Test
    void runsAsSubcommandOfRoot() {
        StringWriter out = new StringWriter();
        CommandLine root = new CommandLine(new SmartCbsCommand());
        root.setOut(new PrintWriter(out));

        int status = root.execute("quote", "--tariff", KSEB.toString(), "--units", "117");

        assertThat(status).isZero();
        assertThat(out.toString()).contains("\"total\": \"540.35\"");
    }
}
