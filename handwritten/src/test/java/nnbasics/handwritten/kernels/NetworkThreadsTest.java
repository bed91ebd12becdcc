package nnbasics.handwritten.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnbasics.handwritten.classification.FlatData;
import nnbasics.handwritten.network.Activation;
import nnbasics.handwritten.network.Initialisation;
import nnbasics.handwritten.network.NetworkStart;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The same bits whatever the number of threads: BackpropagationKernel's chunks (slices of a batch's rows, then bands of
 * W's rows) write only their own outputs and add every sum in the batch's order (its class comment). Expected
 * values: the one-thread run (no concurrency).
 */
class NetworkThreadsTest {

    private static final int FEATURES = MnistShapedRows.FEATURES;
    private static final int CLASSES = MnistShapedRows.CLASSES;
    private static final int ROWS = 300;
    private static final int BATCH = 37;
    private static final int EPOCHS = 2;
    /** Two hidden layers, so that δ·Wᵀ runs through a hidden-to-hidden layer as well as the output layer. */
    private static final int[] SIZES = {FEATURES, 32, 16, CLASSES};

    private static FlatData data() {
        return MnistShapedRows.data(ROWS, 11);
    }

    /** @return every batch loss, then every W and b, of {@link #EPOCHS} epochs on {@code threads} threads */
    private static double[][] trained(FlatData data, int threads) {
        NetworkStart start = Initialisation.draw(SIZES, Activation.RELU, 5);
        NetworkKernel trainer = new NetworkKernel(data, start.weights(), start.biases(), Activation.RELU, 0.5,
                threads);
        int batches = (ROWS + BATCH - 1) / BATCH;          // 9 batches, the last one short (4 rows)
        double[] losses = new double[EPOCHS * batches];
        SplittableRandom shuffle = new SplittableRandom(7);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            int[] order = shuffle.ints(ROWS, 0, ROWS).toArray();   // rows may repeat: fine for a batch
            for (int b = 0; b < batches; b++) {
                losses[epoch * batches + b] = trainer.step(order, b * BATCH, Math.min((b + 1) * BATCH, ROWS));
            }
        }
        List<double[]> weights = trainer.flatWeights();
        List<double[]> biases = trainer.biases();
        double[][] all = new double[1 + 2 * weights.size()][];
        all[0] = losses;
        for (int l = 0; l < weights.size(); l++) {
            all[1 + 2 * l] = weights.get(l);
            all[2 + 2 * l] = biases.get(l);
        }
        return all;
    }

    @Test
    void oneTwoAndThreeThreadsGiveTheSameBits() {
        long workPerRow = 0;
        for (int l = 0; l + 1 < SIZES.length; l++) {
            workPerRow += (long) SIZES[l] * SIZES[l + 1];
        }
        assertTrue(BATCH * workPerRow >= BackpropagationKernel.SHARED_WORK,
                "a full batch is large enough to be shared among threads");
        FlatData data = data();
        double[][] one = trained(data, 1);
        for (int threads : new int[] {2, 3}) {
            double[][] many = trained(data, threads);
            assertArrayEquals(one[0], many[0], threads + " threads: every batch loss");
            for (int t = 1; t < one.length; t++) {
                assertArrayEquals(one[t], many[t], threads + " threads: " + ((t - 1) % 2 == 0 ? "W" : "b")
                        + ((t - 1) / 2 + 1));
            }
        }
    }
}
