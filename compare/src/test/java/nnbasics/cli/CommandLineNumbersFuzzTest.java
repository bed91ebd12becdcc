package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the command line's numbers: any text given to a number flag (a rate, a step count, a tolerance, a width, a
 * logit, a query) is answered as docs/errors.md promises — exit 0 (accepted; the data file is then missing, so the
 * run stops at once with exit 1), 1 (a value out of range) or 2 (not a number: a usage error), and one line on
 * stderr that starts with the command, shows the value escaped and cut to a readable length, and names no class
 * or method of Java. Any exception that escapes, or any other answer, is a finding.
 *
 * <p>The first byte picks the flag (one of {@link #FLAGS}), the rest (UTF-8) is its value. Regression mode (every
 * {@code mvn test}) runs the committed inputs in
 * {@code src/test/resources/nnbasics/cli/CommandLineNumbersFuzzTestInputs/anyNumberText/}; fuzzing mode:
 * {@code JAZZER_FUZZ=1 mvn -B test -pl handwritten,dl4j,compare -am -Dtest=CommandLineNumbersFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=60s}.
 */
class CommandLineNumbersFuzzTest {

    /**
     * The longest line a message may be: the value echoed at most twice (the whole and the bad part), each cut
     * after Values.ECHO_LIMIT characters of which each may be escaped to 6 ("\u0000"), and 200 for the words.
     */
    private static final int READABLE = 2 * Values.ECHO_LIMIT * 6 + 200;

    private static Path folder;
    private static String missing;
    private static String out;

    /** Each a command line with a {@code V} where the fuzzed value goes; each refuses a valid value's run at once. */
    private static final String[][] FLAGS = {
        {"softmax", "V"},
        {"softmax", "1", "V"},
        {"fit", "--data", "MISSING", "--target", "y", "--lr", "V"},
        {"fit", "--data", "MISSING", "--target", "y", "--tolerance", "V"},
        {"fit", "--data", "MISSING", "--target", "y", "--steps", "V"},
        {"fit", "--data", "MISSING", "--target", "y", "--rows", "V"},
        {"fit", "--data", "MISSING", "--target", "y", "--predict", "V"},
        {"fit", "--data", "MISSING", "--target", "y", "--features", "V"},
        {"classify", "--data", "MISSING", "--label", "y", "--hidden", "V"},
        {"classify", "--data", "MISSING", "--label", "y", "--lr", "V"},
        {"classify", "--data", "MISSING", "--label", "y", "--steps", "V"},
        {"classify", "--data", "MISSING", "--label", "y", "--hidden", "2", "--seed", "V"},
        {"mnist", "--data", "MISSING", "--out", "OUT", "--epochs", "V"},
        {"mnist", "--data", "MISSING", "--out", "OUT", "--batch", "V"},
        {"mnist", "--data", "MISSING", "--out", "OUT", "--hidden", "V"},
        {"mnist", "--data", "MISSING", "--out", "OUT", "--lr", "V"},
        {"mnist-sweep", "--data", "MISSING", "--out", "OUT", "--widths", "V"},
        {"classify", "--data", "MISSING", "--label", "y", "--hidden", "2", "--l2-bias", "V"},
        {"fit", "--data", "MISSING", "--target", "y", "--hidden", "2", "--weight-decay-bias", "V"},
        {"classify", "--data", "MISSING", "--label", "y", "--hidden", "2", "--dropout", "0.5", "--dropout-seed", "V"},
    };

    @BeforeAll
    static void makeFolder() throws IOException {
        folder = Files.createTempDirectory("numbers-fuzz");
        missing = folder.resolve("nothing-here").toString();
        out = folder.resolve("out").toString();
    }

    @AfterAll
    static void removeFolder() throws IOException {
        try (var left = Files.walk(folder)) {
            for (Path p : left.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void anyNumberText(byte[] input) {
        if (input.length == 0) {
            return;
        }
        String[] template = FLAGS[(input[0] & 0xFF) % FLAGS.length];
        String value = new String(Arrays.copyOfRange(input, 1, input.length), StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>();
        for (String part : template) {
            args.add(part.equals("V") ? value : part.equals("MISSING") ? missing : part.equals("OUT") ? out : part);
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        String what = String.join(" ", args);
        assertTrue(run.code() >= 0 && run.code() <= 2, () -> "exit " + run.code() + " for " + what + ": " + run.err());
        String err = run.err().strip();
        if (run.code() == 0) {
            assertEquals("", err, () -> "nothing on stderr when accepted: " + what);
            return;
        }
        assertEquals(1, err.lines().count(), () -> "one line on stderr for " + what + ": " + run.err());
        assertTrue(err.startsWith("nnbasics"), () -> "starts with the program: " + err);
        assertTrue(err.chars().noneMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)),
                () -> "a raw control character on stderr: " + err);
        assertTrue(err.length() < READABLE + 2 * missing.length(), () -> "a readable length, " + err.length() + ": "
                + err);
        String ownWords = err.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"…\"").replaceAll("'[^']*'", "'…'");
        for (String internal : new String[] {"Exception", "java.", "\tat ", "Error:"}) {
            if (!value.contains(internal)) {              // else it may be the value, echoed (quotes in it or not)
                assertFalse(ownWords.contains(internal), () -> "names Java's \"" + internal + "\": " + err);
            }
        }
        assertFalse(Files.exists(Path.of(out)), "no output folder made by a refused run");
    }
}
