package nnbasics.dl4j.updaters;

import static nnbasics.dl4j.updaters.TinyNet.PARAMS;
import static nnbasics.dl4j.updaters.TinyNet.WEIGHTS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * DL4J 1.0.0-M2.1's updaters and regularisers, each convention pinned on {@link TinyNet} (a 2 → 2 identity output
 * layer with MSE, two examples) so that an upgrade that changes one is caught: the initial state (read from the
 * updater's state view), where ε sits, the order of regularisation and update, what reaches the biases. Every
 * expected number is a closed form written in the test from the mean gradient g of {@link TinyNet#meanGradient},
 * never the program's output; where a textbook form differs, the test also shows that the difference is far above
 * the tolerance, so the check can tell them apart.
 */
class UpdaterConventionsTest {

    /**
     * The closed forms take the same handful of roundings as DL4J on numbers of size ≤ 4, in another order, and
     * libnd4j may fuse a multiply-add: a few ulps of 4, about 1e-15; 1e-14 leaves room and is still far below every
     * convention difference checked (≥ 1e-6).
     */
    private static final double ROUNDING = 1e-14;
    private static final double LR = 0.1;

    private static double[] theta0() {
        return TinyNet.flat(TinyNet.W0, TinyNet.B0);
    }

    private static double maxDifference(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    // ---- updaters --------------------------------------------------------------------------------------------

    /** Sgd: θ₁ = θ₀ − η·g(θ₀), weights and biases alike, g the mean over the two examples. */
    @Test
    void sgdSubtractsRateTimesTheMeanGradient() {
        MultiLayerNetwork net = TinyNet.build(b -> b.updater(new Sgd(LR)));
        double[] theta = theta0();
        double[] g = TinyNet.meanGradient(theta, TinyNet.X);
        double[] expected = new double[PARAMS];
        for (int i = 0; i < PARAMS; i++) {
            expected[i] = theta[i] - LR * g[i];
        }
        TinyNet.fit(net);
        assertArrayEquals(expected, TinyNet.params(net), ROUNDING, "Sgd is not θ − η·mean g");
    }

    /**
     * Nesterovs (η 0.1, μ 0.9): v starts at 0; v₁ = −η·g₁; u₂ = (1 + μ)·η·g₂ − μ²·v₁, the expanded form of
     * u = μ·v_old − (1 + μ)·v_new with v_new = μ·v_old − η·g. Step 1 alone gives u₁ = (1 + μ)·η·g₁ (1.9 times SGD's).
     */
    @Test
    void nesterovsVelocityStartsAtZeroAndTheUpdateIsMuVOldMinusOnePlusMuVNew() {
        double mu = 0.9;
        MultiLayerNetwork net = TinyNet.build(b -> b.updater(new Nesterovs(LR, mu)));
        assertArrayEquals(new double[PARAMS], TinyNet.state(net), 0.0, "the velocity does not start at 0");

        double[] theta = theta0();
        double[] g1 = TinyNet.meanGradient(theta, TinyNet.X);
        double[] v1 = new double[PARAMS];
        for (int i = 0; i < PARAMS; i++) {
            v1[i] = -LR * g1[i];                                      // v₁ = μ·0 − η·g₁
            theta[i] -= (1 + mu) * LR * g1[i];                        // u₁ = (1 + μ)·η·g₁
        }
        TinyNet.fit(net);
        assertArrayEquals(theta, TinyNet.params(net), ROUNDING, "step 1 is not θ − (1 + μ)·η·g");
        assertArrayEquals(v1, TinyNet.state(net), ROUNDING, "v₁ is not −η·g₁");

        double[] g2 = TinyNet.meanGradient(theta, TinyNet.X);
        double[] v2 = new double[PARAMS];
        for (int i = 0; i < PARAMS; i++) {
            v2[i] = mu * v1[i] - LR * g2[i];                          // v₂ = μ·v₁ − η·g₂
            theta[i] -= (1 + mu) * LR * g2[i] - mu * mu * v1[i];      // u₂ = (1 + μ)·η·g₂ − μ²·v₁
        }
        TinyNet.fit(net);
        assertArrayEquals(theta, TinyNet.params(net), ROUNDING, "step 2 is not θ − ((1 + μ)·η·g₂ − μ²·v₁)");
        assertArrayEquals(v2, TinyNet.state(net), ROUNDING, "v₂ is not μ·v₁ − η·g₂");
    }

    /**
     * RmsProp (η 0.1, ρ 0.95, ε 1e-3): s starts at ε, not 0; s₁ = ε·ρ + g²·(1 − ρ), u₁ = η·g / (√s₁ + ε). Started at
     * 0 (the textbook), u₁ would differ by about η·ε·ρ/(2·|g|·(1 − ρ)) ≈ 1e-3 for |g| ≈ 1: far above ROUNDING.
     */
    @Test
    void rmsPropAverageStartsAtEpsilon() {
        double rho = 0.95;
        double eps = 1e-3;
        MultiLayerNetwork net = TinyNet.build(b -> b.updater(new RmsProp(LR, rho, eps)));
        double[] start = new double[PARAMS];
        Arrays.fill(start, eps);
        assertArrayEquals(start, TinyNet.state(net), 0.0, "the running average does not start at ε");

        double[] theta = theta0();
        double[] g = TinyNet.meanGradient(theta, TinyNet.X);
        double[] s = new double[PARAMS];
        double[] textbook = theta.clone();
        for (int i = 0; i < PARAMS; i++) {
            s[i] = eps * rho + g[i] * g[i] * (1 - rho);                // s₁ = ε·ρ + g²·(1 − ρ)
            theta[i] -= LR * g[i] / (Math.sqrt(s[i]) + eps);          // u₁ = η·g / (√s₁ + ε)
            textbook[i] -= LR * g[i] / (Math.sqrt(g[i] * g[i] * (1 - rho)) + eps); // s₀ = 0
        }
        TinyNet.fit(net);
        assertArrayEquals(s, TinyNet.state(net), ROUNDING, "s₁ is not ε·ρ + g²·(1 − ρ)");
        assertArrayEquals(theta, TinyNet.params(net), ROUNDING, "u₁ is not η·g / (√s₁ + ε)");
        assertTrue(maxDifference(textbook, theta) > 1e-6,
                "the test cannot tell s₀ = ε from s₀ = 0 here: " + maxDifference(textbook, theta));
    }

    /**
     * AdaGrad (η 0.1, ε configured 0.5): h starts at 1e-6, DL4J's default ε, not at the configured 0.5 (and not
     * 0); h₁ = 1e-6 + g², u₁ = η·g / (√h₁ + 0.5): the configured ε sits in the denominator only.
     */
    @Test
    void adaGradHistoryStartsAtOneMillionthWhateverEpsilon() {
        double eps = 0.5;
        MultiLayerNetwork net = TinyNet.build(b -> b.updater(new AdaGrad(LR, eps)));
        double[] start = new double[PARAMS];
        Arrays.fill(start, 1e-6);
        assertArrayEquals(start, TinyNet.state(net), 0.0, "the history does not start at 1e-6");

        double[] theta = theta0();
        double[] g = TinyNet.meanGradient(theta, TinyNet.X);
        double[] h = new double[PARAMS];
        for (int i = 0; i < PARAMS; i++) {
            h[i] = 1e-6 + g[i] * g[i];                                 // h₁ = 1e-6 + g²
            theta[i] -= LR * g[i] / (Math.sqrt(h[i]) + eps);          // u₁ = η·g / (√h₁ + ε)
        }
        TinyNet.fit(net);
        assertArrayEquals(h, TinyNet.state(net), ROUNDING, "h₁ is not 1e-6 + g²");
        assertArrayEquals(theta, TinyNet.params(net), ROUNDING, "u₁ is not η·g / (√h₁ + ε)");
    }

    /**
     * Adam (η 0.01, β₁ 0.9, β₂ 0.999, ε 1e-3): m and v start at 0, laid out [m of all six | v of all six]; for
     * t = 1, 2, 3: m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g², α = η·√(1 − β₂ᵗ)/(1 − β₁ᵗ), u = α·m/(√v + ε):
     * ε on the uncorrected √v. The textbook's u = η·m̂/(√v̂ + ε) differs at step 1 by a relative
     * ε·(1 − √(1 − β₂))/|g| ≈ 1e-3 for |g| ≈ 1, so ≈ 1e-5 in θ: far above ROUNDING.
     */
    @Test
    void adamPutsEpsilonOnTheUncorrectedSqrtVAndFoldsTheCorrectionsIntoTheRate() {
        double lr = 0.01;
        double b1 = 0.9;
        double b2 = 0.999;
        double eps = 1e-3;
        MultiLayerNetwork net = TinyNet.build(b -> b.updater(new Adam(lr, b1, b2, eps)));
        assertArrayEquals(new double[2 * PARAMS], TinyNet.state(net), 0.0, "m and v do not start at 0");

        double[] theta = theta0();
        double[] m = new double[PARAMS];
        double[] v = new double[PARAMS];
        for (int t = 1; t <= 3; t++) {
            double[] g = TinyNet.meanGradient(theta, TinyNet.X);
            double alpha = lr * Math.sqrt(1 - Math.pow(b2, t)) / (1 - Math.pow(b1, t));
            double[] textbook = theta.clone();
            for (int i = 0; i < PARAMS; i++) {
                m[i] = b1 * m[i] + (1 - b1) * g[i];
                v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
                theta[i] -= alpha * m[i] / (Math.sqrt(v[i]) + eps);   // ε on √v
                double mHat = m[i] / (1 - Math.pow(b1, t));
                double vHat = v[i] / (1 - Math.pow(b2, t));
                textbook[i] -= lr * mHat / (Math.sqrt(vHat) + eps);   // ε on √v̂
            }
            TinyNet.fit(net);
            double[] state = TinyNet.state(net);
            assertArrayEquals(m, Arrays.copyOfRange(state, 0, PARAMS), ROUNDING, "step " + t
                    + ": the first half of the state is not m");
            assertArrayEquals(v, Arrays.copyOfRange(state, PARAMS, 2 * PARAMS), ROUNDING, "step " + t
                    + ": the second half of the state is not v");
            assertArrayEquals(theta, TinyNet.params(net), ROUNDING, "step " + t + ": u is not α_t·m/(√v + ε)");
            assertTrue(maxDifference(textbook, theta) > 1e-6, "step " + t
                    + ": the test cannot tell DL4J's Adam from the textbook's: " + maxDifference(textbook, theta));
        }
    }

    // ---- regularisation --------------------------------------------------------------------------------------

    /**
     * l2(c) with Sgd: θ_W ← θ_W − η·(g_W + c·θ_W), the c·θ added to the MEAN gradient (not divided by B, no rate
     * factor of its own); the biases get plain SGD. With Adam, the c·θ enters m: m₁ = (1 − β₁)·(g + c·θ) on the
     * weights, (1 − β₁)·g on the biases — it is added before the updater.
     */
    @Test
    void l2IsAddedToTheMeanGradientBeforeTheUpdaterOnTheWeightsOnly() {
        double c = 0.3;
        double[] theta = theta0();
        double[] g = TinyNet.meanGradient(theta, TinyNet.X);

        MultiLayerNetwork sgd = TinyNet.build(b -> b.updater(new Sgd(LR)).l2(c));
        double[] expected = new double[PARAMS];
        for (int i = 0; i < PARAMS; i++) {
            double l2 = i < WEIGHTS ? c * theta[i] : 0;                 // weights only
            expected[i] = theta[i] - LR * (g[i] + l2);
        }
        TinyNet.fit(sgd);
        assertArrayEquals(expected, TinyNet.params(sgd), ROUNDING, "l2 with Sgd is not θ − η·(g + c·θ) on W");

        double b1 = 0.9;
        MultiLayerNetwork adam = TinyNet.build(b -> b.updater(new Adam(0.01, b1, 0.999, 1e-8)).l2(c));
        double[] m1 = new double[PARAMS];
        for (int i = 0; i < PARAMS; i++) {
            double l2 = i < WEIGHTS ? c * theta[i] : 0;
            m1[i] = (1 - b1) * (g[i] + l2);                          // the l2 term is inside m
        }
        TinyNet.fit(adam);
        assertArrayEquals(m1, Arrays.copyOfRange(TinyNet.state(adam), 0, PARAMS), ROUNDING,
                "l2 does not reach Adam's m: it is not applied before the updater");
    }

    /** l2Bias(c) alone: the biases get the c·θ, the weights plain SGD. */
    @Test
    void l2BiasReachesTheBiasesOnly() {
        double c = 0.3;
        double[] theta = theta0();
        double[] g = TinyNet.meanGradient(theta, TinyNet.X);
        MultiLayerNetwork net = TinyNet.build(b -> b.updater(new Sgd(LR)).l2Bias(c));
        double[] expected = new double[PARAMS];
        for (int i = 0; i < PARAMS; i++) {
            double l2 = i >= WEIGHTS ? c * theta[i] : 0;                // biases only
            expected[i] = theta[i] - LR * (g[i] + l2);
        }
        TinyNet.fit(net);
        assertArrayEquals(expected, TinyNet.params(net), ROUNDING, "l2Bias is not θ − η·(g + c·θ) on b only");
    }

    /** l1(c) with Sgd: θ_W ← θ_W − η·(g_W + c·sign θ_W); the biases plain SGD. */
    @Test
    void l1AddsCTimesTheSignToTheWeightsGradient() {
        double c = 0.3;
        double[] theta = theta0();
        double[] g = TinyNet.meanGradient(theta, TinyNet.X);
        MultiLayerNetwork net = TinyNet.build(b -> b.updater(new Sgd(LR)).l1(c));
        double[] expected = new double[PARAMS];
        for (int i = 0; i < PARAMS; i++) {
            double l1 = i < WEIGHTS ? c * Math.signum(theta[i]) : 0;
            expected[i] = theta[i] - LR * (g[i] + l1);
        }
        TinyNet.fit(net);
        assertArrayEquals(expected, TinyNet.params(net), ROUNDING, "l1 is not θ − η·(g + c·sign θ) on W");
    }

    /**
     * l1Bias(c) alone with Sgd: θ_b ← θ_b − η·(g_b + c·sign θ_b), before the updater like l1; the weights get plain
     * SGD. (TinyNet's b₀ has no zero entry, so sign θ_b is ±1 on every bias and the term shows.)
     */
    @Test
    void l1BiasAddsCTimesTheSignToTheBiasesGradientOnly() {
        double c = 0.3;
        double[] theta = theta0();
        double[] g = TinyNet.meanGradient(theta, TinyNet.X);
        MultiLayerNetwork net = TinyNet.build(b -> b.updater(new Sgd(LR)).l1Bias(c));
        double[] expected = new double[PARAMS];
        for (int i = 0; i < PARAMS; i++) {
            double l1 = i >= WEIGHTS ? c * Math.signum(theta[i]) : 0;   // biases only
            expected[i] = theta[i] - LR * (g[i] + l1);
        }
        for (int i = WEIGHTS; i < PARAMS; i++) {
            assertTrue(theta[i] != 0, "b₀ has a zero entry: sign 0 would hide the term");
        }
        TinyNet.fit(net);
        assertArrayEquals(expected, TinyNet.params(net), ROUNDING, "l1Bias is not θ − η·(g + c·sign θ) on b only");
    }

    /**
     * weightDecay(c) on the layer with Adam (η 0.01): u_W = α₁·m₁/(√v₁ + ε) + c·η·θ_W, added after the updater —
     * m₁ = (1 − β₁)·g holds no trace of it — with Adam's η, not α₁; the biases get Adam alone. weightDecayBias(c)
     * adds the same to the biases. (On the network builder it counts twice: {@link
     * #weightDecayOnTheNetworkBuilderIsAppliedTwice}.)
     */
    @Test
    void weightDecayIsAddedToTheUpdateAfterTheUpdaterTimesTheRate() {
        double c = 0.3;
        double lr = 0.01;
        double b1 = 0.9;
        double b2 = 0.999;
        double eps = 1e-8;
        double[] theta = theta0();
        double[] g = TinyNet.meanGradient(theta, TinyNet.X);
        double alpha = lr * Math.sqrt(1 - b2) / (1 - b1);
        for (boolean onBiases : new boolean[] {false, true}) {
            MultiLayerNetwork net = TinyNet.build(b -> b.updater(new Adam(lr, b1, b2, eps)), l -> {
                l.weightDecay(c);
                if (onBiases) {
                    l.weightDecayBias(c);
                }
                return l;
            });
            double[] m1 = new double[PARAMS];
            double[] expected = new double[PARAMS];
            for (int i = 0; i < PARAMS; i++) {
                m1[i] = (1 - b1) * g[i];                                // no decay inside m
                double v1 = (1 - b2) * g[i] * g[i];
                double decay = i < WEIGHTS || onBiases ? c * lr * theta[i] : 0;
                expected[i] = theta[i] - (alpha * m1[i] / (Math.sqrt(v1) + eps) + decay);
            }
            TinyNet.fit(net);
            String which = onBiases ? "weightDecay + weightDecayBias" : "weightDecay";
            assertArrayEquals(m1, Arrays.copyOfRange(TinyNet.state(net), 0, PARAMS), ROUNDING,
                    which + ": the decay reached Adam's m, it is not applied after the updater");
            assertArrayEquals(expected, TinyNet.params(net), ROUNDING,
                    which + ": θ is not θ − (Adam's u + c·η·θ)");
        }
    }

    /**
     * A trap of DL4J 1.0.0-M2.1, found by this test: {@code weightDecay(c)} on the NETWORK builder
     * ({@code NeuralNetConfiguration.Builder}) puts two {@code WeightDecay} entries on the layer, so with Sgd
     * θ_W ← θ_W − η·g_W − 2·c·η·θ_W; on the layer builder it is there once (the test above). {@code l2} on the
     * network builder is there once ({@link #l2IsAddedToTheMeanGradientBeforeTheUpdaterOnTheWeightsOnly}). The same
     * doubling holds for {@code weightDecayBias} on the network builder.
     */
    @Test
    void weightDecayOnTheNetworkBuilderIsAppliedTwice() {
        double c = 0.3;
        double[] theta = theta0();
        double[] g = TinyNet.meanGradient(theta, TinyNet.X);
        MultiLayerNetwork net = TinyNet.build(b -> b.updater(new Sgd(LR)).weightDecay(c).weightDecayBias(c));
        long entries = net.getLayer(0).conf().getLayer().getRegularizationByParam("W").size();
        double[] expected = new double[PARAMS];
        for (int i = 0; i < PARAMS; i++) {
            expected[i] = theta[i] - LR * g[i] - 2 * c * LR * theta[i];   // twice c·η·θ
        }
        TinyNet.fit(net);
        assertEquals(2, entries, "the network builder's weightDecay no longer puts two entries on the layer");
        assertArrayEquals(expected, TinyNet.params(net), ROUNDING,
                "the network builder's weightDecay is no longer applied twice: θ − η·g − 2·c·η·θ");
    }

    /**
     * The score with l2(c): the mean MSE plus ½·c·‖W‖² (weights only, not divided by B), at the parameters the step
     * starts from.
     */
    @Test
    void scoreAddsHalfCTimesTheSquaredNormOfTheWeights() {
        double c = 0.3;
        double[] theta = theta0();
        double mse = 0;
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k < 2; k++) {
                double yHat = TinyNet.X[i][0] * TinyNet.W0[0][k] + TinyNet.X[i][1] * TinyNet.W0[1][k]
                        + TinyNet.B0[k];
                mse += (yHat - TinyNet.Y[i][k]) * (yHat - TinyNet.Y[i][k]) / 2 / 2;  // /nOut, /B
            }
        }
        double squares = 0;
        for (int i = 0; i < WEIGHTS; i++) {
            squares += theta[i] * theta[i];
        }
        MultiLayerNetwork net = TinyNet.build(b -> b.updater(new Sgd(LR)).l2(c));
        TinyNet.fit(net);
        assertEquals(mse + 0.5 * c * squares, net.score(), ROUNDING, "the score is not MSE + ½·c·‖W‖²");
    }
}
