package nnbasics.dl4j.classification;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * DL4J's backpropagation through the softmax layer against central finite differences of its own score
 * ({@link GradientCheckUtil}), for both losses. The check needs double precision and Sgd with rate exactly 1.0.
 */
class SoftmaxGradientCheckTest {

    /** Central-difference step: (L(θ+ε) − L(θ−ε))/2ε has truncation error ~ε² ≈ 1e−12 and rounding ~1e−16/ε. */
    private static final double EPSILON = 1e-6;
    /**
     * Relative error |a − n|/(|a| + |n|) allowed per parameter: rounding of ~1e−16/ε = 1e−10 in the difference
     * quotient, relative to the smallest gradients here (~1e−2), gives ~1e−8 (the largest seen with M2.1 is 1.7e−8);
     * 1e−7 leaves a margin and is still far below DL4J's own default of 1e−3.
     */
    private static final double MAX_RELATIVE_ERROR = 1e-7;
    /** Below this absolute difference a parameter passes whatever its relative error (gradients near zero). */
    private static final double MIN_ABSOLUTE_ERROR = 1e-10;

    @ParameterizedTest
    @EnumSource(value = LossFunction.class, names = {"MCXENT", "MSE"})
    void backpropagationMatchesFiniteDifferences(LossFunction loss) {
        // Five examples, three features, four classes, every value drawn once from a seeded generator:
        // no symmetry that could hide a transposed index.
        Random random = new Random(20161214L);
        int n = 5;
        int nIn = 3;
        int k = 4;
        double[][] x = new double[n][nIn];
        double[][] y = new double[n][k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < nIn; j++) {
                x[i][j] = random.nextGaussian();
            }
            y[i][random.nextInt(k)] = 1;
        }
        double[][] w = new double[nIn][k];
        double[] b = new double[k];
        for (int c = 0; c < k; c++) {
            b[c] = 0.1 * random.nextGaussian();
            for (int j = 0; j < nIn; j++) {
                w[j][c] = 0.5 * random.nextGaussian();
            }
        }
        MultiLayerNetwork net = SoftmaxModel.build(nIn, k, loss, 1.0);
        SoftmaxModel.setParameters(net, w, b);
        INDArray features = Nd4j.createFromArray(x);
        INDArray labels = Nd4j.createFromArray(y);

        boolean passed = GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig()
                .net(net)
                .input(features)
                .labels(labels)
                .epsilon(EPSILON)
                .maxRelError(MAX_RELATIVE_ERROR)
                .minAbsoluteError(MIN_ABSOLUTE_ERROR)
                .print(GradientCheckUtil.PrintMode.FAILURES_ONLY)
                .exitOnFirstError(false));
        assertTrue(passed, loss + ": a gradient of W or b differs from finite differences (see the log above)");
    }
}
