package org.smartcbs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcbs.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo on the Green Valley dataset that the product ships. The expected figures are the dataset's own
 * published results, worked out outside this code base.
 */
class GreenValleyDemoTest {

    private static final Path SHIPPED = Path.of("samples/green-valley");

    @TempDir
    Path dataDir;

    @Test
    void demoJsonMatchesPublishedResults() {
        CommandRun first = demo("--data", SHIPPED.toString(), "--db", dataDir.toString(), "--json");

        assertThat(first.status()).as(first.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(first.out());
        assertThat(json.path("october").path("bills").asInt()).isEqualTo(335);
        assertThat(json.path("october").path("rejectedRows").asInt()).isZero();
        assertThat(json.path("october").path("currentCharges").asString()).isEqualTo("12319014.00");
        assertThat(json.path("payments").path("accepted").asInt()).isEqualTo(300);
        assertThat(json.path("payments").path("rejectedRows").asInt()).isEqualTo(5);
        assertThat(json.path("payments").path("total").asString()).isEqualTo("10130646.00");
        assertThat(json.path("lateCharges").path("count").asInt()).isEqualTo(120);
        assertThat(json.path("lateCharges").path("total").asString()).isEqualTo("468255.00");
        assertThat(json.path("november").path("bills").asInt()).isEqualTo(332);
        assertThat(json.path("november").path("currentCharges").asString()).isEqualTo("12394520.00");
        assertThat(json.path("receivables").asString()).isEqualTo("16359714.00");
        assertThat(json.path("november").path("rejectedRows").asInt()).isEqualTo(5);

        CommandRun second = demo("--data", SHIPPED.toString(), "--db", dataDir.toString(), "--json");
        assertThat(second.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(second.err()).contains("already holds data");

        CommandRun ledger = demo("ledger", "BLK-A-1001", "--db", dataDir.toString(), "--json");
        assertThat(ledger.status()).as(ledger.err()).isZero();
        JsonNode statement = JsonMapper.builder().build().readTree(ledger.out());
        assertThat(statement.path("consumerNo").asString()).isEqualTo("BLK-A-1001");
        assertThat(statement.path("entries").get(0).path("type").asString()).isEqualTo("OPENING_BALANCE");
        assertThat(statement.path("entries").get(0).path("amount").asString()).isEqualTo("6263.00");
    }

    @Test
    void demoWithoutDataRunsTheBundledCopy() {
        CommandRun run = demo("--db", dataDir.toString(), "--json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.path("october").path("bills").asInt()).isEqualTo(335);
        assertThat(json.path("november").path("bills").asInt()).isEqualTo(332);
        assertThat(json.path("receivables").asString()).isEqualTo("16359714.00");
    }

    @Test
    void missingDataFolderIsNamed() {
        Path missing = dataDir.resolve("no-such-dataset");

        CommandRun run = demo("--data", missing.toString(), "--db", dataDir.resolve("db").toString());

        assertThat(run.status()).isEqualTo(SmartCbsCommand.FAILED);
        assertThat(run.err()).contains(missing.toString()).contains("dataset folder not found");
    }

    @Test
    void demoOnPostgresqlMatchesPublishedReceivables() {
        StepClock clock = new StepClock();
        try (ConfigurableApplicationContext app = TestDatabase.POSTGRESQL.start(dataDir, clock)) {
            DemoCycle.Result result = new DemoCycle(app, clock).run(SHIPPED);
            Map<String, Object> json = DemoCycle.toJson(result);

            assertThat(json).containsEntry("receivables", "16359714.00");
            assertThat(result.months().get(0).bills()).isEqualTo(335);
            assertThat(result.months().get(1).bills()).isEqualTo(332);
            assertThat(result.lateCharges().total()).hasToString("468255.00");
        }
    }

    /** Runs the command line in this JVM: "demo" is prepended unless the first argument names a command. */
    private static CommandRun demo(String... args) {
        return CommandRun.of(args[0].startsWith("--") ? prepend("demo", args) : args);
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
