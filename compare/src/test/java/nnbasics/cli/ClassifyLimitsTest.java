package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A big {@code classify}: its memory estimated before the file is read, and its text output summarised beyond
 * {@link ProbabilityRows#WHOLE} rows (the first and last {@link ProbabilityRows#ENDS}, and how many are left out).
 */
class ClassifyLimitsTest {

    @TempDir
    Path tmp;

    /** p[i] = (i / n, 1 − i / n): row i's class is the larger, "b" for the first half. */
    private static double[][] rows(int n) {
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            p[i] = new double[] {(double) i / n, 1 - (double) i / n};
        }
        return p;
    }

    @Test
    void upToFiveHundredRowsArePrintedWhole() {
        String text = ProbabilityRows.text("row", List.of("a", "b"), rows(500));
        assertEquals(1 + 1 + 500, text.lines().count(), "a blank line, the heading, 500 rows");
        assertFalse(text.contains("left out"), text);
    }

    @Test
    void beyondThatTheFirstAndLastTenAndHowManyAreLeftOut() {
        int n = 2_000_000;
        String text = ProbabilityRows.text("row", List.of("a", "b"), rows(n));
        List<String> lines = text.lines().toList();
        assertEquals(1 + 1 + 10 + 1 + 10, lines.size(), "a blank line, the heading, 10 rows, the gap, 10 rows");
        assertEquals("  … 1,999,980 rows left out (--json prints them all)", lines.get(12));
        assertTrue(lines.get(2).startsWith("  1       "), "row 1, numbered in a column as wide as 2000000: "
                + lines.get(2));
        assertTrue(lines.get(11).startsWith("  10      "), lines.get(11));
        assertTrue(lines.get(13).startsWith("  1999991 "), lines.get(13));
        assertTrue(lines.get(22).startsWith("  2000000 "), lines.get(22));
        // row 2,000,000: p = (1999999/2e6, 1/2e6), printed to 4 decimals, class "a"
        assertTrue(lines.get(22).endsWith("1.0000      0.0000  a"), lines.get(22));
        assertTrue(lines.get(2).endsWith("0.0000      1.0000  b"), lines.get(2));
    }

    @Test
    void theEstimateFollowsItsFormula() {
        // MemoryNeed's javadoc: 48 + 64·3 (text) + 3·(24 + 8·2) (features) + 2·(24 + 8·2) (probabilities) = 440
        assertEquals(440L * 2_000_000, MemoryNeed.classifyBytes(2_000_000, 3, 2, 2));
        long mb = 1L << 20;
        // the runs it was checked against: 2,000,000 rows in 1 GB; 200,000 rows not in 80 MB, in 120 MB
        assertTrue(MemoryNeed.fits(MemoryNeed.classifyBytes(2_000_000, 3, 2, 2), 1024 * mb), "2e6 rows in 1 GB");
        assertFalse(MemoryNeed.fits(MemoryNeed.classifyBytes(200_000, 3, 2, 2), 80 * mb), "2e5 rows in 80 MB");
        assertTrue(MemoryNeed.fits(MemoryNeed.classifyBytes(200_000, 3, 2, 2), 120 * mb), "2e5 rows in 120 MB");
        assertEquals(Long.MAX_VALUE, MemoryNeed.classifyBytes(Long.MAX_VALUE / 10, 3, 2, 2), "no overflow");
    }

    /**
     * A file of a terabyte (sparse: its rows in the first kilobyte, then nothing written) is refused before it is
     * read, with the estimate; reading it would have met its zeros and said "a cell of more than 1,000,000
     * characters" instead.
     */
    @Test
    void aFileTooBigForTheHeapIsRefusedBeforeItIsRead() throws IOException {
        Path big = tmp.resolve("big.csv");
        StringBuilder s = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < 50; i++) {
            s.append(i).append(",1,").append(i % 2 == 0 ? "a" : "b").append('\n');
        }
        Files.writeString(big, s);
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(1L << 40);
        }
        CliRun run = CliRun.of("classify", "--data", big.toString(), "--label", "label");
        String err = BadInputRoundTwoTest.oneLine(run, Main.USER_ERROR, "nnbasics classify: not enough memory: "
                + big + " has about ", " rows × 3 columns, which classify holds as text while it reads them",
                "(440 bytes a row, and 96 MB for the program)", "NNBASICS_JAVA_OPTS=-Xmx");
        assertFalse(err.contains("a cell of more than"), "refused before reading: " + err);
    }
}
