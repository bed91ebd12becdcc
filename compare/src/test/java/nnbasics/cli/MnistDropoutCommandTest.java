package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import nnbasics.compare.MnistSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mnist --hidden … --dropout KEEP} on a slice: the recipe names the dropout in the text and in {@code --json},
 * the step proof holds (both engines drop the same units), and {@code --dropout 1} is the run without it (the same
 * bytes, but for the measured seconds).
 */
class MnistDropoutCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theTextAndJsonNameTheDropoutAndTheStepProofHolds() throws IOException {
        Path data = MnistSlice.write(tmp.resolve("slice"), 500, 200);
        CliRun text = CliRun.of("mnist", "--data", data.toString(), "--hidden", "16", "--epochs", "1",
                "--dropout", "0.8", "--out", tmp.resolve("out").toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("MNIST network (784 → 16 relu → 10 softmax · SGD(lr 0.5) · dropout keep "
                + "0.8): 500 training images"), text.out());
        assertTrue(text.out().contains("within the bound"), text.out());

        CliRun json = CliRun.of("mnist", "--data", data.toString(), "--hidden", "16", "--epochs", "1",
                "--dropout", "0.8", "--updater", "adam", "--out", tmp.resolve("out2").toString(), "--json");
        assertEquals(0, json.code(), json.err());
        JsonNode optimiser = json.json().get("optimiser");
        assertEquals(0.8, optimiser.get("dropoutKeep").asDouble());
        assertEquals("adam", optimiser.get("updater").asText());
        assertEquals("Adam(lr 0.001, β₁ 0.9, β₂ 0.999, ε 1e-8) · dropout keep 0.8", optimiser.get("text").asText());
        assertTrue(json.json().get("stepProof").get("agree").asBoolean(), json.out());
    }

    @Test
    void keepOneIsTheRunWithoutDropout() throws IOException {
        Path data = MnistSlice.write(tmp.resolve("slice"), 300, 100);
        String out = tmp.resolve("out").toString();
        for (boolean json : new boolean[] {false, true}) {
            List<String> plain = new ArrayList<>(List.of("mnist", "--data", data.toString(), "--hidden", "8",
                    "--epochs", "1", "--out", out));
            if (json) {
                plain.add("--json");
            }
            List<String> keepOne = new ArrayList<>(plain);
            keepOne.addAll(List.of("--dropout", "1"));
            CliRun left = CliRun.of(plain.toArray(String[]::new));
            CliRun given = CliRun.of(keepOne.toArray(String[]::new));
            assertEquals(0, left.code(), left.err());
            assertEquals(MnistOptimiserCommandTest.withoutSeconds(left.out()),
                    MnistOptimiserCommandTest.withoutSeconds(given.out()), "--dropout 1 is the default");
            if (json) {
                assertNull(left.json().get("optimiser"), "no recipe without dropout");
            }
        }
    }
}
