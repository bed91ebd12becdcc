package nnbasics.dl4j.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's backpropagation through dense layers against central finite differences of its own score
 * ({@link GradientCheckUtil}), for every hidden activation with one and two hidden layers. The check needs double
 * precision and Sgd with rate exactly 1.0 (it refuses any other updater).
 */
class DenseGradientCheckTest {

    /** Central-difference step: (L(θ+ε) − L(θ−ε))/2ε has truncation error ~ε² ≈ 1e−12 and rounding ~1e−16/ε. */
    private static final double EPSILON = 1e-6;
    /**
     * Relative error |a − n|/(|a| + |n|) allowed per parameter: rounding of ~1e−16/ε = 1e−10 in the difference
     * quotient, relative to small gradients here (~1e−3), gives ~1e−7 (the largest seen with M2.1 over these eight
     * cases is 2.3e−7); 1e−6 leaves a margin and is still far below DL4J's own default of 1e−3.
     */
    private static final double MAX_RELATIVE_ERROR = 1e-6;
    /** Below this absolute difference a parameter passes whatever its relative error (gradients near zero). */
    private static final double MIN_ABSOLUTE_ERROR = 1e-9;
    /**
     * No hidden pre-activation of the start may lie within this distance of 0: ReLU has a kink there, and a
     * difference quotient whose ±ε moves z across 0 would disagree with either one-sided derivative. A parameter
     * moves z by at most ε·max|x or a| ≈ 1e−5 here, far below 1e−3.
     */
    private static final double KINK_MARGIN = 1e-3;

    static Stream<Arguments> activationsAndDepths() {
        List<Arguments> cases = new ArrayList<>();
        for (Activation f : new Activation[] {Activation.IDENTITY, Activation.SIGMOID, Activation.TANH,
                Activation.RELU}) {
            cases.add(Arguments.of(f, new int[] {4}));
            cases.add(Arguments.of(f, new int[] {4, 3}));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, hidden {1}")
    @MethodSource("activationsAndDepths")
    void backpropagationMatchesFiniteDifferences(Activation f, int[] hidden) {
        // Six examples, three features, three classes, every value drawn once from a seeded generator.
        Random random = new Random(20240601L + 31L * hidden.length + f.ordinal());
        int n = 6;
        int nIn = 3;
        int k = 3;
        double[][] x = new double[n][nIn];
        double[][] y = new double[n][k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < nIn; j++) {
                x[i][j] = random.nextGaussian();
            }
            y[i][random.nextInt(k)] = 1;
        }
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = nIn;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = k;
        List<double[][]> w = new ArrayList<>();
        List<double[]> b = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.length; l++) {
            double[][] wl = new double[sizes[l]][sizes[l + 1]];
            double[] bl = new double[sizes[l + 1]];
            for (int c = 0; c < bl.length; c++) {
                bl[c] = 0.2 * random.nextGaussian();
                for (int j = 0; j < wl.length; j++) {
                    wl[j][c] = 0.8 * random.nextGaussian();
                }
            }
            w.add(wl);
            b.add(bl);
        }
        // the precondition for ReLU (checked for every activation: it costs nothing)
        double nearest = Double.POSITIVE_INFINITY;
        for (double[] row : x) {
            List<double[]> zs = PlainNetwork.preActivations(row, w, b, f);
            for (int l = 0; l < hidden.length; l++) {
                for (double z : zs.get(l)) {
                    nearest = Math.min(nearest, Math.abs(z));
                }
            }
        }
        assertTrue(nearest > KINK_MARGIN, f + ": a hidden pre-activation is " + nearest + " from 0; pick another seed");

        MultiLayerNetwork net = Network.build(nIn, hidden, k, f, 1.0);
        Network.setParameters(net, w, b);
        boolean passed = GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig()
                .net(net)
                .input(Nd4j.createFromArray(x))
                .labels(Nd4j.createFromArray(y))
                .epsilon(EPSILON)
                .maxRelError(MAX_RELATIVE_ERROR)
                .minAbsoluteError(MIN_ABSOLUTE_ERROR)
                .print(GradientCheckUtil.PrintMode.FAILURES_ONLY)
                .exitOnFirstError(false));
        assertTrue(passed, f + " with hidden layers " + Arrays.toString(hidden)
                + ": a gradient differs from finite differences (see the log above)");
    }
}
