package nnbasics.handwritten.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nnbasics.handwritten.classification.FlatData;
import nnbasics.handwritten.network.Activation;
import nnbasics.handwritten.network.Initialisation;
import nnbasics.handwritten.network.NetworkStart;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link NetworkKernel#startingFrom} shares its source's data, data index and threads: a copy's step must be the
 * same bits as a trainer built from scratch at the same parameters, and the source, used in turn with its copies,
 * must train as if there were none. The expected numbers: a separate trainer that shares nothing.
 */
class NetworkStartingFromTest {

    private static final int FEATURES = MnistShapedRows.FEATURES;
    private static final int CLASSES = MnistShapedRows.CLASSES;
    private static final int ROWS = 120;
    /** 4 batches, the last one short (21 rows). */
    private static final int BATCH = 33;
    private static final int[] SIZES = {FEATURES, 24, 12, CLASSES};
    private static final double RATE = 0.5;

    private static FlatData data() {
        return MnistShapedRows.data(ROWS, 3);
    }

    @Test
    void aCopysStepIsAFreshTrainersStepAndTheSourceTrainsAsAlone() {
        FlatData data = data();
        NetworkStart start = Initialisation.draw(SIZES, Activation.RELU, 9);
        NetworkKernel source = new NetworkKernel(data, start.weights(), start.biases(), Activation.RELU, RATE, 2);
        NetworkKernel alone = new NetworkKernel(data, start.weights(), start.biases(), Activation.RELU, RATE, 2);
        int[] order = new SplittableRandom(4).ints(ROWS, 0, ROWS).toArray();
        for (int b = 0; b * BATCH < ROWS; b++) {
            int from = b * BATCH;
            int to = Math.min(from + BATCH, ROWS);
            List<double[][]> w = shifted(source.weights(), b);     // another state than the source's
            List<double[]> bias = source.biases();
            NetworkKernel copy = source.startingFrom(w, bias);
            NetworkKernel fresh = new NetworkKernel(data, w, bias, Activation.RELU, RATE, 2);
            assertEquals(fresh.step(order, from, to), copy.step(order, from, to), 0.0, "batch " + b + ": loss");
            assertSame(fresh, copy, "batch " + b);
            assertEquals(alone.step(order, from, to), source.step(order, from, to), 0.0, "batch " + b + ": source");
        }
        assertSame(alone, source, "the source after every batch");
    }

    @Test
    void aCopyKeepsTheShapes() {
        NetworkStart start = Initialisation.draw(SIZES, Activation.RELU, 9);
        NetworkKernel source = new NetworkKernel(data(), start.weights(), start.biases(), Activation.RELU, RATE);
        NetworkStart other = Initialisation.draw(new int[] {FEATURES, 25, 12, CLASSES}, Activation.RELU, 9);
        assertThrows(IllegalArgumentException.class, () -> source.startingFrom(other.weights(), other.biases()));
    }

    /** Every weight plus (b + 1) · 1e-3, so that the copies start away from the source. */
    private static List<double[][]> shifted(List<double[][]> weights, int b) {
        List<double[][]> out = new ArrayList<>();
        for (double[][] w : weights) {
            double[][] m = new double[w.length][];
            for (int j = 0; j < w.length; j++) {
                m[j] = w[j].clone();
                for (int k = 0; k < m[j].length; k++) {
                    m[j][k] += (b + 1) * 1e-3;
                }
            }
            out.add(m);
        }
        return out;
    }

    private static void assertSame(NetworkKernel expected, NetworkKernel actual, String where) {
        for (int l = 0; l < SIZES.length - 1; l++) {
            assertArrayEquals(expected.flatWeights().get(l), actual.flatWeights().get(l), where + ": W" + (l + 1));
            assertArrayEquals(expected.biases().get(l), actual.biases().get(l), where + ": b" + (l + 1));
        }
    }
}
