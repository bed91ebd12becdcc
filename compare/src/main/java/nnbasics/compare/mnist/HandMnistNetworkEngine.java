package nnbasics.compare.mnist;

import java.util.List;
import nnbasics.compare.Tensor;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.NetworkTensors;
import nnbasics.handwritten.classification.FlatData;
import nnbasics.handwritten.classification.Softmax;
import nnbasics.handwritten.kernels.NetworkKernel;
import nnbasics.handwritten.mnist.MnistData;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.updaters.DropoutMasks;
import nnbasics.handwritten.updaters.Optimiser;

/**
 * The hand-written network on MNIST: {@link NetworkKernel} (the tuned kernel of the readable {@code NetworkTrainer},
 * the same bits) on {@link MnistData}'s images and labels (shared, not copied), batch k of the schedule read in place
 * from the epoch's order; tensors {@code W1, b1, W2, b2, …}; the test counts by its own argmax of p.
 */
public final class HandMnistNetworkEngine extends ScheduledMnistEngine {

    private final MnistData test;
    private final NetworkKernel trainer;
    private final int[] sizes;

    /**
     * @param train        the training split
     * @param test         the test split
     * @param batches      the schedule over the training split
     * @param start        W and b of every layer, input side first (784 inputs, 10 classes)
     * @param hidden       f of the hidden layers
     * @param learningRate η of SGD, for every weight and bias
     */
    public HandMnistNetworkEngine(MnistData train, MnistData test, MnistBatches batches, NetworkStart start,
                                  HiddenActivation hidden, double learningRate) {
        this(train, test, batches, start, hidden, Optimiser.sgd(learningRate));
    }

    /**
     * The same with the step an optimiser describes.
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation
     */
    public HandMnistNetworkEngine(MnistData train, MnistData test, MnistBatches batches, NetworkStart start,
                                  HiddenActivation hidden, Optimiser optimiser) {
        this(test, covering(batches, train.count()), new NetworkKernel(new FlatData(train.images(), train.labels(),
                MnistData.PIXELS, MnistData.CLASSES), start.weights(), start.biases(), hidden.hand(), optimiser),
                NetworkTensors.sizes(start.weights()));
    }

    private HandMnistNetworkEngine(MnistData test, MnistBatches batches, NetworkKernel trainer, int[] sizes) {
        super("hand", batches);
        this.test = test;
        this.trainer = trainer;
        this.sizes = sizes;
    }

    /**
     * The same data (shared), schedule, activation and rate at {@code W1, b1, …}; the index of the training
     * images' nonzero pixels and the threads are shared too.
     */
    @Override
    public HandMnistNetworkEngine startingFrom(List<Tensor> parameters) {
        return new HandMnistNetworkEngine(test, batches(),
                trainer.startingFrom(NetworkTensors.weights(parameters), NetworkTensors.biases(parameters)), sizes);
    }

    /** The same batches at another engine's parameters and updater state. */
    @Override
    public HandMnistNetworkEngine startingFrom(List<Tensor> parameters, List<Tensor> state, int iteration) {
        List<java.util.Map<String, double[]>> groups = state.isEmpty() ? List.of()
                : NetworkTensors.stateGroups(state, sizes.length - 1);
        return new HandMnistNetworkEngine(test, batches(), trainer.startingFrom(NetworkTensors.weights(parameters),
                NetworkTensors.biases(parameters), iteration, groups), sizes);
    }

    /** @return the updaters' state, {@code W1.m, b1.m, …}; empty for plain SGD */
    @Override
    public List<Tensor> state() {
        return NetworkTensors.state(trainer.state());
    }

    @Override
    double train(MnistBatches batches, int k) {
        return trainer.step(batches.order(k), batches.from(k), batches.to(k));
    }

    @Override
    public double loss() {
        return trainer.loss();
    }

    @Override
    public List<Tensor> parameters() {
        return NetworkTensors.ofFlat(trainer.flatWeights(), trainer.biases());
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    @Override
    public int[][] confusion() {
        double[][] p = trainer.probabilities(test.images(), test.count());
        int[][] counts = new int[MnistData.CLASSES][MnistData.CLASSES];
        for (int i = 0; i < p.length; i++) {
            counts[test.labels()[i]][Softmax.argmax(p[i])]++;   // the first of equal maxima
        }
        return counts;
    }

    /**
     * Draws the dropout masks from another source from now on, here and in every engine started from this one (the
     * step proof's test plants a wrong one).
     *
     * @param masks where each step's masks come from
     * @return this
     */
    public HandMnistNetworkEngine withMasks(DropoutMasks masks) {
        trainer.withMasks(masks);
        return this;
    }

    /** @return e.g. {@code 784 → 128 relu → 10 softmax} */
    public String architecture() {
        return trainer.architecture();
    }
}
