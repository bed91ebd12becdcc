package nnbasics.compare.mnist;

import nnbasics.compare.Tolerances;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.handwritten.mnist.MnistData;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.updaters.Optimiser;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * What both MNIST engines train, and the bounds they are held to ({@code docs/twin-difference.md}):
 *
 * <pre>
 * softmax regression   784 → 10 softmax, W = 0, b = 0                        {@code nnbasics mnist}
 * a network            784 → h₁ f → … → 10 softmax, start from initSeed      {@code nnbasics mnist --hidden h₁,…}
 * step proof's bound   Tolerances.step(n, optimiser), n = B + 785 + Σ (hₗ + 1);  stepFromZero(n, optimiser) for
 *                      softmax regression (Adam's gain on the first bias gradient's noise); stepFloat32(n) in float32
 * trajectory's bound   MNIST_DOUBLE, MNIST_NETWORK or MNIST_FLOAT32          reported, held on request
 * </pre>
 *
 * @param sizes        784, the hidden widths…, 10 (784, 10 for softmax regression)
 * @param activation   f of the hidden layers (ignored for softmax regression)
 * @param initSeed     the seed of a network's start (ignored for softmax regression, which starts at 0)
 * @param learningRate η of SGD, for every weight and bias
 * @param dl4jType     the DL4J side's precision: DOUBLE, or FLOAT for softmax regression only
 * @param optimiser    the step both engines take: plain SGD at η, or an updater, regularisation, and for a network
 *                     dropout on every hidden layer's input
 */
public record MnistModel(int[] sizes, HiddenActivation activation, long initSeed, double learningRate,
                         DataType dl4jType, Optimiser optimiser) {

    /** The model with plain SGD at {@code learningRate}, as before optimisers. */
    public MnistModel(int[] sizes, HiddenActivation activation, long initSeed, double learningRate,
                      DataType dl4jType) {
        this(sizes, activation, initSeed, learningRate, dl4jType, Optimiser.sgd(learningRate));
    }

    /**
     * @param optimiser the step both engines take (its rate becomes the model's)
     * @return this model with that step
     * @throws IllegalArgumentException for softmax regression with dropout (it has no hidden layer)
     */
    public MnistModel withOptimiser(Optimiser optimiser) {
        return new MnistModel(sizes, activation, initSeed, optimiser.learningRate(), dl4jType, optimiser);
    }

    public MnistModel {
        if (sizes.length < 2 || sizes[0] != MnistData.PIXELS || sizes[sizes.length - 1] != MnistData.CLASSES) {
            throw new IllegalArgumentException("an MNIST model takes 784 pixels to 10 digits");
        }
        for (int l = 1; l + 1 < sizes.length; l++) {
            if (sizes[l] < 1) {
                throw new IllegalArgumentException("every hidden layer needs at least 1 unit, got " + sizes[l]);
            }
        }
        if (dl4jType != DataType.DOUBLE && (dl4jType != DataType.FLOAT || sizes.length > 2)) {
            throw new IllegalArgumentException("DL4J computes in DOUBLE, or in FLOAT for softmax regression only, not "
                    + dl4jType + " for " + sizes.length + " layer widths");
        }
        if (sizes.length == 2 && optimiser.keep() < 1) {
            throw new IllegalArgumentException("dropout drops a hidden layer's input, softmax regression has none: "
                    + optimiser.describe());
        }
        sizes = sizes.clone();
    }

    /** Softmax regression 784 → 10 from zero, DL4J in {@code dl4jType}. */
    public static MnistModel softmax(double learningRate, DataType dl4jType) {
        return new MnistModel(new int[] {MnistData.PIXELS, MnistData.CLASSES}, HiddenActivation.RELU, 0L,
                learningRate, dl4jType);
    }

    /**
     * A network 784 → hidden… → 10, both engines in double; no hidden width gives softmax regression.
     *
     * @param hidden the hidden widths, input side first
     */
    public static MnistModel network(int[] hidden, HiddenActivation activation, long initSeed, double learningRate) {
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = MnistData.PIXELS;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = MnistData.CLASSES;
        return new MnistModel(sizes, activation, initSeed, learningRate, DataType.DOUBLE);
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    /** @return true for a network, false for softmax regression */
    public boolean hasHiddenLayers() {
        return sizes.length > 2;
    }

    /** @return e.g. {@code 784 → 10 softmax}, {@code 784 → 128 relu → 10 softmax} */
    public String architecture() {
        return NetworkTwins.architecture(sizes, activation);
    }

    /** The one start of a network's engines, drawn from initSeed by the hand-written Initialisation. */
    public NetworkStart start() {
        return NetworkTwins.start(sizes, activation, initSeed);
    }

    /**
     * The most terms one entry of an update sums: the rows of the batch (each gradient entry) or a layer's inputs
     * + 1 for the bias (each pre-activation): max(B, 784 + 1, hₗ + 1).
     */
    public long sumTerms(int batchSize) {
        return NetworkTwins.sumTerms(batchSize, sizes);
    }

    /**
     * The step proof's bound: {@link Tolerances#step}; {@link Tolerances#stepFromZero} for softmax regression, which
     * starts from W = 0 (its first bias gradient can cancel to rounding noise, which Adam does not scale down);
     * {@link Tolerances#stepFloat32} with DL4J in float32.
     */
    public double stepBound(int batchSize) {
        return dl4jType == DataType.FLOAT ? Tolerances.stepFloat32(sumTerms(batchSize))
                : hasHiddenLayers() ? Tolerances.step(sumTerms(batchSize), optimiser)
                : Tolerances.stepFromZero(sumTerms(batchSize), optimiser);
    }

    /** The trajectory's documented bound: MNIST_NETWORK, MNIST_FLOAT32 or MNIST_DOUBLE. */
    public double trajectoryBound() {
        return hasHiddenLayers() ? Tolerances.MNIST_NETWORK
                : dl4jType == DataType.FLOAT ? Tolerances.MNIST_FLOAT32 : Tolerances.MNIST_DOUBLE;
    }
}
