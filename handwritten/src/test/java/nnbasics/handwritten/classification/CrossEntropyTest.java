package nnbasics.handwritten.classification;

import static nnbasics.handwritten.classification.GradientAssertions.assertGradientEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CrossEntropyTest {

    /** A handful of sums of order-1 terms in double precision. */
    private static final double ROUNDING = 1e-14;

    /**
     * Central differences with h = 1e−5: truncation about h² ≈ 1e−10, rounding about ε/h ≈ 2e−11 (see
     * {@link FiniteDifferences}); 1e−8 leaves a margin of 100.
     */
    private static final double FINITE_DIFFERENCE = 1e-8;

    @Test
    void lossAtTheZeroModelIsLogK() {
        // closed form: every p = 1/K, so L = −(1/N) Σ log(1/K) = log K
        ClassificationData houses = LabelledHouses.standardized();
        assertEquals(Math.log(2), CrossEntropy.loss(SoftmaxModel.zero(2, 2), houses), ROUNDING, "loss, 2 classes");
        ClassificationData random = RandomExamples.threeClasses(7, 12, 4);
        assertEquals(Math.log(3), CrossEntropy.loss(SoftmaxModel.zero(4, 3), random), ROUNDING, "loss, 3 classes");
    }

    @Test
    void biasGradientAtTheZeroModelIsOneOverKMinusTheClassShares() {
        // closed form: ∂L/∂b_k = (1/N) Σ_i (p_ik − y_ik) = 1/K − (share of class k); the guide has 3 bad, 7 good
        SoftmaxGradient gradient = CrossEntropy.gradient(SoftmaxModel.zero(2, 2), LabelledHouses.standardized());
        assertEquals(0.5 - 0.3, gradient.bias()[LabelledHouses.BAD], ROUNDING, "∂L/∂b_bad");
        assertEquals(0.5 - 0.7, gradient.bias()[LabelledHouses.GOOD], ROUNDING, "∂L/∂b_good");
    }

    /** Half an ulp of 1, 2⁻⁵³: how far the double 1 − 1e−10 (and so its log) may be from the real one. */
    private static final double ONE_MINUS_CLIP_ROUNDING = 0x1p-53;

    @Test
    void lossIsFiniteAndClippedAsDl4jsScoreWhenAProbabilityUnderflows() {
        // logits z = [0, 1000x]: for x = 1 the true class 0 has p = e^{-1000}, 0 in double; log p = −1000 exactly
        ClassificationData data = new ClassificationData(new double[][] {{1}}, new int[] {0}, LabelledHouses.CLASSES);
        SoftmaxModel model = new SoftmaxModel(new double[][] {{0, 1000}}, new double[] {0, 0});
        // DL4J's LossMCXENT clips p to [1e−10, 1 − 1e−10] in its score: −log 1e−10 = 10·ln 10 (closed form)
        assertEquals(10 * Math.log(10), CrossEntropy.loss(model, data), ROUNDING, "loss with p_y = e^{-1000}");
        // and the other end: p_y = 1 − e^{-1000} = 1 in double counts −log(1 − 1e−10) ≈ 1e−10, not 0
        SoftmaxModel fitted = new SoftmaxModel(new double[][] {{1000, 0}}, new double[] {0, 0});
        // (1 − 1e−10 is itself rounded to double, by up to half an ulp of 1: the log carries that absolute 1.1e−16)
        assertEquals(1e-10, CrossEntropy.loss(fitted, data), ONE_MINUS_CLIP_ROUNDING, "loss with p_y = 1 in double");
    }

    @Test
    void gradientMatchesFiniteDifferencesOnTheTenHouses() {
        ClassificationData houses = LabelledHouses.standardized();
        SoftmaxModel model = RandomExamples.model(11, 2, 2);
        // finite differences of CrossEntropy.loss itself
        SoftmaxGradient expected = FiniteDifferences.gradient(m -> CrossEntropy.loss(m, houses), model);
        assertGradientEquals(expected, CrossEntropy.gradient(model, houses), FINITE_DIFFERENCE,
                "cross-entropy, ten houses standardised");
    }

    @Test
    void gradientMatchesFiniteDifferencesOnRandomDataWithThreeClasses() {
        ClassificationData data = RandomExamples.threeClasses(2016, 9, 4);
        SoftmaxModel model = RandomExamples.model(12, 4, 3);
        // finite differences of CrossEntropy.loss itself
        SoftmaxGradient expected = FiniteDifferences.gradient(m -> CrossEntropy.loss(m, data), model);
        assertGradientEquals(expected, CrossEntropy.gradient(model, data), FINITE_DIFFERENCE,
                "cross-entropy, random data, K = 3");
    }
}
