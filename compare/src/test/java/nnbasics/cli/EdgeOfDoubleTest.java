package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values near the edge of double precision (issue 21): one line naming the cause and exit 1, before any training,
 * never a stack trace or a library's exception class. 1e300² and 3·1e308 overflow double (largest ≈ 1.8e308).
 */
class EdgeOfDoubleTest {

    /** docs/errors.md: a mistake in the data or in a value. */
    private static final int USER_ERROR = 1;

    @TempDir
    Path tmp;

    private Path csv(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static void assertOneLine(CliRun run, String... expected) {
        assertEquals(USER_ERROR, run.code(), run.err());
        String err = run.err().strip();
        assertFalse(err.contains("\n"), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        for (String e : expected) {
            assertTrue(err.contains(e), "expected \"" + e + "\" in: " + err);
        }
    }

    @Test
    void theNormalEquationsOfTargetsNear1e308() throws IOException {
        // Σ x·y = 1e308 + 2e308 − 3e308: the first two already overflow, so both engines would solve with NaN
        Path file = csv("huge-target.csv", "x,y\n1,1e308\n2,1e308\n3,-1e308\n");
        for (String engine : new String[] {"both", "dl4j", "hand"}) {
            assertOneLine(CliRun.of("fit", "--data", file.toString(), "--target", "y", "--method", "normal",
                    "--engine", engine), "--method normal: the sum of products of", "beyond double precision");
        }
    }

    @Test
    void theNormalEquationsOfFeaturesNear1e300() throws IOException {
        Path file = csv("huge-feature.csv", "x,y\n1e300,1\n2e300,2\n3e300,3\n");   // Σ x² = 1.4e601
        assertOneLine(CliRun.of("fit", "--data", file.toString(), "--target", "y", "--method", "normal"),
                "the sum of products of \"x\" and \"x\" is Infinity");
    }

    @Test
    void anAutomaticRateThatUnderflows() throws IOException {
        // tr(H) = (2/n)·Σ (x² + 1) = Infinity, so 1/tr(H) = 0: a rate that would train nothing
        Path file = csv("huge-feature.csv", "x,y\n1e300,1\n2e300,2\n3e300,3\n");
        assertOneLine(CliRun.of("fit", "--data", file.toString(), "--target", "y", "--engine", "hand"),
                "--lr auto: the features' squares overflow double precision", "automatic rate is 0.0");
        assertOneLine(CliRun.of("classify", "--data", file.toString(), "--label", "y"),
                "--lr auto: the features' squares overflow double precision");
    }
}
