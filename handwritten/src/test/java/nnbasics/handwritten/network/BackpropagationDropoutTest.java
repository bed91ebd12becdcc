package nnbasics.handwritten.network;

import static nnbasics.handwritten.network.NetworkAssertions.assertGradientEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.classification.FlatData;
import nnbasics.handwritten.updaters.DropoutMasks;
import nnbasics.handwritten.updaters.InvertedDropout;
import org.junit.jupiter.api.Test;

/**
 * Backpropagation with dropout on every hidden layer's input (3 → 4 → 3 sigmoid → 3 softmax, two masks): the
 * gradient is the derivative of the dropped forward pass's loss, checked against central finite differences of that
 * loss with the same masks; and the mask changes the loss (it is not ignored).
 */
class BackpropagationDropoutTest {

    /** As {@code BackpropagationTest}: h = 1e−5 central differences err below 1e−10 here, margin to 1e−8. */
    private static final double FINITE_DIFFERENCE = 1e-8;
    /** The whole set's loss against the batch of all its rows: the same sums, rounded maybe in another order. */
    private static final double SAME_LOSS = 1e-14;
    private static final double KEEP = 0.6;
    private static final int[] ROWS = {0, 1, 2, 3, 4, 5, 6};

    @Test
    void theGradientIsTheDerivativeOfTheDroppedLoss() {
        ClassificationData data = RandomNetworks.data(11, ROWS.length, 3, 3);
        NetworkStart start = RandomNetworks.parameters(12, 0.7, 3, 4, 3, 3);
        InvertedDropout dropout = new InvertedDropout(KEEP);
        boolean[][][] kept = {DropoutMasks.DEFAULT.kept(0, 0, ROWS.length, 3, KEEP),
            DropoutMasks.DEFAULT.kept(0, 1, ROWS.length, 4, KEEP)};
        FlatData flat = FlatData.of(data);
        NetworkGradient expected = FiniteDifferences.gradient((w, b) -> new Backpropagation(
                new Network(w, b, Activation.SIGMOID)).gradient(flat, ROWS, 0, ROWS.length, dropout, kept).loss(),
                start.weights(), start.biases());
        Backpropagation backpropagation = new Backpropagation(Network.of(start, Activation.SIGMOID));
        NetworkGradient actual = backpropagation.gradient(flat, ROWS, 0, ROWS.length, dropout, kept);
        assertGradientEquals(expected, actual, FINITE_DIFFERENCE, "dropout keep " + KEEP);
        double plain = backpropagation.gradient(flat, ROWS).loss();
        assertTrue(Math.abs(plain - actual.loss()) > 1e-3, "the masks do not change the loss");
        assertEquals(plain, backpropagation.loss(flat), SAME_LOSS, "the loss outside training uses no mask");
    }

    /**
     * The same for a regression network (3 → 4 → 3 tanh → 1 identity, DL4J's mean squared error): {@code fit --hidden
     * --dropout} drops the same inputs, and its gradient is the derivative of the dropped pass's MSE.
     */
    @Test
    void aRegressionNetworksGradientIsTheDerivativeOfTheDroppedLoss() {
        ClassificationData shape = RandomNetworks.data(13, ROWS.length, 3, 2);   // its features, drawn
        double[] targets = new double[ROWS.length];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = Math.sin(i + 1.0);                                        // any numbers of order 1
        }
        RegressionRows rows = RegressionRows.of(new nnbasics.handwritten.regression.RegressionData(shape.features(),
                targets));
        NetworkStart start = RandomNetworks.parameters(14, 0.7, 3, 4, 3, 1);
        InvertedDropout dropout = new InvertedDropout(KEEP);
        boolean[][][] kept = {DropoutMasks.DEFAULT.kept(0, 0, ROWS.length, 3, KEEP),
            DropoutMasks.DEFAULT.kept(0, 1, ROWS.length, 4, KEEP)};
        NetworkGradient expected = FiniteDifferences.gradient((w, b) -> new Backpropagation(
                new Network(w, b, Activation.TANH, OutputLayer.IDENTITY_MSE))
                .gradient(rows, ROWS, 0, ROWS.length, dropout, kept).loss(), start.weights(), start.biases());
        Backpropagation backpropagation = new Backpropagation(new Network(start.weights(), start.biases(),
                Activation.TANH, OutputLayer.IDENTITY_MSE));
        NetworkGradient actual = backpropagation.gradient(rows, ROWS, 0, ROWS.length, dropout, kept);
        assertGradientEquals(expected, actual, FINITE_DIFFERENCE, "regression, dropout keep " + KEEP);
        double plain = backpropagation.gradient(rows, ROWS).loss();
        assertTrue(Math.abs(plain - actual.loss()) > 1e-3, "the masks do not change the loss");
        assertEquals(plain, backpropagation.loss(rows), SAME_LOSS, "the loss outside training uses no mask");
    }
}
