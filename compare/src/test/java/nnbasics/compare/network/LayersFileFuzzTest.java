package nnbasics.compare.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import nnbasics.handwritten.network.NetworkStart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the {@code --init} reader: any bytes in the file either read as a start of exactly the network's shapes,
 * every entry finite, or fail with a {@link LayersFileException} whose message is the one line {@code classify}
 * prints: it names {@code --init} and the file, and no class, method or feature of Java or of the JSON library.
 * Any other exception is a finding.
 *
 * <p>The first byte picks the network (one of {@link #NETWORKS}), the rest is the file. Regression mode (every
 * {@code mvn test}) runs the committed inputs in
 * {@code src/test/resources/nnbasics/compare/network/LayersFileFuzzTestInputs/readAnyBytes/}; fuzzing mode:
 * {@code JAZZER_FUZZ=1 mvn -B test -pl handwritten,dl4j,compare -am -Dtest=LayersFileFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=60s}.
 */
class LayersFileFuzzTest {

    /** nIn, hidden widths…, classes: softmax regression, one hidden layer, two. */
    static final int[][] NETWORKS = {{2, 2}, {2, 4, 2}, {2, 3, 2, 3}, {1, 1, 1}};

    /**
     * The longest a message may be besides the file's name: one token echoed, cut after LayersFile.ECHO_LIMIT
     * characters each of which may be escaped to 6 ("\u0000"), and 300 for the words (the JSON library's list of
     * what it expected is about 100).
     */
    private static final int READABLE = LayersFile.ECHO_LIMIT * 6 + 300;

    private static Path folder;

    @BeforeAll
    static void makeFolder() throws IOException {
        folder = Files.createTempDirectory("layers-fuzz");
    }

    @AfterAll
    static void removeFolder() throws IOException {
        Files.deleteIfExists(folder.resolve("init.json"));
        Files.deleteIfExists(folder);
    }

    @FuzzTest(maxDuration = "30s")
    void readAnyBytes(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        int[] sizes = NETWORKS[(input[0] & 0xFF) % NETWORKS.length];
        Path file = folder.resolve("init.json");
        Files.write(file, Arrays.copyOfRange(input, 1, input.length));
        NetworkStart start;
        try {
            start = LayersFile.read(file, sizes, "the network");
        } catch (LayersFileException e) {
            assertUserFacing(e.getMessage(), file);
            return;
        }
        assertEquals(sizes.length - 1, start.weights().size(), "one W a layer");
        for (int l = 0; l < sizes.length - 1; l++) {
            double[][] w = start.weights().get(l);
            double[] b = start.biases().get(l);
            assertEquals(sizes[l], w.length, "layer " + (l + 1) + ": W's rows");
            for (double[] row : w) {
                assertEquals(sizes[l + 1], row.length, "layer " + (l + 1) + ": W's columns");
                assertTrue(Arrays.stream(row).allMatch(Double::isFinite), "layer " + (l + 1) + ": W finite");
            }
            assertEquals(sizes[l + 1], b.length, "layer " + (l + 1) + ": b's length");
            assertTrue(Arrays.stream(b).allMatch(Double::isFinite), "layer " + (l + 1) + ": b finite");
        }
    }

    /** The rule of docs/errors.md for the line classify prints (the JSON's own text is shown escaped and cut). */
    static void assertUserFacing(String message, Path file) {
        assertFalse(message == null || message.isBlank(), "the message is empty");
        assertTrue(message.startsWith("--init " + file), () -> "names --init and the file: " + message);
        assertFalse(message.contains("\n") || message.contains("\r"), () -> "not one line: " + message);
        assertTrue(message.chars().noneMatch(c -> c < 0x20 || c == 0x7f), () -> "a raw control character: "
                + message);
        String ownWords = message.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"…\"");   // the quoted tokens of the file
        for (String internal : new String[] {"Exception", "java.", "jackson", "Jackson", "`", "Feature",
            "StreamReadConstraints", "com.fasterxml", "JsonToken", "START_", "END_", "VALUE_"}) {
            assertFalse(ownWords.contains(internal), () -> "names \"" + internal + "\" of Java or of the JSON "
                    + "library: " + message);
        }
        assertTrue(message.length() < READABLE + file.toString().length(),
                () -> "a readable length, " + message.length() + ": " + message);
    }
}
