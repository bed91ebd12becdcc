package nnbasics.compare.mnist;

import nnbasics.handwritten.mnist.EpochOrder;

/**
 * A {@link MnistSchedule} laid over a training set: update k + 1 of a run (k = 0, 1, …) takes batch k, the same
 * rows for every engine that trains on the schedule (and for an engine started from another's state at step k).
 *
 * <pre>
 * batches per epoch  n = ⌈count / B⌉                           the last batch shorter when B does not divide count
 * step k             epoch e = k div n,  batch b = k mod n
 * its rows           order[b·B … min((b + 1)·B, count) − 1],  order = EpochOrder.of(count, seed, e)
 * </pre>
 *
 * <p>One epoch's order is kept (the engines of a pair ask for the same epoch 600 times in a row); not thread-safe.
 */
public final class MnistBatches {

    private final int count;
    private final MnistSchedule schedule;
    private final int perEpoch;
    private int cachedEpoch = -1;
    private int[] cachedOrder;

    /**
     * @param count    the training rows, at least 1
     * @param schedule epochs, batch size and the shuffles' seed
     */
    public MnistBatches(int count, MnistSchedule schedule) {
        if (count < 1) {
            throw new IllegalArgumentException("a schedule needs at least one training row, got " + count);
        }
        this.count = count;
        this.schedule = schedule;
        this.perEpoch = EpochOrder.batchCount(count, schedule.batchSize());
    }

    /** @return the training rows the schedule walks through */
    public int count() {
        return count;
    }

    /** @return epochs, batch size and seed */
    public MnistSchedule schedule() {
        return schedule;
    }

    /** @return n, the batches of one epoch */
    public int perEpoch() {
        return perEpoch;
    }

    /** @return the updates of the whole run: epochs · n */
    public int steps() {
        return schedule.epochs() * perEpoch;
    }

    /** @return the epoch of step k (0 for the first), k div n */
    public int epochOf(int k) {
        return k / perEpoch;
    }

    /**
     * The order of step k's epoch; batch k is {@code order[from(k) … to(k) − 1]}.
     *
     * @throws IllegalArgumentException for a negative k (a k past the last epoch continues the shuffles)
     */
    public int[] order(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("step " + k + " is negative");
        }
        int epoch = epochOf(k);
        if (epoch != cachedEpoch) {
            cachedOrder = EpochOrder.of(count, schedule.seed(), epoch);
            cachedEpoch = epoch;
        }
        return cachedOrder;
    }

    /** @return the first position of batch k in its epoch's order, (k mod n)·B */
    public int from(int k) {
        return (k % perEpoch) * schedule.batchSize();
    }

    /** @return one past the last position of batch k, min(from + B, count) */
    public int to(int k) {
        return Math.min(from(k) + schedule.batchSize(), count);
    }

    /** @return the rows of batch k, a copy, in order */
    public int[] rows(int k) {
        return EpochOrder.batch(order(k), k % perEpoch, schedule.batchSize());
    }
}
