package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nnbasics.compare.TestData;
import nnbasics.handwritten.data.Table;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.NormalEquations;
import nnbasics.handwritten.regression.RegressionData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnbasics fit}, run in-process on the real data files and on broken copies of them. */
class FitCommandTest {

    /**
     * Hand-written Gaussian elimination and ND4J's solver agree to ~1e-11 on the houses: AᵀA has entries from 10 to
     * ~4e7 (area²), condition number ~1e8, so each solver's rounding is amplified ~1e8 times 1e-16.
     */
    private static final double SOLVERS_TOLERANCE = 1e-8;

    /** Gradient descent, standardised, 2000 steps at 0.1: the slowest mode has decayed far below 1e-9. */
    private static final double GD_TOLERANCE = 1e-9;

    private static final String HOUSES = TestData.file("houses.csv").toString();

    @TempDir
    Path tmp;

    private static LinearModel closedForm(int rows, String... features) {
        Table table = Table.read(TestData.file("houses.csv"));
        double[][] x = java.util.Arrays.copyOf(table.numericColumns(List.of(features)), rows);
        double[] y = java.util.Arrays.copyOf(table.numericColumn("price"), rows);
        return NormalEquations.solve(new RegressionData(x, y));
    }

    @Test
    void normalEquationsWithBothEnginesOnTheTenHouses() {
        CliRun run = CliRun.of("fit", "--data", HOUSES, "--target", "price", "--method", "normal", "--json");

        assertEquals(0, run.code(), run.err());
        LinearModel expected = closedForm(10, "area", "bathrooms"); // the hand-written solver, called directly
        assertEquals("[\"area\",\"bathrooms\"]", run.json().get("features").toString(), "default: the other columns");
        assertEquals(expected.weights()[0], run.doubles("weights")[0], 0.0);
        assertEquals(expected.bias(), run.json().get("bias").asDouble(), 0.0);
        assertEquals("both", run.json().get("engine").asText());
        assertTrue(run.json().get("maxRelativeDifference").asDouble() <= SOLVERS_TOLERANCE, run.out());
        // the guide's section 5 in dollars²: 1406.05 ($1000)² = 1.40605e9
        assertEquals(1406.05e6, run.json().get("mse").asDouble(), 0.005e6);
    }

    @Test
    void theGuidesSection3OptimumWithPredictions() {
        CliRun run = CliRun.of("fit", "--data", HOUSES, "--target", "price", "--features", "area", "--rows", "3",
                "--method", "normal", "--engine", "hand", "--predict", "2000", "--json");

        assertEquals(0, run.code(), run.err());
        // the guide: w ≈ 0.058488, b ≈ 247.263 in $1000 → 58.488 $/sq ft and $247,263
        assertEquals(58.488, run.doubles("weights")[0], 0.0005);
        assertEquals(247263, run.json().get("bias").asDouble(), 0.5);
        assertEquals(447.29e6, run.json().get("mse").asDouble(), 0.005e6);
        double[] w = run.doubles("weights");
        assertEquals(w[0] * 2000 + run.json().get("bias").asDouble(), run.doubles("predictions")[0], 1e-9);
        assertFalse(run.json().has("maxRelativeDifference"), "only with --engine both");
    }

    @Test
    void gradientDescentOnStandardisedFeaturesReachesTheClosedFormInRawUnits() {
        CliRun run = CliRun.of("fit", "--data", HOUSES, "--target", "price", "--standardize", "--lr", "0.1",
                "--steps", "2000", "--predict", "2000,3", "--predict", "1500,2", "--json");

        assertEquals(0, run.code(), run.err());
        LinearModel expected = closedForm(10, "area", "bathrooms");
        double[] w = run.doubles("weights");
        assertAll(
                () -> assertEquals(expected.weights()[0], w[0], GD_TOLERANCE * Math.abs(expected.weights()[0])),
                () -> assertEquals(expected.weights()[1], w[1], GD_TOLERANCE * Math.abs(expected.weights()[1])),
                () -> assertEquals(expected.bias(), run.json().get("bias").asDouble(),
                        GD_TOLERANCE * Math.abs(expected.bias())),
                () -> assertEquals(2000, run.json().get("steps").asInt()),
                () -> assertEquals(2, run.doubles("predictions").length),
                () -> assertTrue(run.json().get("maxRelativeDifference").asDouble() <= 1e-12,
                        "engines within the lock-step tolerance: " + run.json().get("maxRelativeDifference")));
    }

    @Test
    void theDefaultAutoRateDoesNotDivergeOnRawFeatures() {
        CliRun run = CliRun.of("fit", "--data", HOUSES, "--target", "price", "--engine", "hand", "--json");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.json().get("learningRate").asText().startsWith("auto"), run.out());
        assertTrue(Double.isFinite(run.json().get("mse").asDouble()));
    }

    @Test
    void textOutputShowsBothEnginesAndTheirDifference() {
        CliRun run = CliRun.of("fit", "--data", HOUSES, "--target", "price", "--standardize", "--lr", "0.1",
                "--steps", "100");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("hand") && run.out().contains("dl4j"), run.out());
        assertTrue(run.out().contains("step proof: each engine's step from DL4J's state, at every step"), run.out());
        assertTrue(run.out().contains("trajectory: the engines running free from the same start part by"), run.out());
    }

    // ---- errors: exit code 1, one line naming the problem, no stack trace ----

    private static void assertUserError(CliRun run, String... fragments) {
        assertEquals(1, run.code(), "exit code; stderr: " + run.err() + " stdout: " + run.out());
        String message = run.err().strip();
        assertEquals(1, message.lines().count(), "one line: " + message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), "no stack trace: " + message);
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), "expected \"" + fragment + "\" in: " + message);
        }
    }

    private Path csv(String name, String content) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void aMissingFile() {
        String missing = tmp.resolve("nope.csv").toString();
        assertUserError(CliRun.of("fit", "--data", missing, "--target", "price"), "nope.csv", "not found");
    }

    @Test
    void anUnknownColumn() {
        assertUserError(CliRun.of("fit", "--data", HOUSES, "--target", "prize"), "prize", "area, bathrooms, price");
        assertUserError(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--features", "area,baths"), "baths");
    }

    @Test
    void aNonNumericCellNamesFileLineAndColumn() throws IOException {
        Path bad = csv("bad.csv", "area,bathrooms,price\n2104,3,399900\n1600,three,329900\n2400,3,369000\n");
        assertUserError(CliRun.of("fit", "--data", bad.toString(), "--target", "price"), "bad.csv", ":3", "bathrooms",
                "three");
    }

    @Test
    void anEmptyCell() throws IOException {
        Path bad = csv("empty.csv", "area,bathrooms,price\n2104,3,399900\n1600,,329900\n2400,3,369000\n");
        assertUserError(CliRun.of("fit", "--data", bad.toString(), "--target", "price"), "empty.csv", ":3",
                "bathrooms");
    }

    @Test
    void nanAndInfiniteCells() throws IOException {
        Path nan = csv("nan.csv", "area,price\n2104,399900\nNaN,329900\n2400,369000\n");
        assertUserError(CliRun.of("fit", "--data", nan.toString(), "--target", "price"), "nan.csv", ":3", "area");
        Path inf = csv("inf.csv", "area,price\n2104,399900\n1600,Infinity\n2400,369000\n");
        assertUserError(CliRun.of("fit", "--data", inf.toString(), "--target", "price"), "inf.csv", ":3", "price");
    }

    @Test
    void fewerRowsThanParametersForTheNormalEquations() {
        assertUserError(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--rows", "2", "--method", "normal"),
                "2 rows cannot determine 3 parameters");
    }

    @Test
    void aConstantColumnWithStandardize() throws IOException {
        Path constant = csv("constant.csv", "area,floors,price\n2104,1,399900\n1600,1,329900\n2400,1,369000\n");
        assertUserError(CliRun.of("fit", "--data", constant.toString(), "--target", "price", "--standardize"),
                "floors", "constant");
        // DL4J alone too: ND4J's normaliser would divide by 1e-5 instead
        assertUserError(CliRun.of("fit", "--data", constant.toString(), "--target", "price", "--standardize",
                "--engine", "dl4j"), "floors", "constant");
    }

    @Test
    void divergenceNamesTheLearningRate() {
        assertUserError(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--lr", "0.01", "--steps", "1000"),
                "diverged", "learning rate 0.01");
    }

    @Test
    void badFlagValues() {
        assertUserError(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--predict", "2000"),
                "--predict", "expected 2");
        CliRun fast = CliRun.of("fit", "--data", HOUSES, "--target", "price", "--lr", "fast");
        assertEquals(2, fast.code(), "not a number: a usage error (docs/errors.md): " + fast.err());
        assertTrue(fast.err().contains("--lr \"fast\": expected a finite number"), fast.err());
        assertUserError(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--lr", "-1"), "--lr", "positive");
    }

    @Test
    void usageErrorsExitWithTwoAndHelpExplains() {
        CliRun missing = CliRun.of("fit", "--data", HOUSES);
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--target"), missing.err());
        CliRun help = CliRun.of("fit", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("WITHOUT a factor 1/2"), help.out());
    }
}
