package nnbasics.handwritten.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class InitialisationTest {

    /** The same formula evaluated in the test: no rounding difference at all. */
    private static final double EXACT = 0.0;

    /**
     * U(−r, r) has variance r²/3; the mean of w² over n = 100,352 draws has standard error
     * r²·√((1/5 − 1/9)/n) ≈ 0.00094·r². Five standard errors, 0.005·r², and the draw is fixed by the seed anyway.
     */
    private static final double VARIANCE_SHARE = 0.005;

    @Test
    void theSameSeedGivesTheSameNumbers() {
        int[] sizes = {3, 5, 4, 2};
        NetworkStart first = Initialisation.draw(sizes, Activation.TANH, 7);
        NetworkStart second = Initialisation.draw(sizes, Activation.TANH, 7);
        for (int l = 0; l < 3; l++) {
            assertTrue(Arrays.deepEquals(first.weights().get(l), second.weights().get(l)), "W of layer " + l);
            assertTrue(Arrays.equals(first.biases().get(l), second.biases().get(l)), "b of layer " + l);
        }
    }

    @Test
    void differentSeedsGiveDifferentNumbers() {
        int[] sizes = {3, 5, 2};
        NetworkStart one = Initialisation.draw(sizes, Activation.TANH, 1);
        NetworkStart two = Initialisation.draw(sizes, Activation.TANH, 2);
        for (int l = 0; l < 2; l++) {
            assertFalse(Arrays.deepEquals(one.weights().get(l), two.weights().get(l)), "W of layer " + l);
        }
    }

    @Test
    void theDrawsAreTheDocumentedSequence() {
        // expected: W_jk = (2u − 1)·r with u the next SplittableRandom(seed).nextDouble(), layer by layer, j then k
        int[] sizes = {2, 3, 2};
        NetworkStart start = Initialisation.draw(sizes, Activation.SIGMOID, 5);
        SplittableRandom random = new SplittableRandom(5);
        for (int l = 0; l < 2; l++) {
            double r = Math.sqrt(6.0 / (sizes[l] + sizes[l + 1]));
            double[][] w = start.weights().get(l);
            for (int j = 0; j < sizes[l]; j++) {
                for (int k = 0; k < sizes[l + 1]; k++) {
                    assertEquals((2 * random.nextDouble() - 1) * r, w[j][k], EXACT, "W of layer " + l + " [" + j + "][" + k + "]");
                }
            }
        }
    }

    @Test
    void boundsAreXavierOrHeAndBiasesZero() {
        int[] sizes = {784, 128, 10};
        for (Activation f : Activation.values()) {
            NetworkStart start = Initialisation.draw(sizes, f, 3);
            // hidden: He √(6/nIn) for ReLU, Xavier √(6/(nIn + nOut)) otherwise; the output layer: always Xavier
            double hiddenLimit = f == Activation.RELU ? Math.sqrt(6.0 / 784) : Math.sqrt(6.0 / (784 + 128));
            double outputLimit = Math.sqrt(6.0 / (128 + 10));
            assertEquals(hiddenLimit, f == Activation.RELU ? Initialisation.heLimit(784)
                    : Initialisation.xavierLimit(784, 128), EXACT, f.label() + ": hidden bound");
            assertWithin(start.weights().get(0), hiddenLimit, f.label() + ": hidden layer");
            assertWithin(start.weights().get(1), outputLimit, f.label() + ": output layer");
            for (int l = 0; l < 2; l++) {
                for (double b : start.biases().get(l)) {
                    assertEquals(0.0, b, EXACT, f.label() + ": a bias of layer " + l);
                }
            }
        }
    }

    @Test
    void theSpreadIsThatOfTheUniformDistribution() {
        NetworkStart start = Initialisation.draw(new int[] {784, 128, 10}, Activation.RELU, 4);
        double r = Initialisation.heLimit(784);
        double sum = 0;
        double[][] w = start.weights().get(0);
        for (double[] row : w) {
            for (double v : row) {
                sum += v * v;
            }
        }
        // expected: E w² = r²/3 for U(−r, r)
        assertEquals(r * r / 3, sum / (784 * 128), VARIANCE_SHARE * r * r, "mean of w² in the ReLU hidden layer");
    }

    private static void assertWithin(double[][] w, double limit, String what) {
        for (int j = 0; j < w.length; j++) {
            for (int k = 0; k < w[j].length; k++) {
                // (2u − 1) ∈ [−1, 1): W ∈ [−r, r)
                assertTrue(w[j][k] >= -limit && w[j][k] < limit, what + ": W[" + j + "][" + k + "] = " + w[j][k]
                        + " outside [−" + limit + ", " + limit + ")");
            }
        }
    }

    @Test
    void theStartIsCopiedInAndOut() {
        NetworkStart start = Initialisation.draw(new int[] {2, 2}, Activation.TANH, 1);
        List<double[][]> w = start.weights();
        double before = w.get(0)[0][0];
        w.get(0)[0][0] = 99;
        assertEquals(before, start.weights().get(0)[0][0], EXACT, "W[0][0] after changing a read-out");
    }
}
