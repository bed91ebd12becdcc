package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import nnbasics.compare.MnistSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mnist --updater …}, with and without {@code --hidden}, on a slice: the recipe in the header and in --json,
 * the step proof holding; {@code --updater sgd} the run without it; {@code --dropout} without a hidden layer refused.
 */
class MnistOptimiserCommandTest {

    @TempDir
    Path tmp;

    @Test
    void adamNamesItsRecipeTakesDl4jsDefaultRateAndHoldsTheStepProof() throws IOException {
        Path data = MnistSlice.write(tmp.resolve("slice"), 500, 200);
        CliRun text = CliRun.of("mnist", "--data", data.toString(), "--hidden", "16", "--epochs", "1",
                "--updater", "adam", "--out", tmp.resolve("out").toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("MNIST network (784 → 16 relu → 10 softmax · Adam(lr 0.001, β₁ 0.9, "
                + "β₂ 0.999, ε 1e-8)): 500 training images"), text.out());
        assertTrue(text.out().contains("within the bound"), text.out());

        CliRun json = CliRun.of("mnist", "--data", data.toString(), "--hidden", "16", "--epochs", "1",
                "--updater", "momentum", "--lr", "0.05", "--l2", "1e-4", "--out", tmp.resolve("out2").toString(),
                "--json");
        assertEquals(0, json.code(), json.err());
        JsonNode optimiser = json.json().get("optimiser");
        assertEquals("momentum", optimiser.get("updater").asText());
        assertEquals(0.05, optimiser.get("learningRate").asDouble(), "--lr given: it is the rate");
        assertEquals(0.9, optimiser.get("momentum").asDouble(), "DL4J's Nesterovs default momentum");
        assertEquals(1e-4, optimiser.get("l2").asDouble());
    }

    /** Softmax regression (no --hidden) with Adam: the recipe in the text and --json, the step proof holding. */
    @Test
    void softmaxRegressionTakesAdamAndHoldsTheStepProof() throws IOException {
        Path data = MnistSlice.write(tmp.resolve("slice"), 500, 200);
        CliRun text = CliRun.of("mnist", "--data", data.toString(), "--epochs", "1", "--updater", "adam",
                "--out", tmp.resolve("out").toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("MNIST softmax regression (784 → 10 softmax · Adam(lr 0.001, β₁ 0.9, "
                + "β₂ 0.999, ε 1e-8)): 500 training images"), text.out());
        assertTrue(text.out().contains("within the bound"), text.out());

        CliRun json = CliRun.of("mnist", "--data", data.toString(), "--epochs", "1", "--updater", "momentum",
                "--lr", "0.05", "--l2", "1e-4", "--out", tmp.resolve("out2").toString(), "--json");
        assertEquals(0, json.code(), json.err());
        JsonNode optimiser = json.json().get("optimiser");
        assertEquals("momentum", optimiser.get("updater").asText());
        assertEquals(1e-4, optimiser.get("l2").asDouble());
        assertTrue(json.json().get("stepProof").get("agree").asBoolean(), json.out());
    }

    /** {@code --updater sgd} is the default: the same bytes as no flag, but for the measured seconds. */
    @Test
    void updaterSgdIsTheRunWithoutTheFlag() throws IOException {
        Path data = MnistSlice.write(tmp.resolve("slice"), 300, 100);
        String out = tmp.resolve("out").toString();
        for (boolean json : new boolean[] {false, true}) {
            List<String> plain = new java.util.ArrayList<>(List.of("mnist", "--data", data.toString(), "--epochs",
                    "1", "--out", out));
            if (json) {
                plain.add("--json");
            }
            List<String> sgd = new java.util.ArrayList<>(plain);
            sgd.addAll(List.of("--updater", "sgd"));
            CliRun left = CliRun.of(plain.toArray(String[]::new));
            CliRun given = CliRun.of(sgd.toArray(String[]::new));
            assertEquals(0, left.code(), left.err());
            assertEquals(withoutSeconds(left.out()), withoutSeconds(given.out()), "--updater sgd is the default");
        }
    }

    /** The output with every measured time (text "2.10 s", JSON's seconds fields) replaced by a mark. */
    static String withoutSeconds(String out) {
        return out.replaceAll("\\d+\\.\\d+ s\\b", "T s")
                .replaceAll("(?s)\"(secondsPerEpoch|loadSeconds)\" : \\{[^}]*\\}", "\"$1\" : T");
    }

    /** float32 with Adam parts by 2.9e−2 on MNIST (measured), far above float32's bound: refused up-front. */
    @Test
    void float32TakesPlainSgdOnly() {
        BadInputRoundTwoTest.oneLine(CliRun.of("mnist", "--float32", "--updater", "adam", "--data", tmp.toString()),
                Main.USER_ERROR, "--float32 takes plain SGD");
    }

    @Test
    void softmaxRegressionOnMnistRefusesDropoutUpFront() {
        BadInputRoundTwoTest.oneLine(CliRun.of("mnist", "--dropout", "0.5", "--data", tmp.toString()),
                Main.USER_ERROR, "--dropout needs --hidden");
    }
}
