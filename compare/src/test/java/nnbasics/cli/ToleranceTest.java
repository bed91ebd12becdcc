package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import nnbasics.compare.TestData;
import org.junit.jupiter.api.Test;

/**
 * A disagreement fails: {@code --tolerance} below the real difference exits with 3 after the normal output, with
 * one line naming the tensor, the step and the value; the default is the documented bound.
 */
class ToleranceTest {

    private static final String IRIS = TestData.file("iris.csv").toString();
    private static final String TRUCKS = TestData.file("food-trucks.csv").toString();

    private static void assertDisagreement(CliRun run, String command) {
        assertEquals(TwinCheck.TWINS_DISAGREE, run.code(), run.err());
        assertFalse(run.out().isEmpty(), "the normal output comes first");
        String[] lines = run.err().strip().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.startsWith("nnbasics " + command + ": the engines disagree: from the same state, tensor "),
                last);
        assertTrue(last.matches(".*tensor \\w+ at step \\d+ differs by [0-9.e+-]+, above the tolerance 1\\.00e-30"),
                last);
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void classifyOnIrisAgreesWithinTheDefaultAndFailsBelowTheRealDifference() {
        CliRun ok = CliRun.of("classify", "--data", IRIS, "--label", "species", "--standardize", "--lr", "0.5",
                "--steps", "200", "--json");
        assertEquals(0, ok.code(), ok.err());
        JsonNode json = ok.json();
        // the step proof's documented bound, max(1e-12, n·2^-53) for n = 150 rows (docs/twin-difference.md)
        assertEquals(1e-12, json.get("tolerance").asDouble(), 0.0, "the documented bound");
        assertTrue(json.get("agree").asBoolean());
        double difference = json.get("maxRelativeDifference").asDouble();
        assertTrue(difference > 0, "two engines that add in a different order do not agree to the last bit here");
        assertTrue(json.get("worst").get("tensor").isTextual() && json.get("worst").get("step").isInt(), json.toString());

        assertDisagreement(CliRun.of("classify", "--data", IRIS, "--label", "species", "--standardize", "--lr", "0.5",
                "--steps", "200", "--tolerance", "1e-30"), "classify");
    }

    @Test
    void fitFailsBelowTheRealDifferenceWithGradientDescentAndTheNormalEquations() {
        assertDisagreement(CliRun.of("fit", "--data", TRUCKS, "--target", "profit", "--standardize", "--lr", "0.1",
                "--steps", "200", "--tolerance", "1e-30"), "fit");
        // the normal equations: a backward error above 1e-30 (no solve in double reaches 0 on 97 decimal rows)
        CliRun normal = CliRun.of("fit", "--data", TRUCKS, "--target", "profit", "--method", "normal",
                "--tolerance", "1e-30");
        assertEquals(TwinCheck.TWINS_DISAGREE, normal.code(), normal.err());
        assertTrue(normal.err().strip().matches("nnbasics fit: the (hand-written|DL4J) solution does not solve the "
                + "normal equations: its backward error is [0-9.e+-]+, above the tolerance 1\\.00e-30"), normal.err());
    }

    @Test
    void oneEngineAloneHasNothingToDisagreeAbout() {
        CliRun run = CliRun.of("fit", "--data", TRUCKS, "--target", "profit", "--engine", "hand", "--tolerance",
                "1e-30");
        assertEquals(0, run.code(), run.err());
    }

    @Test
    void aBadToleranceIsAUserError() {
        for (String bad : new String[] {"-1", "NaN", "Infinity"}) {
            CliRun run = CliRun.of("fit", "--data", TRUCKS, "--target", "profit", "--tolerance", bad);
            assertEquals(Main.USER_ERROR, run.code(), bad + ": " + run.err());
            assertTrue(run.err().contains("--tolerance"), run.err());
        }
    }
}
