package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nnbasics.compare.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code fit} does at the edges of double precision and of memory: a result that overflows is an error, never
 * a number; --steps has a bound; and the memory a fit needs follows 8 bytes × cells × copies.
 */
class FitLimitsTest {

    private static final String HOUSES = TestData.file("houses.csv").toString();

    @TempDir
    Path folder;

    /**
     * Targets 1e200 × (1, 2, 3.5) at x = 1, 2, 3. The least-squares line (closed form: slope 1.25e200, intercept
     * −(1/3)e200) leaves residuals of (1/12, −1/6, 1/12)·1e200, whose squares, about 7e396, are beyond the largest
     * double (1.8e308): the MSE overflows to Infinity while the weights are finite.
     */
    private Path huge() throws IOException {
        Path file = folder.resolve("huge.csv");
        Files.writeString(file, "x,y\n1,1e200\n2,2e200\n3,3.5e200\n");
        return file;
    }

    @Test
    void normalEquationsWithAnInfiniteMseAreAnErrorForEveryEngine() throws IOException {
        for (String engine : new String[] {"hand", "dl4j", "both"}) {
            CliRun run = CliRun.of("fit", "--data", huge().toString(), "--target", "y", "--method", "normal",
                    "--engine", engine);
            assertUserError(run, "fit --method normal", "the mean squared error is Infinity", "rescale");
            assertEquals("", run.out(), engine + ": nothing printed as a result");
        }
    }

    @Test
    void gradientDescentFromAnInfiniteStartIsAnError() throws IOException {
        // the loss at w = 0, b = 0 is the mean of y², (1 + 4 + 12.25)/3 · 1e400: Infinity before any step
        CliRun run = CliRun.of("fit", "--data", huge().toString(), "--target", "y", "--engine", "hand");
        assertUserError(run, "already Infinity at the start", "rescale");
    }

    @Test
    void aPredictionBeyondDoublePrecisionIsAnError() {
        // the houses' area weight is about 1.4e2 (guide, section 5): 1e308 square feet predicts about 1.4e310
        CliRun run = CliRun.of("fit", "--data", HOUSES, "--target", "price", "--method", "normal", "--engine", "hand",
                "--predict", "1e308,0");
        assertUserError(run, "--predict", "Infinity");
    }

    @Test
    void stepsHaveADocumentedBound() {
        CliRun run = CliRun.of("fit", "--data", HOUSES, "--target", "price", "--steps", "2147483647");
        assertUserError(run, "--steps 2147483647", "at most 100,000,000");
        assertEquals(100_000_000, FitCommand.MAX_STEPS, "the bound the help text states");
    }

    @Test
    void neededBytesAreEightPerCellPerCopy() {
        // the closed form: 8 bytes × rows × columns × copies
        assertEquals(8L * 6_000_000 * 3 * 2, MemoryNeed.bytes(6_000_000, 3, 2), "6 million rows, 3 columns, 2 copies");
        assertEquals(8L * 10 * 3 * 3, MemoryNeed.bytes(10, 3, 3), "the houses, both engines");
        assertEquals(Long.MAX_VALUE, MemoryNeed.bytes(Long.MAX_VALUE / 2, 3, 3), "beyond a long: saturates");
    }

    @Test
    void aSmallFileFitsASmallHeapAndALargeOneDoesNot() {
        long mb = 1L << 20;
        // the houses (10 rows × 3 columns × 3 copies = 720 bytes) in 64 MB: a quarter of the heap is set aside
        assertTrue(MemoryNeed.fits(MemoryNeed.bytes(10, 3, 3), 64 * mb), "the houses in 64 MB");
        // 6 million rows × 3 columns × 3 copies = 432,000,000 bytes: not in 64 MB, in 1 GB beside the 96 MB base
        assertFalse(MemoryNeed.fits(MemoryNeed.bytes(6_000_000, 3, 3), 64 * mb), "6 million rows in 64 MB");
        assertTrue(MemoryNeed.fits(MemoryNeed.bytes(6_000_000, 3, 3), 1024 * mb), "6 million rows in 1 GB");
    }

    @Test
    void rowsAreEstimatedFromTheFile() {
        // houses.csv is under a megabyte, so the estimate is exact: 11 line breaks, the header, 10 houses
        assertEquals(10, MemoryNeed.estimatedRows(TestData.file("houses.csv")), "the ten houses");
    }

    /**
     * A file whose header is as long as its rows (100,000 columns, 3 rows, 1.3 MB, more than the sampled megabyte):
     * the header does not count as a row, and the rows are the 3 written here (the old estimate said 1).
     */
    @Test
    void rowsOfAWideFileAreEstimatedWithoutItsHeader(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws java.io.IOException {
        int width = 100_000;
        StringBuilder s = new StringBuilder();
        for (int c = 1; c <= width; c++) {
            s.append(c == 1 ? "c" : ",c").append(c);
        }
        s.append('\n');
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < width; c++) {
                s.append(c == 0 ? "" : ",").append((r * 7 + c) % 10);
            }
            s.append('\n');
        }
        Path wide = java.nio.file.Files.writeString(tmp.resolve("wide.csv"), s);
        assertTrue(java.nio.file.Files.size(wide) > 1 << 20, "more than the sample");
        assertEquals(3, MemoryNeed.estimatedRows(wide), "the three rows written");
    }

    @Test
    void tooLittleMemoryIsOneLineWithWhatIsNeededAndHowToGiveIt() {
        long available = Runtime.getRuntime().maxMemory();
        long rows = available / 8 + 1;                       // one column, one copy: more than the heap by itself
        UserError e = assertThrows(UserError.class, () -> MemoryNeed.check(Path.of("big.csv"), rows, 1, 1));
        String message = e.getMessage();
        assertEquals(1, message.lines().count(), "one line: " + message);
        assertTrue(message.startsWith("not enough memory: big.csv has about"), message);
        assertTrue(message.contains("NNBASICS_JAVA_OPTS=-Xmx"), "says how to give more: " + message);
        long neededMb = (MemoryNeed.bytes(rows, 1, 1) + MemoryNeed.BASE) >> 20;
        assertTrue(message.contains(String.format(java.util.Locale.ROOT, "about %,d MB", neededMb)),
                "names the bytes needed, " + neededMb + " MB: " + message);
        MemoryNeed.check(Path.of("small.csv"), 10, 3, 3);   // the houses fit: no error
    }

    private static void assertUserError(CliRun run, String... fragments) {
        assertEquals(1, run.code(), "exit code; stderr: " + run.err() + " stdout: " + run.out());
        String message = run.err().strip();
        assertEquals(1, message.lines().count(), "one line: " + message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), "no stack trace: " + message);
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), "expected \"" + fragment + "\" in: " + message);
        }
    }
}
