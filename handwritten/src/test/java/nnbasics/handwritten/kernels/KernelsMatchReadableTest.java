package nnbasics.handwritten.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import nnbasics.handwritten.mnist.EpochOrder;
import nnbasics.handwritten.mnist.MnistData;
import nnbasics.handwritten.mnist.MnistFilesOnDisk;
import nnbasics.handwritten.mnist.MnistSoftmax;
import nnbasics.handwritten.network.Activation;
import nnbasics.handwritten.network.FlatData;
import nnbasics.handwritten.network.Initialisation;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.network.NetworkTrainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The proof that the tuned kernels compute the readable models' numbers: on the real MNIST training set, each kernel
 * and its readable model start from the same parameters and take the same mini-batches, and after every step the loss
 * and every W and b are the same bits (a tolerance of 0), for 1, 2 and 3 threads; then the loss and the predictions on
 * the test set are the same bits too. Expected values: the readable model ({@code mnist.MnistSoftmax},
 * {@code network.NetworkTrainer}), one loop per sum.
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

    private static MnistData train;
    private static MnistData test;

    @BeforeAll
    static void load() {
        train = MnistData.training(MnistFilesOnDisk.dir());
        test = MnistData.test(MnistFilesOnDisk.dir());
    }

    @Test
    void softmaxRegressionKernelIsTheReadableModelStepForStep() {
        int[] order = EpochOrder.of(train.count(), ORDER_SEED, 0);
        for (int threads : THREADS) {
            double[] w = new double[MnistData.PIXELS * MnistData.CLASSES];
            double[] b = new double[MnistData.CLASSES];
            MnistSoftmax readable = new MnistSoftmax(RATE, w, b);
            MnistSoftmaxKernel kernel = new MnistSoftmaxKernel(RATE, w, b, threads);
            for (int step = 0; step < STEPS; step++) {
                String where = threads + " threads, step " + (step + 1);
                int from = step * BATCH;
                assertSameBits(readable.trainBatch(train, order, from, from + BATCH),
                        kernel.trainBatch(train, order, from, from + BATCH), where + ": loss");
                assertArrayEquals(readable.weights(), kernel.weights(), where + ": W");
                assertArrayEquals(readable.bias(), kernel.bias(), where + ": b");
            }
            assertSameBits(readable.loss(test), kernel.loss(test), threads + " threads: test loss");
            assertEquals(readable.accuracy(test), kernel.accuracy(test), 0.0, threads + " threads: test accuracy");
        }
    }

    @Test
    void networkKernelIsTheReadableNetworkStepForStep() {
        int[] order = EpochOrder.of(train.count(), ORDER_SEED, 0);
        FlatData data = new FlatData(train.images(), train.labels(), MnistData.PIXELS, MnistData.CLASSES);
        FlatData testData = new FlatData(test.images(), test.labels(), MnistData.PIXELS, MnistData.CLASSES);
        NetworkStart start = Initialisation.draw(SIZES, Activation.RELU, START_SEED);
        for (int threads : THREADS) {
            NetworkTrainer readable = new NetworkTrainer(data, start.weights(), start.biases(), Activation.RELU, RATE);
            NetworkKernel kernel = new NetworkKernel(data, start.weights(), start.biases(), Activation.RELU, RATE,
                    threads);
            for (int step = 0; step < STEPS; step++) {
                String where = threads + " threads, step " + (step + 1);
                int from = step * BATCH;
                assertSameBits(readable.step(order, from, from + BATCH), kernel.step(order, from, from + BATCH),
                        where + ": loss");
                assertSameParameters(readable.weights(), readable.biases(), kernel, where);
            }
            NetworkTrainer readableOnTest = readable.startingFrom(readable.weights(), readable.biases());
            double[][] expected = readableOnTest.probabilities(testData.features(), test.count());
            double[][] actual = kernel.probabilities(testData.features(), test.count());
            for (int i = 0; i < expected.length; i++) {
                if (!java.util.Arrays.equals(expected[i], actual[i])) {
                    fail(threads + " threads: p of test image " + i);
                }
            }
        }
    }

    @Test
    void theWholeSetLossIsOneRunningSumInRowOrder() {
        FlatData data = new FlatData(test.images(), test.labels(), MnistData.PIXELS, MnistData.CLASSES);
        NetworkStart start = Initialisation.draw(SIZES, Activation.RELU, START_SEED);
        NetworkTrainer readable = new NetworkTrainer(data, start.weights(), start.biases(), Activation.RELU, RATE);
        for (int threads : THREADS) {
            NetworkKernel kernel = new NetworkKernel(data, start.weights(), start.biases(), Activation.RELU, RATE,
                    threads);
            assertSameBits(readable.loss(), kernel.loss(), threads + " threads: loss over the 10,000 test images");
        }
    }

    private static void assertSameParameters(List<double[][]> weights, List<double[]> biases, NetworkKernel kernel,
                                             String where) {
        List<double[][]> kernelWeights = kernel.weights();
        List<double[]> kernelBiases = kernel.biases();
        for (int l = 0; l < weights.size(); l++) {
            for (int j = 0; j < weights.get(l).length; j++) {
                assertArrayEquals(weights.get(l)[j], kernelWeights.get(l)[j], where + ": W" + (l + 1) + " row " + j);
            }
            assertArrayEquals(biases.get(l), kernelBiases.get(l), where + ": b" + (l + 1));
        }
    }

    /** assertArrayEquals on doubles compares bits (as Double.equals); this says so for a single value. */
    private static void assertSameBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                what + ": " + expected + " vs " + actual);
    }
}
