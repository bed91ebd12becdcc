package nnbasics.dl4j.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link NetworkTrainer} on shared arrays (MNIST's way): its bulk read of the parameter buffer
 * ({@link ParameterBuffer}) gives exactly what {@link Network}'s element-by-element read gives, and its steps
 * are those of the trainer on its own copy of the same rows.
 */
class NetworkTrainerBulkReadTest {

    /** 7 → 5 relu → 4 relu → 3 softmax: no two widths equal, so a row/column ('c'/'f') mix-up cannot pass. */
    private static final int[] SIZES = {7, 5, 4, 3};
    private static final int ROWS = 40;

    private static List<double[][]> startWeights() {
        SplittableRandom random = new SplittableRandom(3);
        List<double[][]> w = new ArrayList<>();
        for (int l = 0; l + 1 < SIZES.length; l++) {
            double[][] m = new double[SIZES[l]][SIZES[l + 1]];
            for (double[] row : m) {
                for (int k = 0; k < row.length; k++) {
                    row[k] = random.nextDouble() - 0.5;
                }
            }
            w.add(m);
        }
        return w;
    }

    private static List<double[]> startBiases() {
        List<double[]> b = new ArrayList<>();
        for (int l = 1; l < SIZES.length; l++) {
            double[] v = new double[SIZES[l]];
            for (int k = 0; k < v.length; k++) {
                v[k] = 0.01 * (l * 10 + k);                  // distinct, nonzero: a bias read as a weight shows
            }
            b.add(v);
        }
        return b;
    }

    private static INDArray[] data() {
        SplittableRandom random = new SplittableRandom(5);
        double[] x = new double[ROWS * SIZES[0]];
        double[] y = new double[ROWS * 3];
        for (int i = 0; i < ROWS; i++) {
            for (int j = 0; j < SIZES[0]; j++) {
                x[i * SIZES[0] + j] = random.nextDouble();
            }
            y[i * 3 + i % 3] = 1;
        }
        return new INDArray[] {Nd4j.create(x, new long[] {ROWS, SIZES[0]}, DataType.DOUBLE),
            Nd4j.create(y, new long[] {ROWS, 3}, DataType.DOUBLE)};
    }

    private static int[] batch(int b) {
        int[] rows = new int[b == 3 ? 7 : 11];        // batches of 11 rows, then a shorter one of 7
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (b * 11 + i * 3) % ROWS;
        }
        return rows;
    }

    @Test
    void theBulkReadIsNetworksElementByElementRead() {
        INDArray[] xy = data();
        NetworkTrainer trainer = new NetworkTrainer(xy[0], xy[1], startWeights(), startBiases(), Activation.RELU,
                0.5);
        for (int step = 0; step <= 4; step++) {
            if (step > 0) {
                trainer.step(batch(step - 1));
            }
            ParameterBuffer bulk = trainer.parameters();
            List<double[][]> w = Network.weights(trainer.network());
            List<double[]> b = Network.biases(trainer.network());
            assertEquals(w.size(), bulk.weights().size(), "one W per layer");
            for (int l = 0; l < w.size(); l++) {
                int nOut = SIZES[l + 1];
                for (int j = 0; j < SIZES[l]; j++) {
                    for (int k = 0; k < nOut; k++) {
                        assertEquals(w.get(l)[j][k], bulk.weights().get(l)[j * nOut + k], 0.0,
                                "step " + step + ", layer " + l + ", W[" + j + "][" + k + "]: the same bits");
                    }
                }
                assertArrayEquals(b.get(l), bulk.biases().get(l), 0.0, "step " + step + ", layer " + l + ", b");
                assertArrayEquals(b.get(l), trainer.biases().get(l), 0.0, "biases()");
            }
        }
    }

    @Test
    void itStepsAsNetworkTrainerDoesOnTheSameRows() {
        INDArray[] xy = data();
        NetworkTrainer shared = new NetworkTrainer(xy[0], xy[1], startWeights(), startBiases(), Activation.RELU, 0.5);
        NetworkTrainer copied = new NetworkTrainer(new DataSet(xy[0], xy[1]), startWeights(), startBiases(),
                Activation.RELU, 0.5);
        for (int b = 0; b < 4; b++) {
            double a = shared.step(batch(b));
            double c = copied.step(batch(b));
            assertEquals(c, a, 0.0, "batch " + b + ": the same loss (the same net.fit on the same rows)");
        }
        for (int l = 0; l + 1 < SIZES.length; l++) {
            double[][] w = copied.weights().get(l);
            for (int j = 0; j < w.length; j++) {
                for (int k = 0; k < w[j].length; k++) {
                    assertEquals(w[j][k], shared.parameters().weights().get(l)[j * w[j].length + k], 0.0,
                            "layer " + l + " W[" + j + "][" + k + "]");
                }
            }
        }
        assertTrue(shared.evaluate(xy[0], xy[1]).accuracy() >= 0, "DL4J's Evaluation runs on the trainer's net");
    }

    @Test
    void refusesAnEmptyBatchAndSharedFloatArrays() {
        INDArray[] xy = data();
        NetworkTrainer trainer = new NetworkTrainer(xy[0], xy[1], startWeights(), startBiases(), Activation.RELU, 0.5);
        assertThrows(IllegalArgumentException.class, () -> trainer.step(new int[0]));
        assertThrows(IllegalArgumentException.class, () -> new NetworkTrainer(xy[0].castTo(DataType.FLOAT),
                xy[1].castTo(DataType.FLOAT), startWeights(), startBiases(), Activation.RELU, 0.5));
    }
}
