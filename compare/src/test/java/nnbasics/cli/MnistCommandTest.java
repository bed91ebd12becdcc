package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nnbasics.compare.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnbasics mnist}, in-process. */
class MnistCommandTest {

    /** The bar for the engines' agreement over the first epoch in double precision. */
    private static final double FIRST_EPOCH_AGREEMENT = 1e-9;

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

    @Test
    void oneEpochWithBothEnginesAsJsonWithPictures() {
        Path data = TestData.dir().resolve("mnist");
        assertTrue(Files.isRegularFile(data.resolve("train-images-idx3-ubyte")),
                "MNIST is not in " + data.toAbsolutePath() + ": run data/mnist/fetch");
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("mnist", "--data", data.toString(), "--epochs", "1", "--out", out.toString(), "--json");

        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        assertEquals(1, json.get("testAccuracy").get("hand").size(), "one accuracy per epoch");
        assertEquals(json.get("testAccuracy").get("hand"), json.get("testAccuracy").get("dl4j"),
                "the same test accuracy");
        assertTrue(json.get("testAccuracy").get("dl4j").get(0).asDouble() > 0.9, json.toString());
        assertTrue(json.get("secondsPerEpoch").get("hand").get(0).asDouble() > 0, json.toString());
        assertTrue(json.get("secondsPerEpoch").get("dl4j").get(0).asDouble() > 0, json.toString());
        assertTrue(json.get("maxRelativeDifference").asDouble() <= FIRST_EPOCH_AGREEMENT, json.toString());
        for (String picture : new String[] {"mnist-loss-accuracy.png", "mnist-weights-hand.png",
            "mnist-weights-dl4j.png", "mnist-confusion-hand.png", "mnist-confusion-dl4j.png"}) {
            assertTrue(Files.isRegularFile(out.resolve(picture)), picture + " written");
        }
    }
}
