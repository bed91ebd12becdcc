package nnbasics.dl4j.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The reparametrisation x'_j = s_j·x_j, w'_j = w_j/s_j with s_j = √(η_j/η). */
class PerWeightLearningRatesTest {

    /** √ and one division or multiplication: a couple of roundings of values of order 1. */
    private static final double ROUNDING = 1e-15;
    /** A few more roundings: through s, w', the gradient and back. */
    private static final double STEP_ROUNDING = 1e-14;

    @Test
    void theNetworkRateIsTheLargestRate() {
        PerWeightLearningRates rates = new PerWeightLearningRates(new double[] {5e-9, 5e-3});
        assertEquals(5e-3, rates.networkRate(), 0, "η = max_j η_j");
    }

    @Test
    void equalRatesChangeNothingNotEvenTheRounding() {
        PerWeightLearningRates rates = new PerWeightLearningRates(new double[] {0.25, 0.25, 0.25});
        double[] weights = {0.1, -3.7, 1e-9};
        // s_j = √(η_j/η) = √1 = 1 exactly, so both mappings are the identity bit for bit.
        assertArrayEquals(weights, rates.toNetwork(weights), 0, "toNetwork with s = 1");
        assertArrayEquals(weights, rates.fromNetwork(weights), 0, "fromNetwork with s = 1");
        INDArray features = Nd4j.create(new double[][] {{2104, 3, 0.1}, {1600, 3, 0.2}});
        assertEquals(features, rates.scaleFeatures(features), "scaleFeatures with s = 1");
    }

    @Test
    void scalesAreTheSquareRootOfTheRateRatio() {
        PerWeightLearningRates rates = new PerWeightLearningRates(new double[] {5e-9, 5e-3});
        INDArray features = Nd4j.create(new double[][] {{2104, 3}, {1600, 2}});
        INDArray original = features.dup();
        double[][] scaled = rates.scaleFeatures(features).toDoubleMatrix();
        // s_1 = √(5e−9 / 5e−3) = √1e−6 = 1e−3, s_2 = √1 = 1 (closed form).
        assertEquals(2104e-3, scaled[0][0], 2104e-3 * ROUNDING, "x'_11 = s_1 · 2104");
        assertEquals(1600e-3, scaled[1][0], 1600e-3 * ROUNDING, "x'_21 = s_1 · 1600");
        assertEquals(3, scaled[0][1], 0, "x'_12 = 1 · 3");
        assertEquals(original, features, "scaleFeatures must not change its input");
        assertEquals(100, rates.toNetwork(new double[] {0.1, 7})[0], 100 * ROUNDING, "w'_1 = 0.1 / 1e−3");
        assertEquals(0.1, rates.fromNetwork(new double[] {100, 7})[0], 0.1 * ROUNDING, "w_1 = 1e−3 · 100");
    }

    @Test
    void oneStepOnTheScaledWeightMovesTheRawWeightByItsOwnRate() {
        // The derivation in the class comment, checked with numbers: L(w) = (w·x − y)², x = 2, y = 1, w = 3.
        double x = 2;
        double y = 1;
        double w = 3;
        double ownRate = 1e-4;
        double networkRate = 1e-2;
        PerWeightLearningRates rates = new PerWeightLearningRates(new double[] {ownRate, networkRate});
        double scale = rates.scaleFeatures(Nd4j.create(new double[][] {{1, 1}})).getDouble(0, 0);
        double wPrime = rates.toNetwork(new double[] {w, 0})[0];
        double gradientPrime = 2 * (wPrime * scale * x - y) * scale * x;       // ∂L/∂w' with input x' = s·x
        double wAfter = rates.fromNetwork(new double[] {wPrime - networkRate * gradientPrime, 0})[0];
        double expected = w - ownRate * 2 * (w * x - y) * x;                    // w − η_j · ∂L/∂w
        assertEquals(expected, wAfter, Math.abs(expected) * STEP_ROUNDING, "w after one step with its own rate");
    }

    @Test
    void rejectsRatesThatCannotBeReparametrised() {
        assertThrows(IllegalArgumentException.class, () -> new PerWeightLearningRates(new double[] {}), "no rates");
        assertThrows(IllegalArgumentException.class, () -> new PerWeightLearningRates(new double[] {1, 0}), "rate 0");
        assertThrows(IllegalArgumentException.class, () -> new PerWeightLearningRates(new double[] {-1}), "negative rate");
        assertThrows(IllegalArgumentException.class, () -> new PerWeightLearningRates(new double[] {Double.NaN}), "NaN rate");
        PerWeightLearningRates rates = new PerWeightLearningRates(new double[] {1, 1});
        assertThrows(IllegalArgumentException.class, () -> rates.toNetwork(new double[] {1}), "one weight for two rates");
        assertThrows(IllegalArgumentException.class, () -> rates.scaleFeatures(Nd4j.create(new double[][] {{1, 2, 3}})),
                "three feature columns for two rates");
    }
}
