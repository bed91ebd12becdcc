package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import nnbasics.compare.MnistSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mnist --hidden … --updater …} on a slice: the recipe in the header and in --json, the step proof holding. */
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

    @Test
    void softmaxRegressionOnMnistRefusesAnotherUpdaterUpFront() {
        BadInputRoundTwoTest.oneLine(CliRun.of("mnist", "--updater", "adam", "--data", tmp.toString()),
                Main.USER_ERROR, "need --hidden on MNIST");
    }
}
