package nnbasics.handwritten.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import nnbasics.handwritten.data.UserMessages;

/**
 * Fuzzes the hand-written IDX reader: any bytes in a labels file and an images file either read as well-formed
 * {@link IdxFile}s and {@link MnistData}, or fail with an {@link IdxFormatException} whose message is one line
 * without Java internals. Any other exception (an OutOfMemoryError from a size declared in a header, an index out
 * of bounds, ...) is a finding.
 *
 * <p>One input holds both files: {@code [L: 2 bytes, big-endian][the labels file: L bytes][the images file: the
 * rest]} (L is cut to what is there). Regression mode (every {@code mvn test}) runs the committed inputs in
 * {@code src/test/resources/nnbasics/handwritten/mnist/IdxFuzzTestInputs/readAnyBytes/}; fuzzing mode:
 * {@code JAZZER_FUZZ=1 mvn -B test -pl handwritten -Dtest=IdxFuzzTest -Djazzer.max_duration=10m}.
 */
class IdxFuzzTest {

    private static Path folder;

    @BeforeAll
    static void makeFolder() throws IOException {
        folder = Files.createTempDirectory("idx-fuzz");
    }

    @AfterAll
    static void removeFolder() throws IOException {
        Files.deleteIfExists(folder.resolve("labels"));
        Files.deleteIfExists(folder.resolve("images"));
        Files.deleteIfExists(folder);
    }

    @FuzzTest(maxDuration = "30s")
    void readAnyBytes(byte[] input) throws IOException {
        int labelsLength = input.length < 2 ? 0 : Math.min((input[0] & 0xFF) << 8 | input[1] & 0xFF, input.length - 2);
        int imagesStart = Math.min(2 + labelsLength, input.length);
        Path labelsFile = Files.write(folder.resolve("labels"), Arrays.copyOfRange(input, Math.min(2, input.length),
                imagesStart));
        Path imagesFile = Files.write(folder.resolve("images"), Arrays.copyOfRange(input, imagesStart, input.length));

        IdxFile labels = readOrFail(() -> IdxReader.labels(labelsFile));
        if (labels != null) {
            assertEquals(1, labels.dimensions().length, "labels dimensions");
            assertEquals(Files.size(labelsFile), 8L + labels.data().length, "labels header + data");
        }
        IdxFile images = readOrFail(() -> IdxReader.images(imagesFile));
        if (images != null) {
            assertArrayEquals(new int[] {images.count(), IdxReader.SIDE, IdxReader.SIDE}, images.dimensions());
            assertEquals(Files.size(imagesFile), 16L + images.data().length, "images header + data");
        }
        MnistData data = readOrFail(() -> MnistData.load(imagesFile, labelsFile));
        if (data != null) {
            assertTrue(images != null && labels != null, "MnistData read files that IdxReader rejects");
            assertEquals(images.count(), data.count());
            for (int i = 0; i < data.count(); i++) {
                assertTrue(data.labels()[i] >= 0 && data.labels()[i] < MnistData.CLASSES, "label " + data.labels()[i]);
                for (int j = 0; j < MnistData.PIXELS; j++) {
                    assertTrue(data.pixel(i, j) >= 0 && data.pixel(i, j) <= 1, "pixel " + data.pixel(i, j));
                }
            }
        }
    }

    private interface Read<T> {
        T read();
    }

    /** @return what was read, or null after checking the message of the reader's own exception */
    private static <T> T readOrFail(Read<T> read) {
        try {
            return read.read();
        } catch (IdxFormatException e) {
            UserMessages.assertUserFacing(e.getMessage());
            return null;
        }
    }
}
