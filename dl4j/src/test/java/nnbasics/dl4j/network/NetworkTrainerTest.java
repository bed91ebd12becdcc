package nnbasics.dl4j.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** The DL4J network trainer against plain-Java backpropagation and against itself on sub-batches; it refuses no hidden layer. */
class NetworkTrainerTest {

    /**
     * DL4J against the plain-Java reference over a few steps: the same double arithmetic summed in other orders
     * (BLAS blocks, the reference one term at a time), a few ulps per step growing slowly; 1e−12 relative to the
     * largest value is the project's agreement target.
     */
    private static final double AGREEMENT = 1e-12;
    /** The same DL4J operations on bit-identical inputs: nothing may differ at all. */
    private static final double IDENTICAL = 0.0;
    /**
     * The same loss through two DL4J paths (the score of fit's forward pass, and {@code score(DataSet, false)}):
     * the same operations, so at most an ulp or so of the value.
     */
    private static final double SAME_LOSS = 1e-15;
    /** Inputs rounded to float (relative 6e−8) before the double computation move p by about as little; 1e−6 is generous. */
    private static final double FLOAT_INPUTS = 1e-6;
    private static final int N = 7;
    private static final int FEATURES = 3;
    private static final int CLASSES = 3;

    /** Seven examples, three features, three classes, drawn from a seeded generator. */
    private static double[][] features() {
        Random random = new Random(11L);
        double[][] x = new double[N][FEATURES];
        for (double[] row : x) {
            for (int j = 0; j < FEATURES; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return x;
    }

    private static final int[] LABELS = {0, 2, 1, 1, 0, 2, 2};

    private static double[][] labels(int[] labels) {
        double[][] y = new double[labels.length][CLASSES];
        for (int i = 0; i < labels.length; i++) {
            y[i][labels[i]] = 1;
        }
        return y;
    }

    private static DataSet data(double[][] x, double[][] y) {
        return new DataSet(Nd4j.createFromArray(x), Nd4j.createFromArray(y));
    }

    /** Seeded start weights for layer sizes nIn → … → K, W scaled by 0.6, b by 0.1. */
    private static List<double[][]> startWeights(long seed, int... sizes) {
        Random random = new Random(seed);
        List<double[][]> w = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.length; l++) {
            double[][] wl = new double[sizes[l]][sizes[l + 1]];
            for (double[] row : wl) {
                for (int k = 0; k < row.length; k++) {
                    row[k] = 0.6 * random.nextGaussian();
                }
            }
            w.add(wl);
        }
        return w;
    }

    private static List<double[]> startBiases(long seed, int... sizes) {
        Random random = new Random(seed + 1);
        List<double[]> b = new ArrayList<>();
        for (int l = 1; l < sizes.length; l++) {
            double[] bl = new double[sizes[l]];
            for (int k = 0; k < bl.length; k++) {
                bl[k] = 0.1 * random.nextGaussian();
            }
            b.add(bl);
        }
        return b;
    }

    private static final int[] SIZES = {FEATURES, 4, 3, CLASSES};

    private static NetworkTrainer trainer(Activation f, double rate) {
        return new NetworkTrainer(data(features(), labels(LABELS)), startWeights(3L, SIZES), startBiases(3L, SIZES),
                f, rate);
    }

    /**
     * Ten full-batch steps and ten mini-batch steps (batches {4, 1, 6}, {0, 5, 2}, {3}, …) of a 3 → 4 f → 3 f → 3
     * network, each against the plain reference: θ ← θ − η · (Σ_i ∂L_i/∂θ)/B with the gradients of
     * {@link PlainNetwork#gradient}; the returned loss is the reference's loss before the update.
     */
    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"IDENTITY", "SIGMOID", "TANH", "RELU"})
    void stepsAgreeWithPlainBackpropagation(Activation f) {
        double rate = 0.4;
        double[][] x = features();
        double[][] y = labels(LABELS);
        NetworkTrainer trainer = trainer(f, rate);
        List<double[][]> w = startWeights(3L, SIZES);
        List<double[]> b = startBiases(3L, SIZES);
        int[][] batches = {{4, 1, 6}, {0, 5, 2}, {3}};
        for (int step = 0; step < 20; step++) {
            boolean full = step < 10;
            int[] rows = full ? null : batches[step % batches.length];
            double[][] bx = full ? x : new double[rows.length][];
            double[][] by = full ? y : new double[rows.length][];
            for (int i = 0; !full && i < rows.length; i++) {
                bx[i] = x[rows[i]];
                by[i] = y[rows[i]];
            }
            PlainNetwork.Gradient g = PlainNetwork.gradient(bx, by, w, b, f);
            double loss = full ? trainer.step() : trainer.step(rows);
            for (int l = 0; l < w.size(); l++) {
                for (int k = 0; k < b.get(l).length; k++) {
                    b.get(l)[k] -= rate * g.biases().get(l)[k] / bx.length;
                    for (int j = 0; j < w.get(l).length; j++) {
                        w.get(l)[j][k] -= rate * g.weights().get(l)[j][k] / bx.length;
                    }
                }
            }
            String where = f + ", step " + step + (full ? " (full batch)" : " (rows " + Arrays.toString(rows)
                    + ")");
            assertTrue(PlainNetwork.relativeDifference(loss, g.loss()) <= AGREEMENT, where + ": loss " + loss
                    + " is not the reference's " + g.loss());
            assertTrue(PlainNetwork.relativeDifferenceOfLayers(trainer.weights(), w) <= AGREEMENT, where + ": W");
            assertTrue(PlainNetwork.relativeDifferenceOfBiases(trainer.biases(), b) <= AGREEMENT, where + ": b");
        }
        assertTrue(PlainNetwork.relativeDifference(trainer.probabilities(), PlainNetwork.probabilities(x, w, b, f))
                <= AGREEMENT, f + ": probabilities() are not the reference's p at the final parameters");
    }

    /**
     * A mini-batch step on rows r is a full-batch step on a DataSet of only those rows, bit for bit, including a
     * repeated row and a last, shorter batch (which gets its own gathering buffers).
     */
    @Test
    void miniBatchStepIsAFullBatchStepOnThoseRows() {
        double[][] x = features();
        double[][] y = labels(LABELS);
        NetworkTrainer trainer = trainer(Activation.TANH, 0.3);
        int[][] batches = {{4, 1, 6}, {0, 5, 2}, {3}, {2, 2, 0}, {6}, {5, 3, 1}};
        for (int[] rows : batches) {
            double[][] bx = new double[rows.length][];
            double[][] by = new double[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                bx[i] = x[rows[i]];
                by[i] = y[rows[i]];
            }
            NetworkTrainer only = new NetworkTrainer(data(bx, by), trainer.weights(), trainer.biases(),
                    Activation.TANH, 0.3);
            double expectedLoss = only.step();
            double loss = trainer.step(rows);
            String where = "rows " + Arrays.toString(rows);
            assertEquals(expectedLoss, loss, IDENTICAL, where + ": the loss differs");
            assertEquals(0.0, PlainNetwork.relativeDifferenceOfLayers(trainer.weights(), only.weights()),
                    IDENTICAL, where + ": W differs");
            assertEquals(0.0, PlainNetwork.relativeDifferenceOfBiases(trainer.biases(), only.biases()),
                    IDENTICAL, where + ": b differs");
        }
    }

    /** With no hidden layers it is softmax regression, which has its own trainer: the network refuses it. */
    @Test
    void noHiddenLayersIsRefusedForTheSoftmaxTrainer() {
        DataSet data = data(features(), labels(LABELS));
        List<double[][]> w = startWeights(5L, FEATURES, CLASSES);
        List<double[]> b = startBiases(5L, FEATURES, CLASSES);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NetworkTrainer(data, w, b, Activation.RELU, 0.7));
        assertTrue(e.getMessage().contains("softmax regression, classification.SoftmaxTrainer"), e.getMessage());
    }

    /** step() returns the loss before its update; loss() is that same number and changes nothing. */
    @Test
    void stepReturnsTheLossBeforeTheUpdateAndLossChangesNothing() {
        NetworkTrainer trainer = trainer(Activation.SIGMOID, 0.5);
        double before = trainer.loss();
        List<double[][]> w = trainer.weights();
        assertEquals(before, trainer.loss(), IDENTICAL, "loss() is not repeatable");
        assertEquals(0.0, PlainNetwork.relativeDifferenceOfLayers(trainer.weights(), w), IDENTICAL,
                "loss() changed the parameters");
        assertEquals(0, trainer.network().getIterationCount(), "loss() counted an iteration");
        double returned = trainer.step();
        assertEquals(before, returned, Math.abs(before) * SAME_LOSS, "step() did not return the pre-update loss");
        assertTrue(trainer.loss() < before, "the step did not lower the loss");
        assertEquals(1, trainer.network().getIterationCount(), "step() is not exactly one iteration");
    }

    @Test
    void probabilitiesOfOtherRowsAreCastToDouble() {
        NetworkTrainer trainer = trainer(Activation.TANH, 0.5);
        double[][] x = features();
        double[][] fromFloats = trainer.probabilities(Nd4j.createFromArray(x).castTo(DataType.FLOAT));
        double[][] p = PlainNetwork.probabilities(x, trainer.weights(), trainer.biases(), Activation.TANH);
        assertTrue(PlainNetwork.relativeDifference(fromFloats, p) <= FLOAT_INPUTS, "p of float inputs");
        assertTrue(PlainNetwork.relativeDifference(trainer.probabilities(Nd4j.createFromArray(x)), p) <= AGREEMENT,
                "p of double inputs");
        assertEquals("3 → 4 tanh → 3 tanh → 3 softmax", trainer.architecture());
    }

    @Test
    void rejectsInconsistentShapesAndBadRows() {
        DataSet data = data(features(), labels(LABELS));
        List<double[][]> w = startWeights(3L, SIZES);
        List<double[]> b = startBiases(3L, SIZES);
        String message = assertThrows(IllegalArgumentException.class, () -> new NetworkTrainer(data,
                startWeights(3L, FEATURES, 4, 3, 2), startBiases(3L, FEATURES, 4, 3, 2), Activation.TANH, 0.1))
                .getMessage();
        assertEquals("the data has 3 classes, the output layer's start W 2 columns", message);
        message = assertThrows(IllegalArgumentException.class, () -> new NetworkTrainer(data,
                startWeights(3L, 2, 4, 3, CLASSES), startBiases(3L, 2, 4, 3, CLASSES), Activation.TANH, 0.1))
                .getMessage();
        assertEquals("layer 0: the network's W is 3×4, the given W is 2×4", message);
        assertThrows(IllegalArgumentException.class, () -> new NetworkTrainer(data, w, b.subList(0, 2),
                Activation.TANH, 0.1), "one bias vector missing");
        assertThrows(IllegalArgumentException.class, () -> new NetworkTrainer(
                new DataSet(Nd4j.createFromArray(features()), Nd4j.createFromArray(labels(new int[] {0, 1}))),
                w, b, Activation.TANH, 0.1), "7 feature rows, 2 label rows");
        NetworkTrainer trainer = new NetworkTrainer(data, w, b, Activation.TANH, 0.1);
        assertThrows(IllegalArgumentException.class, () -> trainer.step(new int[0]), "an empty batch");
        assertThrows(IllegalArgumentException.class, () -> trainer.step(new int[] {0, N}), "row N");
        assertThrows(IllegalArgumentException.class, () -> trainer.step(new int[] {-1}), "row −1");
    }
}
