package nnbasics.handwritten.classification;

import static nnbasics.handwritten.classification.GradientAssertions.assertGradientEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SquaredErrorTest {

    /** A handful of sums of order-1 terms in double precision. */
    private static final double ROUNDING = 1e-14;

    /**
     * Central differences with h = 1e−5: truncation about h² ≈ 1e−10, rounding about ε/h ≈ 2e−11 (see
     * {@link FiniteDifferences}); 1e−8 leaves a margin of 100.
     */
    private static final double FINITE_DIFFERENCE = 1e-8;

    @Test
    void lossAtTheZeroModelIsKMinusOneOverKSquared() {
        // closed form: every p = 1/K; per example Σ_k (p_k − y_k)² = (1 − 1/K)² + (K − 1)/K² = (K − 1)/K,
        // and L divides the sum over N examples by N·K: L = (K − 1)/K²
        ClassificationData houses = LabelledHouses.standardized();
        assertEquals(1.0 / 4, SquaredError.loss(SoftmaxModel.zero(2, 2), houses), ROUNDING, "loss, 2 classes");
        ClassificationData random = RandomExamples.threeClasses(7, 12, 4);
        assertEquals(2.0 / 9, SquaredError.loss(SoftmaxModel.zero(4, 3), random), ROUNDING, "loss, 3 classes");
    }

    @Test
    void gradientMatchesFiniteDifferencesOnTheTenHouses() {
        ClassificationData houses = LabelledHouses.standardized();
        SoftmaxModel model = RandomExamples.model(11, 2, 2);
        // finite differences of SquaredError.loss itself
        SoftmaxGradient expected = FiniteDifferences.gradient(m -> SquaredError.loss(m, houses), model);
        assertGradientEquals(expected, SquaredError.gradient(model, houses), FINITE_DIFFERENCE,
                "squared error, ten houses standardised");
    }

    @Test
    void gradientMatchesFiniteDifferencesOnRandomDataWithThreeClasses() {
        ClassificationData data = RandomExamples.threeClasses(2016, 9, 4);
        SoftmaxModel model = RandomExamples.model(12, 4, 3);
        // finite differences of SquaredError.loss itself
        SoftmaxGradient expected = FiniteDifferences.gradient(m -> SquaredError.loss(m, data), model);
        assertGradientEquals(expected, SquaredError.gradient(model, data), FINITE_DIFFERENCE,
                "squared error, random data, K = 3");
    }
}
