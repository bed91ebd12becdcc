package nnbasics.compare.mnist;

import java.util.List;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;
import nnbasics.handwritten.kernels.MnistSoftmaxKernel;
import nnbasics.handwritten.mnist.MnistData;

/**
 * The hand-written engine: {@link MnistSoftmaxKernel} (the tuned kernel of the readable {@code MnistSoftmax}, the
 * same bits) on {@link MnistData}, batch k of the schedule at step k (the rows
 * read in place from the epoch's order, not copied).
 */
public final class HandMnistEngine implements MnistEngine {

    private final MnistData train;
    private final MnistData test;
    private final MnistBatches batches;
    private final MnistSoftmaxKernel model;
    private int taken;

    /**
     * Starts from W = 0, b = 0, as the tutorial does.
     *
     * @param train        the training split
     * @param test         the test split
     * @param batches      the schedule over the training split
     * @param learningRate the SGD rate
     */
    public HandMnistEngine(MnistData train, MnistData test, MnistBatches batches, double learningRate) {
        this(train, test, batches, new MnistSoftmaxKernel(learningRate));
        if (batches.count() != train.count()) {
            throw new IllegalArgumentException("a schedule of " + batches.count() + " rows for " + train.count()
                    + " training images");
        }
    }

    private HandMnistEngine(MnistData train, MnistData test, MnistBatches batches, MnistSoftmaxKernel model) {
        this.train = train;
        this.test = test;
        this.batches = batches;
        this.model = model;
    }

    /** The same data (shared), schedule and rate at {@code W, b}; the index of the training pixels is shared too. */
    @Override
    public HandMnistEngine startingFrom(List<Tensor> parameters) {
        return new HandMnistEngine(train, test, batches,
                model.startingFrom(Engine.values(parameters, "W"), Engine.values(parameters, "b")));
    }

    @Override
    public String name() {
        return "hand";
    }

    @Override
    public double step(int k) {
        int[] order = batches.order(k);
        taken = k + 1;
        return model.trainBatch(train, order, batches.from(k), batches.to(k));
    }

    @Override
    public double step() {
        return step(taken);
    }

    @Override
    public double loss() {
        return model.loss(train);
    }

    @Override
    public List<Tensor> parameters() {
        return Tensor.layer("W", model.weights(), "b", model.bias(), "layer");
    }

    @Override
    public int[] sizes() {
        return new int[] {MnistData.PIXELS, MnistData.CLASSES};
    }

    @Override
    public double testAccuracy() {
        return model.accuracy(test);
    }

    @Override
    public int[][] confusion() {
        return model.confusion(test);
    }
}
