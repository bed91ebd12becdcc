package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnbasics.compare.TestData;
import nnbasics.handwritten.mnist.IdxFile;
import nnbasics.handwritten.mnist.IdxReader;

/**
 * {@code mnist --save} and {@code predict} on a CSV of raw pixels: the kept softmax regression scores the first test
 * images as a one-epoch model does, and both engines agree on every row within the forward pass's bound.
 */
class MnistSaveTest {

    /** The first test images scored. */
    private static final int IMAGES = 100;

    /**
     * One epoch of softmax regression reaches 92 % on the 10,000 test images (README, docs/commands.md); on 100 of
     * them a 95 % binomial interval around 0.92 reaches down to about 0.87; 0.85 leaves a margin, and a model that
     * lost its scaling (x instead of x/255) or its class order falls far below.
     */
    private static final double LEAST_ACCURACY = 0.85;

    @TempDir
    Path tmp;

    @Test
    void aKeptSoftmaxRegressionScoresRawPixelsByBothEngines() throws IOException {
        Path model = tmp.resolve("mnist-model");
        CliRun train = CliRun.of("mnist", "--data", TestData.dir().resolve("mnist").toString(), "--engine", "hand",
                "--epochs", "1", "--out", tmp.resolve("pictures").toString(), "--save", model.toString(), "--json");
        assertEquals(0, train.code(), train.err());
        assertTrue(train.err().contains("saved hand's 784 → 10 softmax in " + model), train.err());

        IdxFile images = IdxReader.images(TestData.dir().resolve("mnist/t10k-images-idx3-ubyte"));
        IdxFile labels = IdxReader.labels(TestData.dir().resolve("mnist/t10k-labels-idx1-ubyte"));
        StringBuilder csv = new StringBuilder("label");
        for (int j = 0; j < 784; j++) {
            csv.append(",pixel").append(j);
        }
        csv.append('\n');
        for (int i = 0; i < IMAGES; i++) {
            csv.append(labels.unsigned(i));
            for (int j = 0; j < 784; j++) {
                csv.append(',').append(images.unsigned(i * 784 + j));          // 0–255, as the usual MNIST CSVs
            }
            csv.append('\n');
        }
        Path rows = Files.writeString(tmp.resolve("test-100.csv"), csv);
        CliRun run = CliRun.of("predict", "--model", model.toString(), "--data", rows.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode out = run.json();
        assertTrue(out.get("proof").get("agree").asBoolean(), out.get("proof").toString());
        int right = 0;
        for (int i = 0; i < IMAGES; i++) {
            right += out.get("rows").get(i).get("class").asText().equals(String.valueOf(labels.unsigned(i))) ? 1 : 0;
        }
        assertTrue(right >= LEAST_ACCURACY * IMAGES, right + " of " + IMAGES + " test images right");
    }
}
