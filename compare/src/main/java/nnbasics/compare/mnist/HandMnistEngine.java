package nnbasics.compare.mnist;

import java.util.List;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;
import nnbasics.compare.classification.SoftmaxEngine;
import nnbasics.handwritten.kernels.MnistSoftmaxKernel;
import nnbasics.handwritten.mnist.MnistData;
import nnbasics.handwritten.updaters.Optimiser;

/**
 * The hand-written softmax regression on MNIST: {@link MnistSoftmaxKernel} (the tuned kernel of the readable
 * {@code classification.SoftmaxTrainer}, the same bits) on {@link MnistData}, batch k of the schedule read in place from the epoch's
 * order (not copied); tensors {@code W, b}, with an updater its state {@code W.m, b.m, …}; the test counts by its
 * own argmax of z.
 */
public final class HandMnistEngine extends ScheduledMnistEngine {

    private final MnistData train;
    private final MnistData test;
    private final MnistSoftmaxKernel model;

    /**
     * Starts from W = 0, b = 0, as the tutorial does.
     *
     * @param train        the training split
     * @param test         the test split
     * @param batches      the schedule over the training split
     * @param learningRate the SGD rate
     */
    public HandMnistEngine(MnistData train, MnistData test, MnistBatches batches, double learningRate) {
        this(train, test, covering(batches, train.count()), new MnistSoftmaxKernel(learningRate));
    }

    /**
     * The same with the step an optimiser describes (the kernel computes the gradient, then takes the readable
     * {@code SoftmaxTrainer}'s steps).
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation
     */
    public HandMnistEngine(MnistData train, MnistData test, MnistBatches batches, Optimiser optimiser) {
        this(train, test, covering(batches, train.count()), new MnistSoftmaxKernel(optimiser,
                new double[MnistData.PIXELS * MnistData.CLASSES], new double[MnistData.CLASSES]));
    }

    private HandMnistEngine(MnistData train, MnistData test, MnistBatches batches, MnistSoftmaxKernel model) {
        super("hand", batches);
        this.train = train;
        this.test = test;
        this.model = model;
    }

    /** The same data (shared), schedule and rate at {@code W, b}; the index of the training pixels is shared too. */
    @Override
    public HandMnistEngine startingFrom(List<Tensor> parameters) {
        return new HandMnistEngine(train, test, batches(),
                model.startingFrom(Engine.values(parameters, "W"), Engine.values(parameters, "b")));
    }

    /** The same batches at another engine's parameters and updater state. */
    @Override
    public HandMnistEngine startingFrom(List<Tensor> parameters, List<Tensor> state, int iteration) {
        return new HandMnistEngine(train, test, batches(), model.startingFrom(Engine.values(parameters, "W"),
                Engine.values(parameters, "b"), iteration,
                state.isEmpty() ? List.of() : SoftmaxEngine.stateGroups(state)));
    }

    /** @return the updaters' state, {@code W.m, b.m, W.v, b.v} for Adam; empty for plain SGD */
    @Override
    public List<Tensor> state() {
        return SoftmaxEngine.stateTensors(model.state());
    }

    @Override
    double train(MnistBatches batches, int k) {
        return model.trainBatch(train, batches.order(k), batches.from(k), batches.to(k));
    }

    @Override
    public double loss() {
        return model.loss(train);
    }

    @Override
    public List<Tensor> parameters() {
        return Tensor.layer("W", model.weights(), "b", model.biases(), "layer");
    }

    @Override
    public int[] sizes() {
        return new int[] {MnistData.PIXELS, MnistData.CLASSES};
    }

    @Override
    public int[][] confusion() {
        return model.confusion(test);
    }
}
