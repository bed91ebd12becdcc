package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nnbasics.compare.MnistSlice;
import nnbasics.compare.TestData;
import nnbasics.compare.Tolerances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnbasics mnist}, in-process. */
class MnistCommandTest {

    /**
     * The step proof's bound for chains of sums of at most 4,503 terms (MNIST softmax: 100 rows, 784 pixels and the bias):
     * docs/twin-difference.md's floor of 1e−12.
     */
    private static final double STEP_PROOF_FLOOR = 1e-12;
    /** The same floor with DL4J in float32: 1e−12 / 2⁻⁵³ terms in float's unit roundoff 2⁻²⁴ (Tolerances.stepFloat32). */
    private static final double STEP_PROOF_FLOAT32 = 1e-12 / 0x1p-53 * 0x1p-24;

    /** Guessing among MNIST's ten digits. */
    private static final double CHANCE = 0.1;

    @TempDir
    Path tmp;

    @Test
    void missingDataIsOneLineThatSaysHowToFetchIt() {
        CliRun run = CliRun.of("mnist", "--data", tmp.resolve("nowhere").toString(), "--out", tmp.toString());
        assertEquals(Main.USER_ERROR, run.code(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("run data/mnist/fetch"), run.err());
        assertTrue(run.err().contains("train-images-idx3-ubyte is missing"), run.err());
    }

    /** A folder where an IDX file goes is not "missing": it is named as a folder, and fetching alone will not help. */
    @Test
    void aFolderInPlaceOfAFileIsNotCalledMissing() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path folder = Files.createDirectories(data.resolve("train-images-idx3-ubyte"));
        CliRun run = CliRun.of("mnist", "--data", data.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(Main.USER_ERROR, run.code(), run.err());
        assertEquals("nnbasics mnist: no MNIST data: " + folder + " is a folder, expected the IDX file (remove the "
                + "folder and run data/mnist/fetch)", run.err().strip());
    }

    /** A file without read permission: said so (skipped as root, who may read it anyway). */
    @Test
    void anUnreadableFileIsNotCalledMissing() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path file = Files.write(data.resolve("train-images-idx3-ubyte"), new byte[] {0, 0, 8, 3});
        Files.setPosixFilePermissions(file, java.util.Set.of());
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file), "root reads a file of mode 000");
        CliRun run = CliRun.of("mnist", "--data", data.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(Main.USER_ERROR, run.code(), run.err());
        assertEquals("nnbasics mnist: no MNIST data: " + file + " cannot be read (permission denied); give yourself "
                + "read permission, e.g. chmod u+r " + file, run.err().strip());
    }

    @Test
    void aMalformedFileIsOneLine() throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        for (String name : new String[] {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
            "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"}) {
            Files.write(data.resolve(name), new byte[] {0, 0, 8, 3, 0, 0});
        }
        CliRun run = CliRun.of("mnist", "--data", data.toString(), "--engine", "dl4j", "--out", tmp.toString());
        assertEquals(Main.USER_ERROR, run.code(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("IDX header"), run.err());
    }

    @Test
    void rejectsAnEmptyBatch() {
        CliRun run = CliRun.of("mnist", "--batch", "0");
        assertEquals(Main.USER_ERROR, run.code(), run.err());
        assertTrue(run.err().contains("--batch must be at least 1"), run.err());
    }

    /**
     * The command's output for one epoch with both engines: its JSON, its step proof and trajectory, its pictures. On
     * a slice of the real files (1,000 training images, 500 test, ten updates): what is claimed here is the command's,
     * and holds at any size. The accuracy of the full data is claimed where the full run is made once:
     * {@code MnistTwinsTest} (both engines, the tutorial's 92 % within five epochs) and the hand-written module's
     * {@code RealMnistTest} (90 % after one epoch).
     */
    @Test
    void oneEpochWithBothEnginesAsJsonWithPictures() throws IOException {
        Path data = MnistSlice.write(tmp.resolve("slice"), 1_000, 500);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("mnist", "--data", data.toString(), "--epochs", "1", "--out", out.toString(), "--json");

        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        assertEquals(1, json.get("testAccuracy").get("hand").size(), "one accuracy per epoch");
        assertEquals(json.get("testAccuracy").get("hand"), json.get("testAccuracy").get("dl4j"),
                "the same test accuracy");
        assertTrue(json.get("testAccuracy").get("dl4j").get(0).asDouble() > CHANCE, "ten updates learn: " + json);
        assertTrue(json.get("secondsPerEpoch").get("hand").get(0).asDouble() > 0, json.toString());
        assertTrue(json.get("secondsPerEpoch").get("dl4j").get(0).asDouble() > 0, json.toString());
        assertEquals(STEP_PROOF_FLOOR, json.get("tolerance").asDouble(), 0.0, "the step proof decides");
        assertTrue(json.get("maxRelativeDifference").asDouble() <= STEP_PROOF_FLOOR, json.toString());
        assertEquals(json.get("maxRelativeDifference"), json.get("stepProof").get("maxRelativeDifference"));
        assertEquals(Tolerances.MNIST_DOUBLE, json.get("trajectory").get("tolerance").asDouble(), 0.0,
                "the trajectory keeps its documented bound");
        assertTrue(json.get("trajectory").get("within").asBoolean(), json.toString());
        assertEquals(1, json.get("trajectoryPerEpoch").size(), "one value per epoch");
        for (String picture : new String[] {"mnist-loss-accuracy.png", "mnist-weights-hand.png",
            "mnist-weights-dl4j.png", "mnist-confusion-hand.png", "mnist-confusion-dl4j.png"}) {
            assertTrue(Files.isRegularFile(out.resolve(picture)), picture + " written");
        }
    }

    @Test
    void networkFlagsNeedHiddenAndAreCheckedBeforeTheData() {
        String nowhere = tmp.resolve("nowhere").toString();
        String[][] cases = {
            {"--activation", "relu"},
            {"--init-seed", "3"},
            {"--hidden", "0"},
            {"--hidden", "128", "--activation", "softplus"},
            {"--hidden", "128", "--float32"},
        };
        String[] expected = {"--activation needs --hidden", "--init-seed needs --hidden",
            "every hidden layer needs at least 1 unit, got 0", "--activation softplus: expected relu",
            "--float32 is for softmax regression"};
        for (int c = 0; c < cases.length; c++) {
            String[] args = new String[cases[c].length + 3];
            args[0] = "mnist";
            args[1] = "--data";
            args[2] = nowhere;                              // missing data would be another message
            System.arraycopy(cases[c], 0, args, 3, cases[c].length);
            CliRun run = CliRun.of(args);
            int code = cases[c][cases[c].length - 1].equals("softplus") ? 2 : Main.USER_ERROR;   // docs/errors.md:
            assertEquals(code, run.code(), String.join(" ", args) + ": " + run.err());          // not a choice: usage
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().contains(expected[c]), run.err());
        }
    }

    @Test
    void aNetworkOnASliceAsJsonNamesItsArchitecture() throws IOException {
        Path data = MnistSlice.write(tmp.resolve("slice"), 1_000, 500);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("mnist", "--data", data.toString(), "--hidden", "16", "--epochs", "1",
                "--init-seed", "2", "--out", out.toString(), "--json");

        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        assertEquals("784 → 16 relu → 10 softmax", json.get("architecture").asText(), json.toString());
        assertEquals("relu", json.get("activation").asText(), "relu is the default with --hidden");
        assertEquals(2, json.get("initSeed").asInt());
        assertEquals(1, json.get("seed").asInt(), "--seed stays the shuffles' seed");
        assertEquals(STEP_PROOF_FLOOR, json.get("tolerance").asDouble(), 0.0, "the step proof's bound");
        assertEquals(Tolerances.MNIST_NETWORK, json.get("trajectory").get("tolerance").asDouble(), 0.0,
                "the trajectory's documented bound");
        assertTrue(json.get("agree").asBoolean(), json.toString());
        assertEquals(json.get("testAccuracy").get("hand"), json.get("testAccuracy").get("dl4j"),
                "the same test accuracy");
        assertTrue(json.get("worst").get("tensor").asText().matches("loss|[Wb][12]"), json.toString());
        for (String picture : new String[] {"mnist-weights-hand.png", "mnist-weights-dl4j.png"}) {
            assertTrue(Files.isRegularFile(out.resolve(picture)), picture + " written");
        }
    }

    @Test
    void theSoftmaxRunNamesItsArchitectureToo() throws IOException {
        Path data = MnistSlice.write(tmp.resolve("slice"), 500, 200);
        CliRun run = CliRun.of("mnist", "--data", data.toString(), "--epochs", "1", "--engine", "hand",
                "--out", tmp.resolve("out").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("MNIST softmax regression (784 → 10 softmax): 500 training images"),
                run.out());
    }

    @Test
    void withDl4jInFloat32TheStepProofIsHeldInFloatsUnits() throws IOException {
        Path data = MnistSlice.write(tmp.resolve("slice"), 500, 200);
        CliRun run = CliRun.of("mnist", "--data", data.toString(), "--epochs", "1", "--float32",
                "--out", tmp.resolve("out").toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        assertEquals(STEP_PROOF_FLOAT32, json.get("tolerance").asDouble(), 1e-12 * STEP_PROOF_FLOAT32);
        assertTrue(json.get("agree").asBoolean(), json.toString());
        assertEquals(Tolerances.MNIST_FLOAT32, json.get("trajectory").get("tolerance").asDouble(), 0.0);
    }

    /** A tolerance of 0 fails a run whose engines rounded one step differently: exit 3, one line naming the step. */
    @Test
    void aStepAboveTheToleranceExitsWith3() throws IOException {
        Path data = MnistSlice.write(tmp.resolve("slice"), 500, 200);
        CliRun run = CliRun.of("mnist", "--data", data.toString(), "--epochs", "1", "--tolerance", "0",
                "--out", tmp.resolve("out").toString(), "--json");
        JsonNode json = run.json();
        boolean above = json.get("maxRelativeDifference").asDouble() > 0;
        assertEquals(above ? TwinCheck.TWINS_DISAGREE : 0, run.code(), run.err());
        assertEquals(above, run.err().contains("the engines disagree: from the same state, tensor "), run.err());
        assertEquals(0.0, json.get("tolerance").asDouble(), 0.0);
    }

    /** --hold-trajectory holds the free-running engines to their documented bound too; they keep it on a slice. */
    @Test
    void holdTrajectoryHoldsTheTrajectoryToItsBound() throws IOException {
        Path data = MnistSlice.write(tmp.resolve("slice"), 500, 200);
        CliRun run = CliRun.of("mnist", "--data", data.toString(), "--epochs", "1", "--hold-trajectory",
                "--out", tmp.resolve("out").toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode trajectory = run.json().get("trajectory");
        assertTrue(trajectory.get("held").asBoolean(), trajectory.toString());
        assertTrue(trajectory.get("within").asBoolean(), trajectory.toString());
    }
}
