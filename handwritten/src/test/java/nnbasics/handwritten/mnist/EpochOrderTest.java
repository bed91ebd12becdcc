package nnbasics.handwritten.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EpochOrderTest {

    @Test
    void isAPermutationOfEveryRow() {
        int[] order = EpochOrder.of(60000, 1, 0);
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        assertArrayEquals(IntStream.range(0, 60000).toArray(), sorted, "every row exactly once");
        assertFalse(Arrays.equals(sorted, order), "shuffled, not the identity");
    }

    @Test
    void sameArgumentsSameOrderOtherEpochOrSeedAnotherOrder() {
        assertArrayEquals(EpochOrder.of(1000, 7, 3), EpochOrder.of(1000, 7, 3), "reproducible");
        assertFalse(Arrays.equals(EpochOrder.of(1000, 7, 3), EpochOrder.of(1000, 7, 4)), "a new order each epoch");
        assertFalse(Arrays.equals(EpochOrder.of(1000, 7, 3), EpochOrder.of(1000, 8, 3)), "a new order per seed");
    }

    @Test
    void isFisherYatesWithTheDocumentedStream() {
        // expected: the javadoc's algorithm, written out again with the documented seed seed · 1 000 003 + epoch
        long seed = 42;
        int epoch = 2;
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + epoch);
        int[] expected = IntStream.range(0, 50).toArray();
        for (int i = expected.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = expected[i];
            expected[i] = expected[j];
            expected[j] = swap;
        }
        assertArrayEquals(expected, EpochOrder.of(50, seed, epoch), "the documented shuffle");
    }

    @Test
    void batchesCoverTheOrderInSlices() {
        int[] order = EpochOrder.of(250, 1, 0);
        assertEquals(3, EpochOrder.batchCount(250, 100), "two full batches and one of 50");
        assertArrayEquals(Arrays.copyOfRange(order, 100, 200), EpochOrder.batch(order, 1, 100), "batch 1");
        assertEquals(50, EpochOrder.batch(order, 2, 100).length, "the short last batch");
        assertThrows(IllegalArgumentException.class, () -> EpochOrder.batch(order, 3, 100), "past the end");
        assertEquals(600, EpochOrder.batchCount(60000, 100), "the tutorial's 600 batches per epoch");
    }
}
