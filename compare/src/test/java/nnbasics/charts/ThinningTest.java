package nnbasics.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ThinningTest {

    /** A 20,000-step run, the length the guide's widget needs to converge. */
    private static final int LONG = 20_000;

    @Test
    void aShortSeriesIsKeptWhole() {
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, Thinning.evenly(5, Thinning.MAX_POINTS));
        assertArrayEquals(new int[] {0, 1, 2}, Thinning.keepingExtremes(new double[] {3, 1, 2}, Thinning.MAX_POINTS));
    }

    @Test
    void evenThinningKeepsAtMostTheBudgetWithFirstAndLast() {
        int[] kept = Thinning.evenly(LONG, Thinning.MAX_POINTS);
        assertEquals(Thinning.MAX_POINTS, kept.length, "number of kept points");
        assertEquals(0, kept[0], "first index");
        assertEquals(LONG - 1, kept[kept.length - 1], "last index");
        assertStrictlyIncreasing(kept);
        assertArrayEquals(kept, Thinning.evenly(LONG, Thinning.MAX_POINTS), "the same call keeps the same points");
    }

    @Test
    void extremeThinningKeepsTheLargestAndSmallestValues() {
        double[] values = new double[LONG];
        for (int i = 0; i < LONG; i++) {
            values[i] = Math.abs(Math.sin(i * 0.37)) * 1e-16; // noise
        }
        values[12_345] = 5e-15; // a spike that even thinning would very likely miss
        values[777] = 0.0;
        int[] kept = Thinning.keepingExtremes(values, Thinning.MAX_POINTS);
        assertTrue(kept.length <= Thinning.MAX_POINTS, "kept " + kept.length + " points, more than the budget");
        assertEquals(0, kept[0], "first index");
        assertEquals(LONG - 1, kept[kept.length - 1], "last index");
        assertStrictlyIncreasing(kept);
        assertTrue(Arrays.stream(kept).anyMatch(i -> i == 12_345), "the spike at 12,345 was thinned away");
        assertTrue(Arrays.stream(kept).anyMatch(i -> i == 777), "the zero at 777 was thinned away");
    }

    @Test
    void pickReadsTheKeptIndexes() {
        assertArrayEquals(new double[] {10, 30}, Thinning.pick(new double[] {10, 20, 30}, new int[] {0, 2}), 0.0);
        assertArrayEquals(new double[] {0, 2}, Thinning.asDoubles(new int[] {0, 2}), 0.0);
    }

    @Test
    void rejectsEmptySeriesAndBudgetsBelowTwo() {
        assertThrows(IllegalArgumentException.class, () -> Thinning.evenly(0, 10));
        assertThrows(IllegalArgumentException.class, () -> Thinning.evenly(10, 1));
    }

    private static void assertStrictlyIncreasing(int[] kept) {
        for (int m = 1; m < kept.length; m++) {
            int position = m;
            assertTrue(kept[m] > kept[m - 1], () -> "index " + kept[position] + " at " + position + " does not increase");
        }
    }
}
