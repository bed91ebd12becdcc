package nnbasics.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nnbasics.guide.HiddenLayerSections.SoftmaxPoint;
import nnbasics.handwritten.network.Activation;
import org.junit.jupiter.api.Test;

/**
 * The closed forms of the guide's section 10, driven directly. Its hidden-layer runs (10.3, the sweep of 10.4) are
 * checked in {@code GuideCommandTest.SectionTen}, read from the guide's one run, not made a second time here.
 */
class HiddenLayerSectionsTest {

    /**
     * softmax([z₁, z₂])₁ against the closed form 1 / (1 + e^{−(z₁ − z₂)}) for |z| ≤ 4: both are in (0, 1) and each
     * takes a few roundings (exp, a sum, a division), so they agree to a few ulps of 1.
     */
    private static final double CLOSED_FORM = 4 * Math.ulp(1.0);
    /** The central-difference step: truncation error h²·|f'''|/6 ≤ 2e−11 (|f'''| ≤ 2 for tanh), rounding ε/h ≈ 2e−11. */
    private static final double H = 1e-5;
    /** Well above both errors above, far below any wrong derivative (a slip such as s instead of s(1 − s) is order 0.1). */
    private static final double FINITE_DIFFERENCE = 1e-8;

    @Test
    void aTwoClassSoftmaxIsTheSigmoidOfTheDifferenceOfTheLogits() {
        List<SoftmaxPoint> grid = HiddenLayerSections.softmaxAgainstSigmoid();
        assertEquals(17 * 17, grid.size(), "z₁, z₂ ∈ {−4, −3.5, …, 4}");
        for (SoftmaxPoint p : grid) {
            double closedForm = 1 / (1 + Math.exp(-(p.z1() - p.z2())));
            String at = "(" + p.z1() + ", " + p.z2() + ")";
            assertEquals(closedForm, p.softmax(), CLOSED_FORM, "softmax₁ " + at);
            assertEquals(closedForm, p.sigmoid(), CLOSED_FORM, "σ(z₁ − z₂) " + at);
        }
        // and e^z₁ / (e^z₁ + e^z₂) written out, at the guide's [2, 4] → 0.1192 (four decimals, section 7)
        SoftmaxPoint guide = grid.stream().filter(p -> p.z1() == 2 && p.z2() == 4).findFirst().orElseThrow();
        assertEquals(Math.exp(2) / (Math.exp(2) + Math.exp(4)), guide.softmax(), CLOSED_FORM);
        assertEquals(0.1192, guide.softmax(), 5e-5, "the guide's table, four decimals");
    }

    @Test
    void theDrawnDerivativesAreTheCentralDifferencesOfTheDrawnCurves() {
        double[] z = HiddenLayerSections.range(-HiddenLayerSections.Z, HiddenLayerSections.Z, 480);
        for (Activation f : HiddenLayerSections.ACTIVATIONS) {
            double[] slope = HiddenLayerSections.derivatives(f, z);
            double[] value = HiddenLayerSections.values(f, z);
            for (int i = 0; i < z.length; i++) {
                assertEquals(f.value(z[i]), value[i], 0.0);
                if (f == Activation.RELU && Math.abs(z[i]) < H) {
                    assertEquals(0.0, slope[i], 0.0, "ReLU′(0) = 0, DL4J's convention");
                    continue;
                }
                double central = (f.value(z[i] + H) - f.value(z[i] - H)) / (2 * H);
                assertEquals(central, slope[i], FINITE_DIFFERENCE, f.label() + "′(" + z[i] + ")");
            }
        }
        assertEquals(0.25, Activation.SIGMOID.derivative(0), 0.0, "σ′(0) = ¼, the sigmoid's steepest");
    }
}
