package nnbasics.dl4j.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import nnbasics.dl4j.classification.SoftmaxTrainer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The DL4J {@link SoftmaxTrainer} on MNIST-shaped arrays (shared, in DOUBLE or FLOAT), mini-batch by mini-batch,
 * against mini-batch SGD on softmax regression written out in plain Java.
 */
class SoftmaxTrainerMnistTest {

    /**
     * The same double arithmetic in another order (BLAS sums 784 products in blocks, the reference one by one):
     * a few ulps of the largest term, far below 1e−12 of the values after one or two steps.
     */
    private static final double AGREEMENT = 1e-12;
    /**
     * FLOAT against the double reference: float's unit round-off 2^−24 ≈ 6e−8, times sums of up to 784 terms;
     * 1e−5 relative to the largest value is a generous bound for two steps.
     */
    private static final double FLOAT_AGREEMENT = 1e-5;
    private static final double RATE = 0.5;
    private static final int N = 7;
    private static final int K = MnistArrays.CLASSES;
    private static final int D = MnistArrays.PIXELS;
    /** Two batches drawn from the seven rows, in a shuffled order (one row twice, as an epoch never does). */
    private static final int[][] BATCHES = {{4, 1, 6}, {0, 5, 2, 4}};

    /** Seven made-up "images" with pixels in [0, 1] (about half of them 0, like MNIST) and their labels. */
    private static double[][] features() {
        Random random = new Random(6);
        double[][] x = new double[N][D];
        for (double[] row : x) {
            for (int j = 0; j < D; j++) {
                row[j] = random.nextBoolean() ? 0.0 : random.nextInt(256) / 255.0;
            }
        }
        return x;
    }

    private static final int[] LABELS = {3, 7, 0, 9, 3, 1, 5};

    private static MnistArrays arrays(double[][] x, DataType type) {
        double[][] y = new double[N][K];
        for (int i = 0; i < N; i++) {
            y[i][LABELS[i]] = 1.0;
        }
        return new MnistArrays(Nd4j.createFromArray(x).castTo(type), Nd4j.createFromArray(y).castTo(type), N);
    }

    /** A trainer of cross-entropy on the arrays of {@code data}, from W = 0, b = 0 (the tutorial's start). */
    private static SoftmaxTrainer trainer(MnistArrays data) {
        return new SoftmaxTrainer(data.features(), data.labels(), new double[D][K], new double[K], LossFunction.MCXENT,
                RATE);
    }

    @Test
    void startsAtZero() {
        MnistArrays data = arrays(features(), DataType.DOUBLE);
        SoftmaxTrainer trainer = trainer(data);
        assertArrayEquals(new double[D * K], trainer.flatParameters()[0], "W starts at zero");
        assertArrayEquals(new double[K], trainer.flatParameters()[1], "b starts at zero");
        assertArrayEquals(new double[K], trainer.biases(), "b starts at zero, biases()");
    }

    @Test
    void twoSgdStepsAgreeWithPlainJava() {
        checkAgainstPlainJava(DataType.DOUBLE, AGREEMENT);
    }

    @Test
    void twoSgdStepsInFloatStayCloseToPlainJava() {
        checkAgainstPlainJava(DataType.FLOAT, FLOAT_AGREEMENT);
    }

    private static void checkAgainstPlainJava(DataType type, double tolerance) {
        double[][] x = features();
        MnistArrays data = arrays(x, type);
        SoftmaxTrainer trainer = trainer(data);
        assertEquals(type, trainer.dataType(), "the network computes in the arrays' type");
        double[] w = new double[D * K];     // W[j·K + k], zero start
        double[] b = new double[K];
        for (int[] rows : BATCHES) {
            // The reference: L = −(1/B) Σ_i log p_i,label(i); dL/dW_jk = (1/B) Σ_i x_ij (p_ik − y_ik); dL/db_k likewise
            int batch = rows.length;
            double loss = 0;
            double[] dW = new double[D * K];
            double[] db = new double[K];
            for (int row : rows) {
                double[] z = b.clone();
                for (int j = 0; j < D; j++) {
                    for (int k = 0; k < K; k++) {
                        z[k] += x[row][j] * w[j * K + k];
                    }
                }
                double[] p = softmax(z);
                loss -= Math.log(p[LABELS[row]]) / batch;
                for (int k = 0; k < K; k++) {
                    double error = p[k] - (k == LABELS[row] ? 1.0 : 0.0);
                    db[k] += error / batch;
                    for (int j = 0; j < D; j++) {
                        dW[j * K + k] += x[row][j] * error / batch;
                    }
                }
            }
            for (int i = 0; i < w.length; i++) {
                w[i] -= RATE * dW[i];
            }
            for (int k = 0; k < K; k++) {
                b[k] -= RATE * db[k];
            }

            double dl4jLoss = trainer.step(rows);
            assertEquals(loss, dl4jLoss, tolerance * loss, "batch loss before the update");
            assertClose(w, trainer.flatParameters()[0], tolerance, "W after the step");
            assertClose(b, trainer.flatParameters()[1], tolerance, "b after the step");
            double[][] w2 = trainer.weights();
            for (int j = 0; j < D; j++) {
                for (int k = 0; k < K; k++) {
                    assertEquals(trainer.flatParameters()[0][j * K + k], w2[j][k], 0.0,
                            "weights() and flatParameters() read the same W_" + j + "," + k);
                }
            }
        }
    }

    @Test
    void theFirstLossIsLogTenAtTheZeroStart() {
        MnistArrays data = arrays(features(), DataType.DOUBLE);
        SoftmaxTrainer trainer = trainer(data);
        // p = 1/10 for every class when W = 0 and b = 0, so L = log 10 exactly up to rounding
        assertEquals(Math.log(10), trainer.step(new int[] {9, 0, 1, 9}, 1, 3), 1e-15,
                "loss at the zero start, rows 0 and 1 of an order");
    }

    @Test
    void evaluatesWithDl4jsEvaluation() {
        MnistArrays data = arrays(features(), DataType.DOUBLE);
        SoftmaxTrainer trainer = trainer(data);
        for (int step = 0; step < 50; step++) {
            trainer.step();
        }
        // 7 examples, 784 features: 50 full-batch steps fit them all (they are linearly separable)
        org.nd4j.evaluation.classification.Evaluation evaluation = trainer.evaluate(data.features(), data.labels());
        assertEquals(1.0, evaluation.accuracy(), "training accuracy on 7 separable examples");
        int[][] confusion = new int[K][K];
        for (int a = 0; a < K; a++) {
            for (int p = 0; p < K; p++) {
                confusion[a][p] = evaluation.getConfusionMatrix().getCount(a, p);
            }
        }
        int total = 0;
        for (int a = 0; a < K; a++) {
            for (int p = 0; p < K; p++) {
                total += confusion[a][p];
            }
        }
        assertEquals(N, total, "every example counted once");
        assertEquals(2, confusion[3][3], "the two 3s predicted as 3");
    }

    private static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double[] p = new double[z.length];
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /** max |expected − actual| over max |expected|, against the tolerance. */
    private static void assertClose(double[] expected, double[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        double scale = 0;
        double difference = 0;
        for (int i = 0; i < expected.length; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
            difference = Math.max(difference, Math.abs(expected[i] - actual[i]));
        }
        assertTrue(difference <= tolerance * scale, what + ": largest difference " + difference + " against scale "
                + scale + " (tolerance " + tolerance + " relative)");
    }

}
