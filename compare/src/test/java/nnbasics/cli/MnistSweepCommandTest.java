package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nnbasics.compare.MnistSlice;
import nnbasics.compare.Tolerances;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nnbasics mnist-sweep}, in-process, on a slice of MNIST: the first 1,000 training images (10 batches of
 * 100) and the first 500 test images, widths 0 and 16, one epoch.
 */
class MnistSweepCommandTest {

    /** Guessing one of the ten digits. */
    private static final double CHANCE = 0.1;
    /**
     * The step proof's bound at every width here (sums of at most 785 terms): docs/twin-difference.md's floor of
     * 1e−12.
     */
    private static final double STEP_PROOF_FLOOR = 1e-12;

    @TempDir
    static Path tmp;

    private static Path slice;
    private static Path out;
    private static CliRun sweep;

    @BeforeAll
    static void sweepTwoWidthsOnASlice() throws IOException {
        slice = MnistSlice.write(tmp.resolve("slice"), 1_000, 500);
        out = tmp.resolve("out");
        sweep = CliRun.of("mnist-sweep", "--data", slice.toString(), "--widths", "16,0", "--out", out.toString(),
                "--json");
    }

    @Test
    void bothEnginesGiveTheSameAccuracyAndAgreeWithinTheMnistBounds() {
        assertEquals(0, sweep.code(), sweep.err());
        JsonNode rows = sweep.json().get("widths");
        assertEquals(2, rows.size(), "one row per width");
        assertEquals(0, rows.get(0).get("hidden").asInt(), "the widths in ascending order");
        assertEquals(16, rows.get(1).get("hidden").asInt());
        assertEquals("784 → 10 softmax", rows.get(0).get("architecture").asText());
        assertEquals("784 → 16 relu → 10 softmax", rows.get(1).get("architecture").asText());
        // the trajectory's documented bounds (docs/twin-difference.md, docs/hidden-layers.md): softmax, then a network
        double[] documented = {Tolerances.MNIST_DOUBLE, Tolerances.MNIST_NETWORK};
        for (int r = 0; r < 2; r++) {
            JsonNode row = rows.get(r);
            String which = row.get("architecture").asText() + ": " + row;
            assertEquals(row.get("testAccuracy").get("hand"), row.get("testAccuracy").get("dl4j"),
                    "the same test accuracy, " + which);
            assertEquals(1, row.get("testAccuracy").get("hand").size(), "one epoch, " + which);
            assertEquals(STEP_PROOF_FLOOR, row.get("tolerance").asDouble(), 0.0, which);
            assertTrue(row.get("maxRelativeDifference").asDouble() <= STEP_PROOF_FLOOR, which);
            assertTrue(row.get("agree").asBoolean(), which);
            assertEquals(documented[r], row.get("trajectory").get("tolerance").asDouble(), 0.0, which);
            assertTrue(row.get("trajectory").get("maxRelativeDifference").asDouble() <= documented[r], which);
            // 10 steps on 1,000 images: both learned, more than twice the 10 % of guessing one of ten digits
            assertTrue(row.get("testAccuracy").get("hand").get(0).asDouble() > 2 * CHANCE, which);
            int step = row.get("worst").get("step").asInt();
            assertTrue(step >= 1 && step <= 10, "updates count the 10 batches: " + which);
        }
        assertEquals(1_000, sweep.json().get("trainingImages").asInt());
        assertEquals(500, sweep.json().get("testImages").asInt());
    }

    /**
     * Each row is the run of the single command it names: width 0 is {@code mnist}'s softmax regression, width 16
     * is {@code mnist --hidden 16}, with the same seeds and epochs (the other command is the reference).
     */
    @Test
    void eachRowIsTheSingleCommandsRun() {
        JsonNode rows = sweep.json().get("widths");
        CliRun softmax = CliRun.of("mnist", "--data", slice.toString(), "--epochs", "1",
                "--out", tmp.resolve("single-0").toString(), "--json");
        CliRun network = CliRun.of("mnist", "--data", slice.toString(), "--epochs", "1", "--hidden", "16",
                "--out", tmp.resolve("single-16").toString(), "--json");
        assertEquals(0, softmax.code(), softmax.err());
        assertEquals(0, network.code(), network.err());
        assertEquals(softmax.json().get("testAccuracy"), rows.get(0).get("testAccuracy"), "width 0 = mnist");
        assertEquals(softmax.json().get("maxRelativeDifference"), rows.get(0).get("maxRelativeDifference"));
        assertEquals(softmax.json().get("trajectory"), rows.get(0).get("trajectory"));
        assertEquals(network.json().get("testAccuracy"), rows.get(1).get("testAccuracy"), "width 16 = mnist --hidden 16");
        assertEquals(network.json().get("maxRelativeDifference"), rows.get(1).get("maxRelativeDifference"));
        assertEquals(network.json().get("trajectory"), rows.get(1).get("trajectory"));
    }

    @Test
    void writesTheChartTheFeaturesOfEveryHiddenLayerAndTheJson() throws IOException {
        assertEquals(0, sweep.code(), sweep.err());
        for (String file : List.of("accuracy-vs-hidden.png", "sweep.json", "features-16-hand.png",
                "features-16-dl4j.png")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file + " written");
        }
        assertFalse(Files.exists(out.resolve("features-0-hand.png")), "softmax regression has no hidden layer");
        try (var files = Files.list(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
        assertEquals(sweep.json(), new ObjectMapper().readTree(out.resolve("sweep.json").toFile()),
                "sweep.json holds what --json printed");
        assertTrue(sweep.err().contains("width 1 of 2, 784 → 10 softmax"), "progress on stderr: " + sweep.err());
    }

    @Test
    void theTableNamesEveryWidthTheStepProofAndTheTrajectory() {
        CliRun text = CliRun.of("mnist-sweep", "--data", slice.toString(), "--widths", "0", "--out",
                tmp.resolve("text").toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("hidden units  test accuracy hand  test accuracy dl4j  step proof (tensor, step)"),
                text.out());
        assertTrue(text.out().contains("trajectory (tensor, step)"), text.out());
        assertTrue(text.out().lines().anyMatch(l -> l.matches("\\s+0\\s+\\d+\\.\\d\\d %\\s+\\d+\\.\\d\\d %\\s+.*")),
                text.out());
        assertTrue(text.out().contains("the whole sweep took"), text.out());
    }

    /** A tolerance of 0 fails any width whose engines rounded differently: exit 3, one line naming the width. */
    @Test
    void aWidthAboveItsToleranceExitsWith3() {
        CliRun strict = CliRun.of("mnist-sweep", "--data", slice.toString(), "--widths", "0,16", "--tolerance", "0",
                "--hold-trajectory", "--out", tmp.resolve("strict").toString(), "--json");
        JsonNode rows = strict.json().get("widths");
        boolean anyAbove = false;
        for (JsonNode row : rows) {
            assertTrue(row.get("trajectory").get("held").asBoolean(), "--hold-trajectory reaches every row");
            boolean above = row.get("maxRelativeDifference").asDouble() > 0;
            anyAbove |= above;
            assertEquals(above, strict.err().contains("the engines disagree at " + row.get("hidden").asInt()
                    + " hidden units"), strict.err());
        }
        assertEquals(anyAbove ? TwinCheck.TWINS_DISAGREE : 0, strict.code(), strict.err());
    }

    @Test
    void badWidthsAreOneLineBeforeTheData() {
        String nowhere = tmp.resolve("nowhere").toString();    // missing data would be another message
        // docs/errors.md: text that is not a list of whole numbers is a usage error (2), a width out of range a
        // mistake in the value (1)
        String[][] cases = {
            {"", "expected hidden units separated by commas", "2"},
            {" ", "expected hidden units separated by commas", "2"},
            {"-16", "a width cannot be negative, got -16", "1"},
            {"0,16,-1", "a width cannot be negative, got -1", "1"},
            {"0,,16", "an empty width between commas", "2"},
            {"16,", "an empty width between commas", "2"},
            {"0,sixteen", "\"sixteen\" is not a whole number", "2"},
            {"16,8.5", "\"8.5\" is not a whole number", "2"},
            {"16,16", "the width 16 is given twice", "1"},
            {"0,00", "the width 0 is given twice", "1"},
            {"4096", "at most " + MnistSweepCommand.MAX_WIDTH + " hidden units", "1"},
        };
        for (String[] c : cases) {
            CliRun run = CliRun.of("mnist-sweep", "--data", nowhere, "--widths", c[0]);
            assertEquals(Integer.parseInt(c[2]), run.code(), "'" + c[0] + "': " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().startsWith("nnbasics mnist-sweep: --widths '" + c[0] + "': "), run.err());
            assertTrue(run.err().contains(c[1]), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
        CliRun epochs = CliRun.of("mnist-sweep", "--data", nowhere, "--epochs", "0");
        assertEquals(Main.USER_ERROR, epochs.code(), epochs.err());
        assertTrue(epochs.err().contains("--epochs must be at least 1"), epochs.err());
        CliRun activation = CliRun.of("mnist-sweep", "--data", nowhere, "--activation", "softplus");
        assertEquals(2, activation.code(), activation.err());
        assertTrue(activation.err().contains("--activation softplus: expected relu"), activation.err());
        CliRun noValue = CliRun.of("mnist-sweep", "--widths");
        assertEquals(2, noValue.code(), "picocli's usage error: " + noValue.err());
        CliRun data = CliRun.of("mnist-sweep", "--data", nowhere);
        assertEquals(Main.USER_ERROR, data.code(), data.err());
        assertEquals(1, data.err().strip().lines().count(), data.err());
        assertTrue(data.err().contains("run data/mnist/fetch"), data.err());
    }

    /** An --out that cannot be a folder is the same one line as for mnist and guide, before any training. */
    @Test
    void anOutThatIsAFileIsOneLineBeforeTraining() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        CliRun run = CliRun.of("mnist-sweep", "--data", slice.toString(), "--widths", "0", "--out", file.toString());
        assertEquals(Main.USER_ERROR, run.code(), run.err());
        assertEquals("nnbasics mnist-sweep: --out " + file + ": is a file, expected a folder", run.err().strip());
        assertFalse(run.out().contains("hidden units"), "no table: nothing was trained\n" + run.out());
    }
}
