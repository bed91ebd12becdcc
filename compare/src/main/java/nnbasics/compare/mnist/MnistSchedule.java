package nnbasics.compare.mnist;

/**
 * How a run walks through the training rows: {@code epochs} passes, each in the order
 * {@code EpochOrder.of(count, seed, epoch)}, cut into mini-batches of {@code batchSize} consecutive entries (the
 * last one shorter when batchSize does not divide the count).
 *
 * @param epochs    passes over the training set, at least 1
 * @param batchSize rows per mini-batch, at least 1
 * @param seed      the seed of the shuffles
 */
public record MnistSchedule(int epochs, int batchSize, long seed) {

    /** @throws IllegalArgumentException for fewer than one epoch or one row per batch */
    public MnistSchedule {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, got " + batchSize);
        }
    }
}
