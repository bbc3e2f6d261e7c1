package org.smartcbs.tariffs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcbs.cli.QuoteCommand;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every case of {@code oracles/cases.csv} through the {@code quote} command and checks the total and the
 * sum of the ENERGY lines to the cent. A case with an empty expected total checks only the energy.
 */
class OracleCasesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Arguments> cases() throws Exception {
        List<String> rows = Files.readAllLines(ReferenceData.ORACLES.resolve("cases.csv"));
        List<Arguments> cases = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            String[] cells = row.split(",", -1);
            cases.add(Arguments.of(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]));
        }
        assertThat(cases).isNotEmpty();
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} at {2} units")
    @MethodSource("cases")
    void oracleCase(String id, String tariff, String units, String periodDays, String expectedTotal,
            String expectedEnergy) throws Exception {
        Path file = ReferenceData.ORACLE_TARIFFS.resolve(tariff + ".json");
        List<String> args = new ArrayList<>(List.of("--tariff", file.toString(), "--units", units));
        if (!periodDays.isEmpty()) {
            args.addAll(List.of("--period-start", "2026-01-01", "--period-end",
                    java.time.LocalDate.of(2026, 1, 1).plusDays(Integer.parseInt(periodDays)).toString()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new QuoteCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));

        int status = command.execute(args.toArray(String[]::new));

        assertThat(status).as("exit status, stderr: %s", err).isZero();
        JsonNode quote = JSON.readTree(out.toString());
        BigDecimal energy = BigDecimal.ZERO;
        BigDecimal lineSum = BigDecimal.ZERO;
        for (JsonNode line : quote.get("lines")) {
            BigDecimal amount = new BigDecimal(line.get("amount").stringValue());
            lineSum = lineSum.add(amount);
            if (line.get("code").stringValue().equals("ENERGY")) {
                energy = energy.add(amount);
            }
        }
        BigDecimal total = new BigDecimal(quote.get("total").stringValue());
        assertThat(energy).as("%s energy", id).isEqualByComparingTo(expectedEnergy);
        if (!expectedTotal.isEmpty()) {
            assertThat(total).as("%s total", id).isEqualByComparingTo(expectedTotal);
        }
        assertThat(lineSum).as("%s lines add up to the total", id).isEqualByComparingTo(total);
    }
}
