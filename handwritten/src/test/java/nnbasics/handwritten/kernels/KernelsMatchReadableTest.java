package nnbasics.handwritten.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nnbasics.handwritten.classification.ClassificationLoss;
import nnbasics.handwritten.classification.FlatData;
import nnbasics.handwritten.classification.SoftmaxModel;
import nnbasics.handwritten.classification.SoftmaxTrainer;
import nnbasics.handwritten.mnist.EpochOrder;
import nnbasics.handwritten.mnist.MnistData;
import nnbasics.handwritten.mnist.MnistFilesOnDisk;
import nnbasics.handwritten.network.Activation;
import nnbasics.handwritten.network.Initialisation;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.network.NetworkTrainer;
import nnbasics.handwritten.updaters.Optimiser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The proof that the tuned kernels compute the readable models' numbers: on the real MNIST training set, each kernel
 * and its readable model start from the same parameters and take the same mini-batches, and after every step the loss
 * and every W and b are the same bits (a tolerance of 0), for 1, 2 and 3 threads; then the loss and the predictions on
 * the test set are the same bits too (assertArrayEquals on doubles compares bits, as {@link Double#equals} does).
 * Expected values: the readable models ({@code classification.SoftmaxTrainer} with cross-entropy on the flat MNIST
 * rows, {@code network.NetworkTrainer}), one loop per sum.
 */
class KernelsMatchReadableTest {

    /** The tutorial's batches and rate (guide, section 9); the first 20 batches of epoch 1, seed 1. */
    private static final int BATCH = 100;
    private static final int STEPS = 20;
    private static final double RATE = 0.5;
    private static final long ORDER_SEED = 1;
    private static final int[] THREADS = {1, 2, 3};
    /** 784 → 32 relu → 10: a hidden layer whose ReLU outputs are sparse, so the kernel's zero-skipping is exercised. */
    private static final int[] SIZES = {MnistData.PIXELS, 32, MnistData.CLASSES};
    private static final long START_SEED = 3;
    /** 784 → 32 relu → 16 relu → 10: two hidden layers, so dropout drops the pixels and a hidden activation. */
    private static final int[] DEEP_SIZES = {MnistData.PIXELS, 32, 16, MnistData.CLASSES};

    private static MnistData train;
    private static MnistData test;

    @BeforeAll
    static void load() {
        train = MnistData.training(MnistFilesOnDisk.dir());
        test = MnistData.test(MnistFilesOnDisk.dir());
    }

    /** The readable model's loss, then its parameters, after each step: W and b, or W1, b1, W2, b2. */
    private record Step(double loss, List<double[]> parameters) {
    }

    @Test
    void softmaxRegressionKernelIsTheReadableSoftmaxTrainerStepForStep() {
        int[] order = EpochOrder.of(train.count(), ORDER_SEED, 0);
        double[] w = new double[MnistData.PIXELS * MnistData.CLASSES];
        double[] b = new double[MnistData.CLASSES];
        SoftmaxTrainer readable = new SoftmaxTrainer(train.flat(), SoftmaxModel.zero(MnistData.PIXELS,
                MnistData.CLASSES), ClassificationLoss.CROSS_ENTROPY, RATE);
        List<Step> expected = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            double loss = readable.step(order, step * BATCH, (step + 1) * BATCH);
            expected.add(new Step(loss, List.of(FlatData.flatten(readable.weights()), readable.biases())));
        }
        double testLoss = readable.loss(test.flat());
        int[][] confusion = readable.confusion(test.flat());
        for (int threads : THREADS) {
            MnistSoftmaxKernel kernel = new MnistSoftmaxKernel(RATE, w, b, threads);
            for (int step = 0; step < STEPS; step++) {
                double loss = kernel.trainBatch(train, order, step * BATCH, (step + 1) * BATCH);
                assertSameStep(expected.get(step), loss, List.of(kernel.weights(), kernel.biases()),
                        threads + " threads, step " + (step + 1));
            }
            assertSameBits(testLoss, kernel.loss(test), threads + " threads: test loss");
            assertArrayEquals(confusion, kernel.confusion(test), threads + " threads: test confusion matrix");
        }
    }

    @Test
    void networkKernelIsTheReadableNetworkStepForStep() {
        int[] order = EpochOrder.of(train.count(), ORDER_SEED, 0);
        FlatData data = train.flat();
        NetworkStart start = Initialisation.draw(SIZES, Activation.RELU, START_SEED);
        NetworkTrainer readable = new NetworkTrainer(data, start.weights(), start.biases(), Activation.RELU, RATE);
        List<Step> expected = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            double loss = readable.step(order, step * BATCH, (step + 1) * BATCH);
            expected.add(new Step(loss, parameters(readable.flatWeights(), readable.biases())));
        }
        double[][] p = readable.probabilities(test.images(), test.count());
        for (int threads : THREADS) {
            NetworkKernel kernel = new NetworkKernel(data, start.weights(), start.biases(), Activation.RELU, RATE,
                    threads);
            for (int step = 0; step < STEPS; step++) {
                double loss = kernel.step(order, step * BATCH, (step + 1) * BATCH);
                assertSameStep(expected.get(step), loss, parameters(kernel.flatWeights(), kernel.biases()),
                        threads + " threads, step " + (step + 1));
            }
            assertArrayEquals(p, kernel.probabilities(test.images(), test.count()), threads + " threads: test p");
        }
    }

    /**
     * With Adam and L2 the kernel computes the gradient as before, then takes the readable {@code Step}s: the same
     * bits as the readable trainer, step for step, for every thread count (the state included: m and v).
     */
    @Test
    void networkKernelWithAdamAndL2IsTheReadableNetworkStepForStep() {
        assertNetworkKernelIsReadable(Optimiser.of(Optimiser.Kind.ADAM, 1e-3).withL2(1e-4));
    }

    /**
     * With dropout (keep 0.8) on the input of both hidden layers, the pixels included, and plain SGD: the kernel
     * draws the same masks (the readable trainer's {@code DropoutMasks.DEFAULT}, by step, layer, row in the batch
     * and column), drops the same inputs, masks δ·Wᵀ before f', reports the dropped pass's loss: the same bits.
     * Two hidden layers so that a hidden activation's dropped copy is exercised as well as the pixels'.
     */
    @Test
    void networkKernelWithDropoutIsTheReadableNetworkStepForStep() {
        assertNetworkKernelIsReadable(Optimiser.sgd(0.1).withKeep(0.8), DEEP_SIZES);
    }

    /** Dropout with Adam: the dropped gradient through the readable {@code Step}s. */
    @Test
    void networkKernelWithDropoutAndAdamIsTheReadableNetworkStepForStep() {
        assertNetworkKernelIsReadable(Optimiser.of(Optimiser.Kind.ADAM, 1e-3).withKeep(0.8));
    }

    /**
     * A kernel started from the readable trainer's parameters, state and iteration mid-run (the step proof's
     * start) takes the readable trainer's next step, dropout masks included: the iteration picks the masks.
     */
    @Test
    void aDroppedStepStartedMidRunIsTheReadableNetworksStep() {
        Optimiser recipe = Optimiser.of(Optimiser.Kind.ADAM, 1e-3).withKeep(0.8);
        int[] order = EpochOrder.of(train.count(), ORDER_SEED, 0);
        FlatData data = train.flat();
        NetworkStart start = Initialisation.draw(SIZES, Activation.RELU, START_SEED);
        NetworkTrainer readable = new NetworkTrainer(data, start.weights(), start.biases(), Activation.RELU, recipe);
        NetworkKernel source = new NetworkKernel(data, start.weights(), start.biases(), Activation.RELU, recipe, 2);
        int midRun = 5;
        for (int step = 0; step < midRun; step++) {
            readable.step(order, step * BATCH, (step + 1) * BATCH);
        }
        NetworkKernel shadow = source.startingFrom(readable.weights(), readable.biases(), readable.iteration(),
                readable.state());
        double loss = readable.step(order, midRun * BATCH, (midRun + 1) * BATCH);
        double shadowLoss = shadow.step(order, midRun * BATCH, (midRun + 1) * BATCH);
        assertSameStep(new Step(loss, parameters(readable.flatWeights(), readable.biases())), shadowLoss,
                parameters(shadow.flatWeights(), shadow.biases()), "step " + (midRun + 1) + " from the readable state");
    }

    private static void assertNetworkKernelIsReadable(Optimiser recipe) {
        assertNetworkKernelIsReadable(recipe, SIZES);
    }

    /** The readable trainer and the kernel with {@code recipe}: loss, W, b, the updaters' state, then test p. */
    private static void assertNetworkKernelIsReadable(Optimiser recipe, int[] sizes) {
        int[] order = EpochOrder.of(train.count(), ORDER_SEED, 0);
        FlatData data = train.flat();
        NetworkStart start = Initialisation.draw(sizes, Activation.RELU, START_SEED);
        NetworkTrainer readable = new NetworkTrainer(data, start.weights(), start.biases(), Activation.RELU, recipe);
        List<Step> expected = new ArrayList<>();
        List<List<java.util.Map<String, double[]>>> states = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            double loss = readable.step(order, step * BATCH, (step + 1) * BATCH);
            expected.add(new Step(loss, parameters(readable.flatWeights(), readable.biases())));
            states.add(readable.state());
        }
        double[][] p = readable.probabilities(test.images(), test.count());
        for (int threads : THREADS) {
            NetworkKernel kernel = new NetworkKernel(data, start.weights(), start.biases(), Activation.RELU, recipe,
                    threads);
            for (int step = 0; step < STEPS; step++) {
                double loss = kernel.step(order, step * BATCH, (step + 1) * BATCH);
                String where = recipe.describe() + ", " + threads + " threads, step " + (step + 1);
                assertSameStep(expected.get(step), loss, parameters(kernel.flatWeights(), kernel.biases()), where);
                assertSameState(states.get(step), kernel.state(), where);
            }
            assertArrayEquals(p, kernel.probabilities(test.images(), test.count()), threads + " threads: test p");
        }
    }

    /**
     * Softmax regression with an updater (and regularisation): the kernel computes dW and db without the fused SGD
     * update, then takes the readable trainer's {@code Step}s; the same bits, state included, for every thread count.
     */
    @Test
    void softmaxKernelWithAdamIsTheReadableSoftmaxTrainerStepForStep() {
        assertSoftmaxKernelIsReadable(Optimiser.of(Optimiser.Kind.ADAM, 1e-3));
    }

    @Test
    void softmaxKernelWithMomentumAndL2IsTheReadableSoftmaxTrainerStepForStep() {
        assertSoftmaxKernelIsReadable(Optimiser.of(Optimiser.Kind.MOMENTUM, 0.05).withL2(1e-4));
    }

    private static void assertSoftmaxKernelIsReadable(Optimiser recipe) {
        int[] order = EpochOrder.of(train.count(), ORDER_SEED, 0);
        SoftmaxTrainer readable = new SoftmaxTrainer(train.flat(), SoftmaxModel.zero(MnistData.PIXELS,
                MnistData.CLASSES), ClassificationLoss.CROSS_ENTROPY, recipe);
        List<Step> expected = new ArrayList<>();
        List<List<java.util.Map<String, double[]>>> states = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            double loss = readable.step(order, step * BATCH, (step + 1) * BATCH);
            expected.add(new Step(loss, List.of(FlatData.flatten(readable.weights()), readable.biases())));
            states.add(readable.state());
        }
        double trainLoss = readable.loss();
        int[][] confusion = readable.confusion(test.flat());
        for (int threads : THREADS) {
            MnistSoftmaxKernel kernel = new MnistSoftmaxKernel(recipe, new double[MnistData.PIXELS * MnistData.CLASSES],
                    new double[MnistData.CLASSES], threads);
            for (int step = 0; step < STEPS; step++) {
                double loss = kernel.trainBatch(train, order, step * BATCH, (step + 1) * BATCH);
                String where = recipe.describe() + ", " + threads + " threads, step " + (step + 1);
                assertSameStep(expected.get(step), loss, List.of(kernel.weights(), kernel.biases()), where);
                assertSameState(states.get(step), kernel.state(), where);
            }
            assertSameBits(trainLoss, kernel.loss(train), threads + " threads: training loss with the penalty");
            assertArrayEquals(confusion, kernel.confusion(test), threads + " threads: test confusion matrix");
        }
    }

    /** Every group's every named state array (m, v; the velocity), bit for bit. */
    private static void assertSameState(List<java.util.Map<String, double[]>> expected,
                                        List<java.util.Map<String, double[]>> actual, String where) {
        assertEquals(expected.size(), actual.size(), where + ": state groups");
        for (int g = 0; g < expected.size(); g++) {
            assertEquals(expected.get(g).keySet(), actual.get(g).keySet(), where + ": group " + g + " names");
            for (String name : expected.get(g).keySet()) {
                assertArrayEquals(expected.get(g).get(name), actual.get(g).get(name),
                        where + ": group " + g + " " + name);
            }
        }
    }

    @Test
    void theWholeSetLossIsOneRunningSumInRowOrder() {
        FlatData data = test.flat();
        NetworkStart start = Initialisation.draw(SIZES, Activation.RELU, START_SEED);
        double expected = new NetworkTrainer(data, start.weights(), start.biases(), Activation.RELU, RATE).loss();
        for (int threads : THREADS) {
            NetworkKernel kernel = new NetworkKernel(data, start.weights(), start.biases(), Activation.RELU, RATE,
                    threads);
            assertSameBits(expected, kernel.loss(), threads + " threads: loss over the 10,000 test images");
        }
    }

    /** @return W1, b1, W2, b2, … (each W flat row-major) */
    private static List<double[]> parameters(List<double[]> weights, List<double[]> biases) {
        List<double[]> all = new ArrayList<>();
        for (int l = 0; l < weights.size(); l++) {
            all.add(weights.get(l));
            all.add(biases.get(l));
        }
        return all;
    }

    private static void assertSameStep(Step expected, double loss, List<double[]> parameters, String where) {
        assertSameBits(expected.loss(), loss, where + ": loss");
        for (int t = 0; t < parameters.size(); t++) {
            String name = (t % 2 == 0 ? "W" : "b") + (t / 2 + 1);
            assertArrayEquals(expected.parameters().get(t), parameters.get(t), where + ": " + name);
        }
    }

    /** assertArrayEquals on doubles compares bits (as Double.equals); this says so for a single value. */
    private static void assertSameBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                what + ": " + expected + " vs " + actual);
    }
}
