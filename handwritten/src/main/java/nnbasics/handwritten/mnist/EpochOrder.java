package nnbasics.handwritten.mnist;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The order in which an epoch visits the training rows: a permutation of 0 … count−1, shuffled anew each epoch from
 * one seed, so a run is reproducible and both engines can be fed the very same mini-batches.
 *
 * <pre>
 * random = new SplittableRandom(seed · 1 000 003 + epoch)     one stream per (seed, epoch)
 * order  = [0, 1, …, count − 1]
 * for i = count − 1 down to 1:                                 Fisher–Yates: every permutation equally likely
 *     j = random.nextInt(i + 1)                                j uniform in 0 … i
 *     swap order[i], order[j]
 * batch b = order[b·B … min((b + 1)·B, count) − 1]
 * </pre>
 */
public final class EpochOrder {

    /** A prime multiplier, so that (seed, epoch) pairs with small values never share a stream. */
    private static final long SEED_MULTIPLIER = 1_000_003L;

    private EpochOrder() {
    }

    /**
     * @param count the number of rows, at least 0
     * @param seed  the run's seed
     * @param epoch the epoch, 0 for the first
     * @return a permutation of 0 … count−1, the same for the same arguments on every JVM
     */
    public static int[] of(int count, long seed, int epoch) {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count + " is negative");
        }
        SplittableRandom random = new SplittableRandom(seed * SEED_MULTIPLIER + epoch);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);               // uniform in 0 … i
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** @return the number of mini-batches of {@code batchSize} rows in {@code count} rows, the last one possibly short */
    public static int batchCount(int count, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize + " is not positive");
        }
        return (count + batchSize - 1) / batchSize;
    }

    /**
     * @param order     an epoch's order, from {@link #of}
     * @param batch     which mini-batch, 0 … {@link #batchCount} − 1
     * @param batchSize rows per mini-batch
     * @return the rows of that mini-batch, in order: order[batch·B … min((batch + 1)·B, count) − 1]
     */
    public static int[] batch(int[] order, int batch, int batchSize) {
        int from = batch * batchSize;
        if (batch < 0 || from >= order.length) {
            throw new IllegalArgumentException("batch " + batch + " of size " + batchSize + " is outside "
                    + order.length + " rows");
        }
        return Arrays.copyOfRange(order, from, Math.min(from + batchSize, order.length));
    }
}
