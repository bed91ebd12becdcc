package nnbasics.compare.updaters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import nnbasics.compare.EngineChoice;
import nnbasics.compare.LockStepResult;
import nnbasics.compare.StepObserver;
import nnbasics.compare.TestData;
import nnbasics.compare.Tolerances;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.NetworkEngine;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.updaters.Optimiser;
import org.junit.jupiter.api.Test;

/**
 * The regularisers of the biases ({@code --l1-bias}, {@code --l2-bias}, {@code --weight-decay-bias}; DL4J's
 * {@code l1Bias}, {@code l2Bias}, {@code weightDecayBias}) on iris, 4 → 8 relu → 3 (classify --hidden) and softmax
 * regression 4 → 3 (classify): each engine's first step against a closed form, then both engines in lock-step.
 *
 * <p>The closed form, for one SGD step from a start b₀ ≠ 0 (the drawn start has b = 0, where L2 and weight decay on
 * the biases have nothing to act on, so every b₀ here is set by hand): with c = 0 the step is b₁⁰ = b₀ − η·g, which
 * gives g from the same engine and the same start; with c the gradient grows by the regulariser's term, so
 *
 * <pre>
 * l2Bias c            b₁ = b₀ − η·(g + c·b₀)        = b₁⁰ − η·c·b₀
 * l1Bias c            b₁ = b₀ − η·(g + c·sign b₀)   = b₁⁰ − η·c·sign b₀
 * weightDecayBias c   b₁ = b₀ − (η·g + c·η·b₀)      = b₁⁰ − c·η·b₀       (the rate applied, DL4J's default)
 * W                   W₁ = W₁⁰                                             (the bias variants leave W alone)
 * </pre>
 */
class BiasRegularisationTest {

    private static final List<String> FEATURES = List.of("sepal_length", "sepal_width", "petal_length",
            "petal_width");
    private static final List<String> CLASSES = List.of("setosa", "versicolor", "virginica");
    private static final int ROWS = 150;
    private static final double RATE = 0.5;
    private static final double C = 0.1;
    private static final int STEPS = 30;

    /**
     * The closed form and the engine round differently: b₁⁰ and the term η·c·b₀ (entries below 2 in size) each
     * carry a rounding or two, and DL4J's g + c·θ is one more: a few ulps of 2, under 1e-15; 1e-14 leaves room and
     * is far below every term checked (η·c·|b₀| ≥ 0.5·0.1·0.1 = 5e-3).
     */
    private static final double ROUNDING = 1e-14;

    /** b₀ of layer l, unit k: ±0.1·(k + 1 + l), the sign alternating, so that sign b₀ is ±1 everywhere. */
    private static NetworkStart start(int[] sizes) {
        NetworkStart drawn = NetworkTwins.start(sizes, HiddenActivation.RELU, 1);
        List<double[]> biases = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.length; l++) {
            double[] b = new double[sizes[l + 1]];
            for (int k = 0; k < b.length; k++) {
                b[k] = (k % 2 == 0 ? 1 : -1) * 0.1 * (k + 1 + l);
            }
            biases.add(b);
        }
        return new NetworkStart(drawn.weights(), biases);
    }

    private static NetworkTwins twins(int[] sizes, Optimiser recipe) {
        return NetworkTwins.of(TestData.file("iris.csv"), FEATURES, "species", CLASSES, EngineChoice.BOTH, true,
                HiddenActivation.RELU, start(sizes), recipe);
    }

    private static void oneStepAgainstTheClosedForm(int[] sizes, Optimiser recipe, DoubleUnaryOperator term) {
        NetworkTwins plain = twins(sizes, Optimiser.sgd(RATE));
        NetworkTwins regularised = twins(sizes, recipe);
        List<double[]> b0 = start(sizes).biases();
        NetworkEngine[][] pairs = {{plain.hand().engine(), regularised.hand().engine()},
            {plain.dl4j().engine(), regularised.dl4j().engine()}};
        for (NetworkEngine[] pair : pairs) {
            pair[0].step();
            pair[1].step();
            String what = recipe.describe() + ", " + pair[1].name() + ", " + (sizes.length - 1) + " layers";
            for (int l = 0; l < b0.size(); l++) {
                double[] b1Plain = pair[0].biases().get(l);
                double[] b1 = pair[1].biases().get(l);
                for (int k = 0; k < b1.length; k++) {
                    double expected = b1Plain[k] - RATE * term.applyAsDouble(b0.get(l)[k]);   // b₁⁰ − η·(term)
                    assertEquals(expected, b1[k], ROUNDING, what + ": b of layer " + (l + 1) + ", unit " + k);
                    assertTrue(Math.abs(b1[k] - b1Plain[k]) > 1e3 * ROUNDING,
                            what + ": the bias did not move away from the step without the regulariser");
                }
                double[][] w1Plain = pair[0].weights().get(l);
                double[][] w1 = pair[1].weights().get(l);
                for (int j = 0; j < w1.length; j++) {
                    for (int k = 0; k < w1[j].length; k++) {
                        assertEquals(w1Plain[j][k], w1[j][k], ROUNDING, what + ": W of layer " + (l + 1)
                                + " changed; the bias variant must leave the weights alone");
                    }
                }
            }
        }
    }

    @Test
    void l2OnTheBiasesIsOneStepOfTheClosedFormOnBothEngines() {
        for (int[] sizes : new int[][] {{4, 8, 3}, {4, 3}}) {
            oneStepAgainstTheClosedForm(sizes, Optimiser.sgd(RATE).withBiasRegularisation(0, C, 0), b -> C * b);
        }
    }

    @Test
    void l1OnTheBiasesIsOneStepOfTheClosedFormOnBothEngines() {
        for (int[] sizes : new int[][] {{4, 8, 3}, {4, 3}}) {
            oneStepAgainstTheClosedForm(sizes, Optimiser.sgd(RATE).withBiasRegularisation(C, 0, 0),
                    b -> C * Math.signum(b));
        }
    }

    @Test
    void weightDecayOnTheBiasesIsOneStepOfTheClosedFormOnBothEngines() {
        for (int[] sizes : new int[][] {{4, 8, 3}, {4, 3}}) {
            oneStepAgainstTheClosedForm(sizes, Optimiser.sgd(RATE).withBiasRegularisation(0, 0, C),
                    b -> C * b);                     // c·η·b₀ = η·(c·b₀) with SGD: the rate applied
        }
    }

    /**
     * In lock-step for {@value #STEPS} steps (momentum, so the term also passes through the velocity): every step
     * within the step bound, and the biases at the end far from those of the same run without the regulariser.
     */
    @Test
    void theBiasRegularisersInLockStepMoveTheBiases() {
        int[] sizes = {4, 8, 3};
        Optimiser without = Optimiser.of(Optimiser.Kind.MOMENTUM, 0.1).withL2(1e-3);
        NetworkTwins reference = twins(sizes, without);
        reference.run(STEPS, StepObserver.NONE);
        for (Optimiser recipe : List.of(without.withBiasRegularisation(0, C, 0),
                without.withBiasRegularisation(C, 0, 0), without.withBiasRegularisation(0, 0, C))) {
            NetworkTwins twins = twins(sizes, recipe);
            LockStepResult result = twins.run(STEPS, StepObserver.NONE);
            double bound = Tolerances.step(NetworkTwins.sumTerms(ROWS, sizes), recipe);
            assertFalse(result.agreement().step().exceeds(bound), recipe.describe() + ": "
                    + result.agreement().step().describe() + " above the step bound " + bound);
            double moved = 0;
            for (int l = 0; l < sizes.length - 1; l++) {
                double[] b = twins.dl4j().engine().biases().get(l);
                double[] b0 = reference.dl4j().engine().biases().get(l);
                for (int k = 0; k < b.length; k++) {
                    moved = Math.max(moved, Math.abs(b[k] - b0[k]));
                }
            }
            assertTrue(moved > 1e6 * bound, recipe.describe() + ": the biases moved only " + moved
                    + " from the run without the bias regulariser");
        }
    }
}
