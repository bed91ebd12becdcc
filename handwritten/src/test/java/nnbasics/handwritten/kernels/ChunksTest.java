package nnbasics.handwritten.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Every chunk of every call runs exactly once, whatever the threads, and a chunk's failure reaches the caller. */
class ChunksTest {

    private static final int CALLS = 2000;
    private static final int CHUNKS = 8;

    @Test
    void everyChunkOfEveryCallRunsOnce() {
        for (int threads : new int[] {1, 2, 3}) {
            Chunks chunks = new Chunks(threads);
            AtomicIntegerArray runs = new AtomicIntegerArray(CALLS * CHUNKS);
            for (int call = 0; call < CALLS; call++) {
                int base = call * CHUNKS;
                chunks.run(CHUNKS, c -> runs.incrementAndGet(base + c));
                for (int c = 0; c < CHUNKS; c++) {
                    assertEquals(1, runs.get(base + c), threads + " threads, call " + call + ", chunk " + c
                            + ": runs, seen right after run returned");
                }
            }
        }
    }

    @Test
    void aFailingChunkIsRethrownToTheCaller() {
        Chunks chunks = new Chunks(2);
        IllegalStateException failure = new IllegalStateException("chunk 5");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> chunks.run(CHUNKS, c -> {
            if (c == 5) {
                throw failure;
            }
        }));
        assertSame(failure, thrown);
        AtomicIntegerArray runs = new AtomicIntegerArray(CHUNKS);
        chunks.run(CHUNKS, runs::incrementAndGet);          // and the next call works as usual
        for (int c = 0; c < CHUNKS; c++) {
            assertEquals(1, runs.get(c), "after a failure, chunk " + c);
        }
    }

    @Test
    void atLeastOneThread() {
        assertThrows(IllegalArgumentException.class, () -> new Chunks(0));
    }
}
