package nnbasics.compare.mnist;

import nnbasics.handwritten.classification.ConfusionMatrix;

/**
 * What every {@link MnistEngine} shares, either side's: update k + 1 on batch k of its schedule, {@link #step()}
 * as the next batch, and the test accuracy from the confusion counts. Each engine says only how it trains on a
 * batch, reads its parameters and counts its predictions.
 *
 * <pre>
 * step(k)        train on batch k; the engine has now made k + 1 updates
 * step()         step(k) with k = the updates made so far
 * testAccuracy   Σ_d counts[d][d] / Σ counts        (the test images predicted as their label)
 * </pre>
 */
public abstract class ScheduledMnistEngine implements MnistEngine {

    private final String name;
    private final MnistBatches batches;
    private int taken;

    /**
     * @param name    {@code hand} or {@code dl4j}
     * @param batches the schedule over the training split
     */
    ScheduledMnistEngine(String name, MnistBatches batches) {
        this.name = name;
        this.batches = batches;
    }

    /**
     * @param batches        a schedule
     * @param trainingImages the images of the training split
     * @return the schedule, if it covers exactly the training split
     * @throws IllegalArgumentException otherwise
     */
    static MnistBatches covering(MnistBatches batches, int trainingImages) {
        if (batches.count() != trainingImages) {
            throw new IllegalArgumentException("a schedule of " + batches.count() + " rows for " + trainingImages
                    + " training images");
        }
        return batches;
    }

    /**
     * One SGD step on batch k.
     *
     * @param batches the schedule
     * @param k       the batch
     * @return the batch's mean cross-entropy before the update
     */
    abstract double train(MnistBatches batches, int k);

    /** @return the schedule, for an engine started from another's state */
    final MnistBatches batches() {
        return batches;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final double step(int k) {
        taken = k + 1;
        return train(batches, k);
    }

    @Override
    public final double step() {
        return step(taken);
    }

    /** Σ_d counts[d][d] / Σ counts of {@link #confusion()}: the same bits as DL4J's {@code Evaluation.accuracy()}. */
    @Override
    public final double testAccuracy() {
        return ConfusionMatrix.accuracy(confusion());
    }
}
