package nnbasics.compare.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SoftmaxAutoRateTest {

    /** Rows (1, 2) and (3, 0): Σ_i (‖x_i‖² + 1) = (1 + 4 + 1) + (9 + 0 + 1) = 16, so 2N / 16 = 4 / 16 = 0.25 exactly. */
    @Test
    void rawFeaturesGiveTwoNOverTheAugmentedSquares() {
        assertEquals(0.25, SoftmaxAutoRate.of(new double[][] {{1, 2}, {3, 0}}, false), 0.0,
                "2N / Σ(‖x‖² + 1) by hand");
    }

    /** z-scores of p = 3 features: 2 / (3 + 1) = 0.5, whatever the rows hold. */
    @Test
    void zScoresGiveTwoOverPPlusOne() {
        assertEquals(0.5, SoftmaxAutoRate.of(new double[][] {{100, 200, 300}}, true), 0.0, "2 / (p + 1) with p = 3");
    }
}
