package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nnbasics.compare.TestData;
import org.junit.jupiter.api.Test;

/**
 * {@code classify --hidden … --dropout KEEP}: the recipe names the dropout in the text and in {@code --json}, the
 * step proof holds, {@code --dropout 1} is the run without it (the same bytes), and KEEP is checked up-front (exit 1
 * out of (0, 1] or without {@code --hidden}, 2 not a number; {@code mnist} without {@code --hidden} too).
 */
class ClassifyDropoutCommandTest {

    private static final String IRIS = TestData.file("iris.csv").toString();

    private static CliRun iris(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("classify", "--data", IRIS, "--label", "species",
                "--standardize", "--steps", "20"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void theTextAndJsonNameTheDropoutAndTheStepProofHolds() throws Exception {
        CliRun run = iris("--hidden", "8", "--activation", "relu", "--dropout", "0.8");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("network 4 → 8 relu → 3 softmax · SGD(lr 0.5) · dropout keep 0.8: species"),
                run.out().lines().findFirst().orElse(""));
        assertTrue(run.out().contains("within the bound"), run.out());
        JsonNode optimiser = new ObjectMapper().readTree(
                iris("--hidden", "8", "--activation", "relu", "--dropout", "0.8", "--json").out()).get("optimiser");
        assertEquals(0.8, optimiser.get("dropoutKeep").asDouble());
        assertEquals("SGD(lr 0.5) · dropout keep 0.8", optimiser.get("text").asText());
    }

    @Test
    void keepOneIsTheRunWithoutDropout() throws Exception {
        CliRun given = iris("--hidden", "8", "--dropout", "1", "--json");
        CliRun left = iris("--hidden", "8", "--json");
        assertEquals(left.out(), given.out(), "--dropout 1 is the default");
        assertNull(new ObjectMapper().readTree(left.out()).get("optimiser"), "no recipe without dropout");
    }

    @Test
    void keepIsCheckedUpFront() {
        CliRun zero = iris("--hidden", "8", "--dropout", "0");
        assertEquals(1, zero.code());
        assertEquals("nnbasics classify: --dropout must be in (0, 1], the probability to keep, got 0.0",
                zero.err().strip());
        assertEquals(1, iris("--hidden", "8", "--dropout", "1.5").code());
        CliRun noHidden = iris("--dropout", "0.5");
        assertEquals(1, noHidden.code());
        assertTrue(noHidden.err().contains("--dropout needs --hidden"), noHidden.err());
        CliRun word = iris("--hidden", "8", "--dropout", "abc");
        assertEquals(2, word.code());
        assertTrue(word.err().contains("Invalid value for option '--dropout': 'abc' is not a number"), word.err());
        CliRun mnist = CliRun.of("mnist", "--dropout", "0.5");
        assertEquals(1, mnist.code());
        assertTrue(mnist.err().contains("--dropout needs --hidden"), mnist.err());
    }
}
