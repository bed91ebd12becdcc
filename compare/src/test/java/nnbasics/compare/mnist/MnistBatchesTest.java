package nnbasics.compare.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import nnbasics.handwritten.mnist.EpochOrder;
import org.junit.jupiter.api.Test;

/** Step k of a schedule is batch k mod n of epoch k div n, whoever asks and in whatever order. */
class MnistBatchesTest {

    @Test
    void stepKTakesBatchKOfItsEpochsOrder() {
        MnistBatches batches = new MnistBatches(25, new MnistSchedule(2, 10, 7L));
        assertEquals(3, batches.perEpoch(), "⌈25 / 10⌉");
        assertEquals(6, batches.steps());
        int[] second = EpochOrder.of(25, 7L, 1);
        assertArrayEquals(Arrays.copyOfRange(second, 10, 20), batches.rows(4), "step 4: epoch 1, batch 1");
        assertArrayEquals(Arrays.copyOfRange(second, 20, 25), batches.rows(5), "the last batch is short");
        int[] first = EpochOrder.of(25, 7L, 0);
        assertArrayEquals(Arrays.copyOfRange(first, 0, 10), batches.rows(0), "back to epoch 0 after epoch 1");
        assertArrayEquals(first, batches.order(2));
        assertEquals(20, batches.from(2));
        assertEquals(25, batches.to(2));
        assertEquals(1, batches.epochOf(3));
    }
}
