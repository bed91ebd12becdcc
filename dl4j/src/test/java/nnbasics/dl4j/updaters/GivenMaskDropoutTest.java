package nnbasics.dl4j.updaters;

import static nnbasics.dl4j.updaters.TinyNet.PARAMS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * {@link GivenMaskDropout} on {@link TinyNet}: DL4J drops the layer's INPUT with the mask it is given, each
 * iteration its own, kept units scaled by 1/p. Expected: SGD on the mean gradient at the masked input
 * x' = x ⊙ mask/p (closed form of {@link TinyNet#meanGradient}).
 */
class GivenMaskDropoutTest {

    /** The same few roundings as {@code UpdaterConventionsTest.ROUNDING}, on numbers of size ≤ 8 (x/p). */
    private static final double ROUNDING = 1e-14;
    private static final double LR = 0.1;
    private static final double KEEP = 0.5;
    private static final boolean[][][] MASKS = {
        {{true, false}, {false, true}},     // iteration 0
        {{false, true}, {true, true}},      // iteration 1
    };

    private static double[][] dropped(double[][] x, boolean[][] kept) {
        double[][] out = new double[x.length][x[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[0].length; j++) {
                out[i][j] = kept[i][j] ? x[i][j] * (1.0 / KEEP) : 0;   // x' = x/p or 0
            }
        }
        return out;
    }

    @Test
    void theLayerInputIsDroppedWithTheGivenMaskOfEachIteration() {
        MultiLayerNetwork net = TinyNet.build(b -> b.updater(new Sgd(LR)),
                l -> l.dropOut(new GivenMaskDropout(KEEP, (iteration, rows, columns) -> MASKS[iteration])));
        double[] theta = TinyNet.flat(TinyNet.W0, TinyNet.B0);
        for (int t = 0; t < MASKS.length; t++) {
            double[] g = TinyNet.meanGradient(theta, dropped(TinyNet.X, MASKS[t]));
            double[] unmasked = TinyNet.meanGradient(theta, TinyNet.X);
            double difference = 0;
            for (int i = 0; i < PARAMS; i++) {
                difference = Math.max(difference, Math.abs(g[i] - unmasked[i]));
                theta[i] -= LR * g[i];
            }
            assertTrue(difference > 1e-3, "the mask of iteration " + t + " does not change the gradient");
            TinyNet.fit(net);
            assertArrayEquals(theta, TinyNet.params(net), ROUNDING,
                    "iteration " + t + ": DL4J did not step on the gradient at x ⊙ mask/p");
        }
    }

    @Test
    void keepOutsideZeroToOneIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new GivenMaskDropout(0, (i, r, c) -> null));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new GivenMaskDropout(1.5, (i, r, c) -> null));
    }
}
