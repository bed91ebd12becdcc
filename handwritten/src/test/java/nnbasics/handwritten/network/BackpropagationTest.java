package nnbasics.handwritten.network;

import static nnbasics.handwritten.network.NetworkAssertions.assertGradientEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.classification.FlatData;

/** The hand-written backpropagation against central finite differences of the loss, every weight and bias. */
class BackpropagationTest {

    /**
     * Central differences with h = 1e−5 err by h²·|L'''|/6 + ε·|L|/h, both below 1e−10 for losses and derivatives
     * of order 1 as here; the margin covers third derivatives up to ~100.
     */
    private static final double FINITE_DIFFERENCE = 1e-8;

    /** The flat-array loss against {@link ReferenceNetwork}'s: the same sums, maybe rounded in another order. */
    private static final double SAME_LOSS = 1e-14;

    /**
     * ReLU has no derivative at z = 0: finite differences agree with the one-sided gradient only if no z is within
     * reach of the kink. A step h = 1e−5 in one weight moves z by at most h·|a| ≈ 1e−5·3 here; 1e−3 is far from that.
     */
    private static final double KINK_MARGIN = 1e-3;

    /** Seeds of the data and of the parameters, fixed up-front. */
    private static final long DATA_SEED = 11;
    private static final long PARAMETER_SEED = 12;

    /** Parameters of scale 0.7: the hidden units sit in the bend of sigmoid and tanh, not saturated. */
    private static final double SCALE = 0.7;

    /** 7 examples of 3 features in 3 classes: small enough for differences of every parameter, not trivial. */
    private static final int EXAMPLES = 7;
    private static final int FEATURES = 3;
    private static final int CLASSES = 3;

    @Test
    void oneHiddenLayerMatchesFiniteDifferencesForEveryActivation() {
        for (Activation f : Activation.values()) {
            check(f, FEATURES, 4, CLASSES);
        }
    }

    @Test
    void twoHiddenLayersMatchFiniteDifferencesForEveryActivation() {
        for (Activation f : Activation.values()) {
            check(f, FEATURES, 4, 5, CLASSES);
        }
    }

    @Test
    void aMiniBatchWithRepeatedRowsMatchesFiniteDifferences() {
        ClassificationData data = RandomNetworks.data(DATA_SEED, EXAMPLES, FEATURES, CLASSES);
        NetworkStart start = RandomNetworks.parameters(PARAMETER_SEED, SCALE, FEATURES, 4, CLASSES);
        int[] rows = {5, 2, 5, 0};
        double[][] x = new double[rows.length][];
        int[] y = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            x[i] = data.features()[rows[i]];
            y[i] = data.labels()[rows[i]];
        }
        // expected: differences of the mean loss over exactly these four rows, the repeated one counted twice
        NetworkGradient expected = FiniteDifferences.gradient(
                (w, b) -> ReferenceNetwork.loss(w, b, Activation.SIGMOID, x, y), start.weights(), start.biases());
        Network network = Network.of(start, Activation.SIGMOID);
        NetworkGradient actual = new Backpropagation(network).gradient(FlatData.of(data), rows);
        assertGradientEquals(expected, actual, FINITE_DIFFERENCE, "rows " + java.util.Arrays.toString(rows));
        assertEquals(expected.loss(), actual.loss(), SAME_LOSS, "mini-batch loss");
    }

    private static void check(Activation f, int... sizes) {
        ClassificationData data = RandomNetworks.data(DATA_SEED, EXAMPLES, sizes[0], sizes[sizes.length - 1]);
        NetworkStart start = RandomNetworks.parameters(PARAMETER_SEED, SCALE, sizes);
        String what = f.label() + " " + java.util.Arrays.toString(sizes);
        if (f == Activation.RELU) {
            assertAwayFromTheKink(start, data, what);
        }
        NetworkGradient expected = FiniteDifferences.gradient(
                (w, b) -> ReferenceNetwork.loss(w, b, f, data.features(), data.labels()),
                start.weights(), start.biases());
        Network network = Network.of(start, f);
        NetworkGradient actual = new Backpropagation(network).gradient(FlatData.of(data),
                java.util.stream.IntStream.range(0, data.size()).toArray());
        assertGradientEquals(expected, actual, FINITE_DIFFERENCE, what);
        assertEquals(expected.loss(), actual.loss(), SAME_LOSS, what + ": loss against the reference forward pass");
    }

    /** Fails, rather than skipping silently, if a hidden z is too near ReLU's kink for differences to mean anything. */
    private static void assertAwayFromTheKink(NetworkStart start, ClassificationData data, String what) {
        List<double[][]> zs = ReferenceNetwork.preActivations(start.weights(), start.biases(), Activation.RELU,
                data.features());
        for (int l = 0; l + 1 < zs.size(); l++) {
            for (int i = 0; i < zs.get(l).length; i++) {
                for (int k = 0; k < zs.get(l)[i].length; k++) {
                    double z = zs.get(l)[i][k];
                    assertTrue(Math.abs(z) > KINK_MARGIN, what + ": z of layer " + l + ", row " + i + ", unit " + k
                            + " is " + z + ", within " + KINK_MARGIN + " of ReLU's kink");
                }
            }
        }
    }
}
