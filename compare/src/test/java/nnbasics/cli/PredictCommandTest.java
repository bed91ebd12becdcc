package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnbasics.compare.TestData;
import nnbasics.compare.Tolerances;
import nnbasics.compare.network.NetworkTwins;

/**
 * {@code classify --save} and {@code predict}: a kept model scores rows as the training run's DL4J network did, the
 * hand-written engine agrees with it within the forward pass's bound, a planted error is caught, and bad model
 * folders get one line. The expected probabilities are the training run's own DL4J engine's (the other side of the
 * round trip), never predict's output.
 */
class PredictCommandTest {

    /** The forward pass of 2 → 4 tanh → 2 softmax on one row: the step proof's bound over its chain of sums. */
    private static final double FORWARD_PASS = Tolerances.step(NetworkTwins.sumTerms(1, new int[] {2, 4, 2}));

    @TempDir
    static Path tmp;
    static Path model;
    static JsonNode trained;

    @BeforeAll
    static void train() {
        model = tmp.resolve("house-model");
        CliRun run = CliRun.of("classify", "--data", TestData.file("houses-labelled.csv").toString(), "--label",
                "label", "--standardize", "--hidden", "4", "--lr", "0.5", "--steps", "300", "--save",
                model.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("saved dl4j's network in " + model), run.err());
        trained = run.json();
    }

    private static CliRun predict(String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "predict";
        args[1] = "--model";
        args[2] = model.toString();
        args[3] = "--data=" + TestData.file("houses-labelled.csv");
        System.arraycopy(extra, 0, args, 4, extra.length);
        return CliRun.of(args);
    }

    @Test
    void dl4jScoresTheKeptNetworkAsItWasTrained() {
        CliRun run = predict("--engine", "dl4j", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode rows = run.json().get("rows");
        JsonNode expected = trained.get("dl4j").get("probabilities");
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < 2; k++) {
                assertEquals(expected.get(i).get(k).asDouble(), rows.get(i).get("probabilities").get(k).asDouble(),
                        0.0, "row " + i + ", class " + k + ": the zip holds the trained network and its normaliser");
            }
        }
    }

    @Test
    void theHandWrittenEngineScoresTheSameModelWithinTheBound() {
        CliRun run = predict("--engine", "hand", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode rows = run.json().get("rows");
        JsonNode dl4j = trained.get("dl4j").get("probabilities");
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < 2; k++) {
                assertEquals(dl4j.get(i).get(k).asDouble(), rows.get(i).get("probabilities").get(k).asDouble(),
                        FORWARD_PASS + 1e-12, "row " + i + ": one forward pass apart, and the two standardisers");
            }
        }
        CliRun both = predict("--json");
        assertEquals(0, both.code(), both.err());
        assertTrue(both.json().get("proof").get("agree").asBoolean());
    }

    @Test
    void softmaxRegressionIsKeptInRawUnitsAndScoredByBoth() throws IOException {
        Path softmax = tmp.resolve("iris-model");
        CliRun train = CliRun.of("classify", "--data", TestData.file("iris.csv").toString(), "--label", "species",
                "--standardize", "--lr", "0.5", "--steps", "200", "--save", softmax.toString());
        assertEquals(0, train.code(), train.err());
        JsonNode hand = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                softmax.resolve("hand-network.json").toFile());
        assertTrue(hand.get("standardizer").isNull(), "raw units: no scaler to keep");
        assertEquals(1, hand.get("layers").size(), "one layer: softmax regression");
        CliRun run = CliRun.of("predict", "--model", softmax.toString(), "--data",
                TestData.file("iris.csv").toString(), "--json");
        assertEquals(0, run.code(), run.err());
        assertEquals("4 → 3 softmax", run.json().get("architecture").asText());
        assertEquals(150, run.json().get("rows").size());
        assertTrue(run.json().get("proof").get("agree").asBoolean());
    }

    @Test
    void aPlantedErrorInOneWeightIsCaught() throws IOException {
        Path copy = copyModel("planted");
        Path json = copy.resolve("hand-network.json");
        JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        com.fasterxml.jackson.databind.node.ArrayNode row = (com.fasterxml.jackson.databind.node.ArrayNode)
                root.get("layers").get(0).get("W").get(0);
        row.set(0, row.get(0).asDouble() + 1e-6);                // W1[0][0] one part in a million off
        new com.fasterxml.jackson.databind.ObjectMapper().writeValue(json.toFile(), root);
        CliRun run = CliRun.of("predict", "--model", copy.toString(), "--data",
                TestData.file("houses-labelled.csv").toString());
        assertEquals(3, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("the engines disagree"), run.err());
    }

    @Test
    void badModelFoldersGetOneLine() throws IOException {
        Path truncatedZip = copyModel("truncated-zip");
        byte[] zip = Files.readAllBytes(truncatedZip.resolve("dl4j-network.zip"));
        Files.write(truncatedZip.resolve("dl4j-network.zip"), java.util.Arrays.copyOf(zip, zip.length / 2));
        Path truncatedJson = copyModel("truncated-json");
        String text = Files.readString(truncatedJson.resolve("hand-network.json"));
        Files.writeString(truncatedJson.resolve("hand-network.json"), text.substring(0, text.length() / 2));
        Path renamed = copyModel("renamed");
        Files.writeString(renamed.resolve("hand-network.json"),
                Files.readString(renamed.resolve("hand-network.json")).replace("\"good\"", "\"great\""));
        Path aFile = Files.writeString(tmp.resolve("a-file"), "x");
        Path noBathrooms = Files.writeString(tmp.resolve("no-bathrooms.csv"), "area,label\n2104,good\n");
        assertAll(
                () -> oneLine(CliRun.of("predict", "--model", tmp.resolve("nowhere").toString(), "--data", csv()),
                        "no such folder"),
                () -> oneLine(CliRun.of("predict", "--model", aFile.toString(), "--data", csv()), "is a file"),
                () -> oneLine(CliRun.of("predict", "--model", truncatedZip.toString(), "--data", csv()),
                        "dl4j-network.zip: not a"),
                () -> oneLine(CliRun.of("predict", "--model", truncatedJson.toString(), "--data", csv()),
                        "not valid JSON at line"),
                () -> oneLine(CliRun.of("predict", "--model", renamed.toString(), "--data", csv()),
                        "name different features or classes"),
                () -> oneLine(CliRun.of("predict", "--model", model.toString(), "--data", noBathrooms.toString()),
                        "bathrooms"),
                () -> oneLine(CliRun.of("classify", "--data", csv(), "--label", "label", "--hidden", "2",
                        "--save", aFile.toString()), "--save " + aFile + ": is a file"));
    }

    private static String csv() {
        return TestData.file("houses-labelled.csv").toString();
    }

    private static void oneLine(CliRun run, String expected) {
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    private static Path copyModel(String name) throws IOException {
        Path copy = Files.createDirectories(tmp.resolve(name));
        try (Stream<Path> files = Files.list(model)) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }
}
