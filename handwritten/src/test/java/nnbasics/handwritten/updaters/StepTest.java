package nnbasics.handwritten.updaters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The hand classes on numbers small enough to check by eye; every expected value is worked out in the javadoc
 * (exact in binary: dyadic rationals), so the tolerance is 0.
 */
class StepTest {

    /**
     * Sgd η 0.5, θ = (1, −2), g = (0.25, 0.5), L2 c 0.5 before, weight decay c 0.25 after:
     * g' = g + 0.5·θ = (0.75, −0.5); u = 0.5·g' = (0.375, −0.25); u += 0.25·0.5·θ = (0.125, −0.25) → (0.5, −0.5);
     * θ − u = (0.5, −1.5). Listed weight decay first, to show the order comes from {@link Regularisation.When}.
     */
    @Test
    void regularisersActBeforeAndAfterTheUpdaterByTheirKind() {
        double[] theta = {1, -2};
        Step step = new Step(new Sgd(2, 0.5), List.of(new WeightDecay(0.25), new L2(0.5)));
        double[] u = step.take(theta, new double[] {0.25, 0.5});
        assertArrayEquals(new double[] {0.5, -0.5}, u, 0.0, "u is not η·(g + c·θ) + c'·η·θ");
        assertArrayEquals(new double[] {0.5, -1.5}, theta, 0.0, "θ is not θ − u");
    }

    /**
     * Nesterovs η 0.5, μ 0.5, g = 1 twice: v₁ = −0.5, u₁ = (1 + μ)·η·g = 0.75; v₂ = 0.5·(−0.5) − 0.5 = −0.75,
     * u₂ = −0.25 + (−1.5)(−0.75) = 0.875 = (1 + μ)·η·g − μ²·v₁ = 0.75 + 0.125.
     */
    @Test
    void nesterovsTakesDl4jsForm() {
        Nesterovs n = new Nesterovs(1, 0.5, 0.5);
        assertArrayEquals(new double[] {0.75}, n.update(new double[] {1}), 0.0, "u₁");
        assertArrayEquals(new double[] {0.875}, n.update(new double[] {1}), 0.0, "u₂");
        assertArrayEquals(new double[] {-0.75}, n.velocity(), 0.0, "v₂");
    }

    /** RmsProp's s starts at ε, AdaGrad's h at 1e-6 whatever ε, Adam's m and v at 0. */
    @Test
    void initialStatesAreDl4js() {
        assertArrayEquals(new double[] {0.25, 0.25}, new RmsProp(2, 0.1, 0.9, 0.25).state().get("s"), 0.0, "s₀");
        assertArrayEquals(new double[] {1e-6}, new AdaGrad(1, 0.1, 0.5).state().get("h"), 0.0, "h₀");
        Map<String, double[]> adam = new Adam(1, 0.1, 0.9, 0.999, 1e-8).state();
        assertArrayEquals(new double[] {0}, adam.get("m"), 0.0, "m₀");
        assertArrayEquals(new double[] {0}, adam.get("v"), 0.0, "v₀");
    }

    /** State read-outs are copies, and restore refuses a missing name or a wrong length. */
    @Test
    void stateIsCopiedAndRestoreChecksIt() {
        Adam adam = new Adam(2, 0.1, 0.9, 0.999, 1e-8);
        adam.state().get("m")[0] = 5;
        assertArrayEquals(new double[] {0, 0}, adam.m(), 0.0, "the read-out was not a copy");
        assertThrows(IllegalArgumentException.class, () -> adam.restore(1, Map.of("m", new double[2])));
        assertThrows(IllegalArgumentException.class,
                () -> adam.restore(1, Map.of("m", new double[2], "v", new double[3])));
    }

    /** p = 0.5: kept units doubled, dropped ones 0; backward uses the same mask. */
    @Test
    void invertedDropoutScalesKeptUnitsByOneOverP() {
        InvertedDropout d = new InvertedDropout(0.5);
        boolean[][] mask = {{true, false}, {false, true}};
        assertArrayEquals(new double[] {3, 0}, d.apply(new double[][] {{1.5, 7}, {2, -1}}, mask)[0], 0.0, "row 0");
        assertArrayEquals(new double[] {0, -2}, d.backward(new double[][] {{1.5, 7}, {2, -1}}, mask)[1], 0.0,
                "row 1 backwards");
        assertThrows(IllegalArgumentException.class, () -> new InvertedDropout(0));
    }
}
