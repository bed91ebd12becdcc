package nnbasics.dl4j.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.nd4j.linalg.api.buffer.DataType;

import com.code_intelligence.jazzer.junit.FuzzTest;

import nnbasics.dl4j.data.UserMessages;

/**
 * Fuzzes the DL4J side's IDX reader: any bytes in an images file and a labels file either load as well-formed
 * {@link MnistArrays}, or fail with a {@link MnistFormatException} whose message is one line without Java
 * internals. Any other exception (an OutOfMemoryError from a count declared in a header, an index out of bounds,
 * ...) is a finding. The twin of the hand-written side's {@code IdxFuzzTest}, with the same input layout and corpus.
 *
 * <p>One input holds both files: {@code [L: 2 bytes, big-endian][the labels file: L bytes][the images file: the
 * rest]} (L is cut to what is there). Regression mode (every {@code mvn test}) runs the committed inputs in
 * {@code src/test/resources/nnbasics/dl4j/mnist/MnistArraysFuzzTestInputs/loadAnyBytes/}; fuzzing mode:
 * {@code JAZZER_FUZZ=1 mvn -B test -pl dl4j -Dtest=MnistArraysFuzzTest -Djazzer.max_duration=10m}.
 */
class MnistArraysFuzzTest {

    private static Path folder;

    @BeforeAll
    static void makeFolder() throws IOException {
        folder = Files.createTempDirectory("mnist-arrays-fuzz");
    }

    @AfterAll
    static void removeFolder() throws IOException {
        Files.deleteIfExists(folder.resolve("labels"));
        Files.deleteIfExists(folder.resolve("images"));
        Files.deleteIfExists(folder);
    }

    @FuzzTest(maxDuration = "30s")
    void loadAnyBytes(byte[] input) throws IOException {
        int labelsLength = input.length < 2 ? 0 : Math.min((input[0] & 0xFF) << 8 | input[1] & 0xFF, input.length - 2);
        int imagesStart = Math.min(2 + labelsLength, input.length);
        Path labelsFile = Files.write(folder.resolve("labels"), Arrays.copyOfRange(input, Math.min(2, input.length),
                imagesStart));
        Path imagesFile = Files.write(folder.resolve("images"), Arrays.copyOfRange(input, imagesStart, input.length));
        MnistArrays arrays;
        try {
            arrays = MnistArrays.load(imagesFile, labelsFile, DataType.DOUBLE);
        } catch (MnistFormatException e) {
            UserMessages.assertUserFacing(e.getMessage());
            return;
        }
        int n = arrays.count();
        assertEquals(Files.size(imagesFile), 16L + (long) n * MnistArrays.PIXELS, "images header + data");
        assertEquals(Files.size(labelsFile), 8L + n, "labels header + data");
        if (n == 0) {
            return;
        }
        assertArrayEquals(new long[] {n, MnistArrays.PIXELS}, arrays.features().shape(), "features shape");
        assertArrayEquals(new long[] {n, MnistArrays.CLASSES}, arrays.labels().shape(), "labels shape");
        assertTrue(arrays.features().minNumber().doubleValue() >= 0, "a pixel below 0");
        assertTrue(arrays.features().maxNumber().doubleValue() <= 1, "a pixel above 1");
        assertEquals(n, arrays.labels().sumNumber().doubleValue(), 0.0, "one 1 per one-hot row");
    }
}
