package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nnbasics.compare.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnbasics classify} and {@code nnbasics softmax}, in-process, on the real labelled houses. */
class ClassifyCommandTest {

    private static final String LABELLED = TestData.file("houses-labelled.csv").toString();

    @TempDir
    Path tmp;

    @Test
    void bothEnginesWithATestFileAgreeOnEveryNumber() {
        // the guide gives no second list of houses, so the training file doubles as the test file here
        CliRun run = CliRun.of("classify", "--data", LABELLED, "--label", "label", "--test", LABELLED,
                "--standardize", "--lr", "1", "--steps", "1000", "--json");

        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        assertEquals("[\"bad\",\"good\"]", json.get("classes").toString(), "named classes, sorted");
        assertEquals("[\"area\",\"bathrooms\"]", json.get("features").toString());
        assertEquals(2, json.get("weights").size(), "K rows");
        assertEquals(2, json.get("weights").get(0).size(), "of one weight per feature");
        assertEquals(10, json.get("probabilities").size());
        // the hand-written tests measured 7 of 10 right at the maximum-likelihood point
        assertEquals(0.7, json.get("trainAccuracy").asDouble(), 0.0);
        assertEquals(json.get("trainAccuracy"), json.get("testAccuracy"), "same file");
        // hand-written Evaluation and DL4J's Evaluation: identical confusion matrices and accuracies
        assertEquals(json.get("confusionMatrix"), json.get("dl4j").get("confusionMatrix"));
        assertEquals(json.get("testAccuracy"), json.get("dl4j").get("testAccuracy"));
        assertEquals("[[1,2],[1,6]]", json.get("confusionMatrix").toString(), "rows actual, columns predicted");
        assertTrue(json.get("maxRelativeDifference").asDouble() <= 1e-12, json.toString());
        for (JsonNode row : json.get("probabilities")) {
            assertEquals(1.0, row.get(0).asDouble() + row.get(1).asDouble(), 1e-15, "a distribution");
        }
    }

    @Test
    void theNotebooksRunCallsEveryHouseGood() {
        // the notebook: squared error, raw features, its rate 1e-6 → 5e-7 on DL4J's MSE, 2000 epochs
        CliRun run = CliRun.of("classify", "--data", LABELLED, "--label", "label", "--loss", "mse", "--lr", "5e-7",
                "--steps", "2000", "--engine", "dl4j", "--json");

        assertEquals(0, run.code(), run.err());
        for (JsonNode row : run.json().get("probabilities")) {
            assertTrue(row.get(1).asDouble() > row.get(0).asDouble(), "predicted good: " + row);
        }
        assertEquals(0.7, run.json().get("trainAccuracy").asDouble(), 0.0, "7 of 10, as the notebook");
    }

    @Test
    void textOutputNamesTheClasses() {
        CliRun run = CliRun.of("classify", "--data", LABELLED, "--label", "label", "--standardize", "--steps", "50",
                "--engine", "hand", "--test", LABELLED);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("P(good)") && run.out().contains("confusion matrix"), run.out());
    }

    @Test
    void softmaxPrintsTheGuidesNumbers() {
        CliRun text = CliRun.of("softmax", "2", "4");
        assertEquals(0, text.code(), text.err());
        assertEquals("0.119203 0.880797", text.out().strip(), "the guide: [0.1192, 0.8808]");
        CliRun json = CliRun.of("softmax", "--json", "--", "-1", "0", "1");
        assertEquals(0, json.code(), json.err());
        assertEquals(0.0900, json.json().get(0).asDouble(), 5e-5, "the guide: [0.0900, 0.2447, 0.6652]");
        assertEquals(3, json.json().size());
    }

    // ---- errors ----

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
        return Files.writeString(tmp.resolve(name), content);
    }

    @Test
    void aLabelColumnWithOneClass() throws IOException {
        Path one = csv("one.csv", "area,label\n2104,good\n1600,good\n");
        assertUserError(CliRun.of("classify", "--data", one.toString(), "--label", "label"), "one.csv",
                "at least two classes", "good");
    }

    @Test
    void aTestFileWithAClassNeverSeenInTraining() throws IOException {
        Path test = csv("test.csv", "area,bathrooms,label\n2104,3,good\n1600,3,great\n");
        assertUserError(CliRun.of("classify", "--data", LABELLED, "--label", "label", "--test", test.toString()),
                "test.csv:3", "great", "never appears in the training file");
    }

    @Test
    void aTestFileWithOtherFeatureColumns() throws IOException {
        Path test = csv("other.csv", "area,floors,label\n2104,1,good\n1600,2,bad\n");
        assertUserError(CliRun.of("classify", "--data", LABELLED, "--label", "label", "--test", test.toString()),
                "other.csv", "[area, floors]", "[area, bathrooms]");
    }

    @Test
    void missingAndNonNumericFeatureCells() throws IOException {
        Path empty = csv("empty.csv", "area,bathrooms,label\n2104,3,good\n,3,bad\n");
        assertUserError(CliRun.of("classify", "--data", empty.toString(), "--label", "label"), "empty.csv:3", "area");
        Path text = csv("text.csv", "area,bathrooms,label\n2104,3,good\n1600,many,bad\n");
        assertUserError(CliRun.of("classify", "--data", text.toString(), "--label", "label"), "text.csv:3",
                "bathrooms", "many");
    }

    @Test
    void divergenceOfTheLoss() {
        // raw areas (~2000) and a rate of 1e300: after one step the weights are ~1e302 and the loss ~1e305
        assertUserError(CliRun.of("classify", "--data", LABELLED, "--label", "label", "--lr", "1e300",
                "--engine", "hand"), "diverged", "learning rate 1e300");
    }
}
