package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnbasics.compare.TestData;

/**
 * {@code fit --save} and {@code predict} for regressions: a kept network predicts in raw units what the training
 * run's DL4J engine predicted ({@code --predict}, the other side of the round trip), the hand-written engine agrees
 * within the derived bound; a linear model is kept in raw units and predicts Σ_j w_j x_j + b of the fit's own
 * weights; a hand file and a zip of different kinds of model are one line.
 */
class RegressionPredictTest {

    /** Populations (×10,000) to predict, inside the data's range 5 … 22. */
    private static final String[] POPULATIONS = {"5.5", "8", "12.25", "20"};

    /** Σ_j w_j x_j + b recomputed here in another order than the engines': a few roundings of numbers near 10. */
    private static final double LINEAR_SUM = 1e-12;

    @TempDir
    static Path tmp;
    static Path network;
    static Path rows;
    static JsonNode trained;

    @BeforeAll
    static void train() throws IOException {
        rows = tmp.resolve("populations.csv");
        Files.writeString(rows, "population\n" + String.join("\n", POPULATIONS) + "\n");
        network = tmp.resolve("trucks");
        String[] args = {"fit", "--data", TestData.file("food-trucks.csv").toString(), "--target", "profit",
                "--standardize", "--hidden", "8", "--steps", "300", "--save", network.toString(), "--json",
                "--predict", POPULATIONS[0], "--predict", POPULATIONS[1], "--predict", POPULATIONS[2], "--predict",
                POPULATIONS[3]};
        CliRun run = CliRun.of(args);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("saved dl4j's network in " + network), run.err());
        trained = run.json();
        assertEquals("1 → 8 tanh → 1 identity", trained.get("architecture").asText());
        assertEquals(2, trained.get("layers").size(), "--json has the layers");
    }

    @Test
    void dl4jPredictsWhatTheTrainingRunPredictedInRawUnits() {
        CliRun run = CliRun.of("predict", "--model", network.toString(), "--data", rows.toString(), "--engine", "dl4j",
                "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode out = run.json().get("rows");
        JsonNode expected = trained.get("dl4j").get("predictions");
        assertEquals(POPULATIONS.length, out.size());
        for (int i = 0; i < POPULATIONS.length; i++) {
            assertEquals(expected.get(i).asDouble(), out.get(i).get("prediction").asDouble(), 0.0,
                    "population " + POPULATIONS[i] + ": the zip holds the network, ND4J's scaler of x and y");
        }
        assertEquals("profit", run.json().get("target").asText());
    }

    @Test
    void bothEnginesAgreeOnTheKeptNetwork() {
        CliRun run = CliRun.of("predict", "--model", network.toString(), "--data",
                TestData.file("food-trucks.csv").toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode proof = run.json().get("proof");
        assertTrue(proof.get("agree").asBoolean(), proof.toString());
        assertTrue(proof.get("difference").asDouble() <= proof.get("bound").asDouble(), proof.toString());
        assertEquals(97, run.json().get("rows").size());
    }

    @Test
    void aLinearModelIsKeptInRawUnits() {
        Path linear = tmp.resolve("linear");
        CliRun fit = CliRun.of("fit", "--data", TestData.file("food-trucks.csv").toString(), "--target", "profit",
                "--method", "normal", "--save", linear.toString(), "--json");
        assertEquals(0, fit.code(), fit.err());
        double w = fit.json().get("weights").get(0).asDouble();
        double b = fit.json().get("bias").asDouble();
        CliRun run = CliRun.of("predict", "--model", linear.toString(), "--data", rows.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        assertEquals("1 → 1 identity", run.json().get("architecture").asText());
        for (int i = 0; i < POPULATIONS.length; i++) {
            double x = Double.parseDouble(POPULATIONS[i]);
            assertEquals(w * x + b, run.json().get("rows").get(i).get("prediction").asDouble(), LINEAR_SUM,
                    "w·x + b of the fit's printed weights, population " + x);
        }
        assertTrue(run.json().get("proof").get("agree").asBoolean());
    }

    @Test
    void aHandFileAndAZipOfDifferentKindsAreOneLine() throws IOException {
        Path classifier = tmp.resolve("classifier");
        CliRun classify = CliRun.of("classify", "--data", TestData.file("houses-labelled.csv").toString(), "--label",
                "label", "--steps", "5", "--save", classifier.toString());
        assertEquals(0, classify.code(), classify.err());
        Path mixed = tmp.resolve("mixed");
        Files.createDirectories(mixed);
        Files.copy(network.resolve("hand-network.json"), mixed.resolve("hand-network.json"));
        Files.copy(classifier.resolve("dl4j-network.zip"), mixed.resolve("dl4j-network.zip"));
        CliRun run = CliRun.of("predict", "--model", mixed.toString(), "--data", rows.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(mixed.toString()), run.err());
    }

    @Test
    void aCsvWithoutTheModelsFeatureIsOneLine() throws IOException {
        Path other = tmp.resolve("other.csv");
        Files.writeString(other, "area\n1\n");
        CliRun run = CliRun.of("predict", "--model", network.toString(), "--data", other.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("population"), run.err());
    }
}
