package nnbasics.compare.mnist;

import java.util.function.Consumer;
import nnbasics.handwritten.network.NetworkStart;

/**
 * The one place where the MNIST engines are built, for {@code mnist}, {@code mnist-sweep} and the tests: each side
 * on its own reading of the files ({@link MnistSplits}), both on the same schedule of batches, from the same start.
 *
 * <pre>
 *                       hand                                      dl4j
 * softmax regression    HandMnistEngine (MnistSoftmaxKernel, the    Dl4jMnistEngine (SoftmaxTrainer), 0,
 *                       tuned SoftmaxTrainer), 0                  DOUBLE or FLOAT
 * a network             HandMnistNetworkEngine, start             Dl4jMnistNetworkEngine (DenseLayers), start
 * the step              the model's Optimiser on both sides (an updater, regularisation; a network's dropout)
 * batches               one MnistBatches: step k takes batch k on both sides
 * </pre>
 *
 * @param hand    the hand-written engine, or null when it does not run
 * @param dl4j    the DL4J engine, or null when it does not run
 * @param batches the schedule both follow
 */
public record MnistTwins(MnistEngine hand, MnistEngine dl4j, MnistBatches batches) {

    public MnistTwins {
        if (hand == null && dl4j == null) {
            throw new IllegalArgumentException("no engine to train");
        }
    }

    /**
     * The engines of {@code model} for the sides whose data {@code splits} holds.
     *
     * @throws IllegalArgumentException if the batch size exceeds the training images
     */
    public static MnistTwins of(MnistSplits splits, MnistModel model, MnistSchedule schedule) {
        int count = splits.trainCount();
        if (schedule.batchSize() > count) {
            throw new IllegalArgumentException("batches of " + schedule.batchSize() + " from " + count
                    + " training images");
        }
        MnistBatches batches = new MnistBatches(count, schedule);
        if (!model.hasHiddenLayers()) {
            return new MnistTwins(
                    splits.handTrain() == null ? null
                            : new HandMnistEngine(splits.handTrain(), splits.handTest(), batches, model.optimiser()),
                    splits.dl4jTrain() == null ? null
                            : new Dl4jMnistEngine(splits.dl4jTrain(), splits.dl4jTest(), batches, model.optimiser()),
                    batches);
        }
        NetworkStart start = model.start();
        return new MnistTwins(
                splits.handTrain() == null ? null : new HandMnistNetworkEngine(splits.handTrain(), splits.handTest(),
                        batches, start, model.activation(), model.optimiser()),
                splits.dl4jTrain() == null ? null : new Dl4jMnistNetworkEngine(splits.dl4jTrain(), splits.dl4jTest(),
                        batches, start, model.activation(), model.optimiser()),
                batches);
    }

    /** @return true when both engines run (in lock-step, with the step proof) */
    public boolean both() {
        return hand != null && dl4j != null;
    }

    /**
     * Trains the engines through every batch of the schedule: both by {@code LockStep.run}, one by
     * {@code LockStep.runAlone} ({@link MnistTraining}).
     *
     * @param progress  told after every batch
     * @param epochDone told after every epoch; may be null
     */
    public MnistResult run(MnistTraining.Progress progress, Consumer<EpochSummary> epochDone) {
        return MnistTraining.run(this, progress, epochDone);
    }
}
