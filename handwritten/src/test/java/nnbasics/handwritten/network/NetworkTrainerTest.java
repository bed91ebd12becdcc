package nnbasics.handwritten.network;

import static nnbasics.handwritten.network.NetworkAssertions.assertMatricesEqual;
import static nnbasics.handwritten.network.NetworkAssertions.assertVectorsEqual;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.classification.FlatData;

class NetworkTrainerTest {

    /** The same operations on the same numbers in the same order: the results must be identical, bit for bit. */
    private static final double EXACT = 0.0;

    /** Closed-form values against the code's: p_1 − 1 and −p_0 differ by rounding, a few ε of numbers below 1. */
    private static final double HAND_COMPUTED = 1e-15;

    @Test
    void oneStepOfATwoLayerNetworkIsTheHandComputedStep() {
        /*
         * 1 input, 1 hidden identity unit, 2 classes, one example x = 2 of class 1, rate η = 0.1:
         *   W1 = [[0.5]], b1 = [0], W2 = [[1, −1]], b2 = [0, 0]
         *   h  = 0.5·2 + 0 = 1,   z = (h·1 + 0, h·(−1) + 0) = (1, −1)
         *   p0 = e^1 / (e^1 + e^{−1}) = 1 / (1 + e^{−2}),   p1 = 1 − p0
         *   L  = −log p1 = log(1 + e^2)                                  the loss before the step
         *   δ2 = p − y = (p0, p1 − 1) = (p0, −p0)                         B = 1
         *   ∂L/∂W2 = h·δ2 = (p0, −p0),   ∂L/∂b2 = δ2 = (p0, −p0)
         *   δ1 = (δ2·W2ᵀ)·f'(z1) = (p0·1 + (−p0)·(−1))·1 = 2 p0           with the OLD W2
         *   ∂L/∂W1 = x·δ1 = 4 p0,   ∂L/∂b1 = δ1 = 2 p0
         *   W1 ← 0.5 − 0.1·4p0,   b1 ← −0.1·2p0,   W2 ← (1 − 0.1 p0, −1 + 0.1 p0),   b2 ← (−0.1 p0, 0.1 p0)
         * Updating W2 before taking δ1 would give δ1 = 2 p0 (1 − 0.1 p0) and W1 off by 0.008·p0² ≈ 0.005.
         */
        ClassificationData data = new ClassificationData(new double[][] {{2}}, new int[] {1}, List.of("a", "b"));
        NetworkTrainer trainer = new NetworkTrainer(data,
                List.of(new double[][] {{0.5}}, new double[][] {{1, -1}}),
                List.of(new double[] {0}, new double[] {0, 0}), Activation.IDENTITY, 0.1);
        double p0 = 1 / (1 + Math.exp(-2));

        double loss = trainer.step();

        assertEquals(Math.log(1 + Math.exp(2)), loss, HAND_COMPUTED, "loss before the step, log(1 + e²)");
        assertEquals(0.5 - 0.1 * 4 * p0, trainer.weights().get(0)[0][0], HAND_COMPUTED, "W1 after the step");
        assertEquals(-0.1 * 2 * p0, trainer.biases().get(0)[0], HAND_COMPUTED, "b1 after the step");
        assertEquals(1 - 0.1 * p0, trainer.weights().get(1)[0][0], HAND_COMPUTED, "W2[0][0] after the step");
        assertEquals(-1 + 0.1 * p0, trainer.weights().get(1)[0][1], HAND_COMPUTED, "W2[0][1] after the step");
        assertEquals(-0.1 * p0, trainer.biases().get(1)[0], HAND_COMPUTED, "b2[0] after the step");
        assertEquals(0.1 * p0, trainer.biases().get(1)[1], HAND_COMPUTED, "b2[1] after the step");
    }

    @Test
    void aStepSubtractsTheRateTimesTheGradientAndReturnsTheLossBefore() {
        ClassificationData data = RandomNetworks.data(21, 9, 3, 3);
        NetworkStart start = RandomNetworks.parameters(22, 0.7, 3, 4, 2, 3);
        double rate = 0.3;
        // expected: the gradient at the start, taken by a separate network of the same parameters
        NetworkGradient gradient = new Backpropagation(Network.of(start, Activation.TANH))
                .gradient(FlatData.of(data), java.util.stream.IntStream.range(0, data.size()).toArray());
        NetworkTrainer trainer = new NetworkTrainer(data, start.weights(), start.biases(), Activation.TANH, rate);
        assertEquals(gradient.loss(), trainer.loss(), EXACT, "loss() at the start");

        double loss = trainer.step();

        assertEquals(gradient.loss(), loss, EXACT, "step() returns the loss at the parameters before the update");
        List<double[][]> expectedW = new ArrayList<>();
        List<double[]> expectedB = new ArrayList<>();
        for (int l = 0; l < 3; l++) {
            double[][] w = start.weights().get(l);
            double[][] dW = gradient.weights().get(l);
            for (int j = 0; j < w.length; j++) {
                for (int k = 0; k < w[j].length; k++) {
                    w[j][k] -= rate * dW[j][k];                          // W ← W − η ∂L/∂W
                }
            }
            double[] b = start.biases().get(l);
            for (int k = 0; k < b.length; k++) {
                b[k] -= rate * gradient.biases().get(l)[k];              // b ← b − η ∂L/∂b
            }
            expectedW.add(w);
            expectedB.add(b);
        }
        assertMatricesEqual(expectedW, trainer.weights(), EXACT, "W after one step");
        assertVectorsEqual(expectedB, trainer.biases(), EXACT, "b after one step");
    }

    @Test
    void aMiniBatchStepIsAFullBatchStepOnADataSetOfOnlyThoseRows() {
        ClassificationData data = RandomNetworks.data(31, 9, 3, 3);
        NetworkStart start = RandomNetworks.parameters(32, 0.7, 3, 5, 3);
        int[] rows = {6, 1, 4, 1};
        double[][] x = new double[rows.length][];
        int[] y = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            x[i] = data.features()[rows[i]];
            y[i] = data.labels()[rows[i]];
        }
        ClassificationData subset = new ClassificationData(x, y, data.classes());
        NetworkTrainer miniBatch = new NetworkTrainer(data, start.weights(), start.biases(), Activation.RELU, 0.2);
        NetworkTrainer fullBatch = new NetworkTrainer(subset, start.weights(), start.biases(), Activation.RELU, 0.2);
        for (int step = 0; step < 3; step++) {
            // expected: the full-batch step on the data set of exactly those rows, in that order
            assertEquals(fullBatch.step(), miniBatch.step(rows), EXACT, "loss of step " + step);
            assertMatricesEqual(fullBatch.weights(), miniBatch.weights(), EXACT, "W after step " + step);
            assertVectorsEqual(fullBatch.biases(), miniBatch.biases(), EXACT, "b after step " + step);
        }
    }

    @Test
    void withoutHiddenLayersItRefersToSoftmaxRegression() {
        ClassificationData data = RandomNetworks.data(41, 8, 3, 3);
        NetworkStart start = RandomNetworks.parameters(42, 0.5, 3, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NetworkTrainer(data, start.weights(), start.biases(), Activation.TANH, 0.5));
        assertTrue(e.getMessage().contains("softmax regression (classification.SoftmaxTrainer)"), e.getMessage());
    }

    @Test
    void theFlatFactoryTrainsLikeTheConstructor() {
        ClassificationData data = RandomNetworks.data(51, 6, 2, 3);
        NetworkStart start = RandomNetworks.parameters(52, 0.7, 2, 3, 3);
        FlatData flat = FlatData.of(data);
        NetworkTrainer fromTable = new NetworkTrainer(data, start.weights(), start.biases(), Activation.SIGMOID, 0.4);
        NetworkTrainer fromFlat = NetworkTrainer.flat(flat.features(), flat.labels(), 2, 3, start.weights(),
                start.biases(), Activation.SIGMOID, 0.4);
        for (int step = 0; step < 5; step++) {
            assertEquals(fromTable.step(new int[] {step, 5 - step}), fromFlat.step(new int[] {step, 5 - step}), EXACT,
                    "loss of step " + step);
        }
        assertMatricesEqual(fromTable.weights(), fromFlat.weights(), EXACT, "W after 5 steps");
        assertVectorsEqual(fromTable.biases(), fromFlat.biases(), EXACT, "b after 5 steps");
    }

    @Test
    void probabilitiesOfEveryTrainingRowSumToOne() {
        ClassificationData data = RandomNetworks.data(61, 5, 2, 3);
        NetworkStart start = RandomNetworks.parameters(62, 0.7, 2, 4, 3);
        NetworkTrainer trainer = new NetworkTrainer(data, start.weights(), start.biases(), Activation.TANH, 0.1);
        double[][] p = trainer.probabilities();
        // expected: the same network's own probabilities(features), the same forward pass
        double[][] q = Network.of(start, Activation.TANH).probabilities(data.features());
        for (int i = 0; i < p.length; i++) {
            double sum = 0;
            for (int k = 0; k < p[i].length; k++) {
                assertEquals(q[i][k], p[i][k], EXACT, "p[" + i + "][" + k + "]");
                sum += p[i][k];
            }
            // three probabilities below 1 summed: within a few ε of 1
            assertEquals(1.0, sum, HAND_COMPUTED, "Σ_k p[" + i + "][k]");
        }
    }
}
