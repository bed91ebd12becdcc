package nnbasics.handwritten.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Section 1 of the guide: one weight, the average price per square foot. */
class AverageRateTest {

    /** A sum of three numbers and one division: rounding of order 1e-16 relative. */
    private static final double ROUNDING = 1e-12;
    /** The guide prints the weight to three decimals (0.180): half a unit in that place. */
    private static final double GUIDE_WEIGHT_PRECISION = 0.0005;
    /** The guide's prediction 360 uses the rounded weight, so the exact one may differ by 2000 × 0.0005. */
    private static final double ROUNDED_WEIGHT_EFFECT = 2000 * GUIDE_WEIGHT_PRECISION;

    private static double firstThreeHousesWeight() {
        RegressionData houses = Houses.areaOfFirstThree();
        double[][] x = houses.features();
        return AverageRate.weight(new double[] {x[0][0], x[1][0], x[2][0]}, houses.targets());
    }

    @Test
    void weightIsTotalPriceOverTotalArea() {
        double w = firstThreeHousesWeight();
        // Guide, section 1: 1098.8 / 6104 (399.9 + 329.9 + 369.0 over 2104 + 1600 + 2400).
        assertEquals(1098.8 / 6104, w, ROUNDING * w, "weight, exact");
        // Guide, section 1: "≈ 0.180".
        assertEquals(0.180, w, GUIDE_WEIGHT_PRECISION, "weight, as the guide rounds it");
    }

    @Test
    void predictionForTwoThousandSquareFeet() {
        double w = firstThreeHousesWeight();
        double exact = new LinearModel(new double[] {w}, 0).predict(new double[] {2000});
        // Closed form: 2000 × 1098.8 / 6104 = 360.026…
        assertEquals(2000 * 1098.8 / 6104, exact, ROUNDING * exact, "prediction with the exact weight");
        // Guide, section 1: 360, computed from the rounded weight; the exact weight lands within its rounding.
        assertEquals(360, exact, ROUNDED_WEIGHT_EFFECT, "prediction with the exact weight vs the guide's 360");

        double guides = new LinearModel(new double[] {0.180}, 0).predict(new double[] {2000});
        // Guide, section 1: 2000 × 0.180 = 360, the guide's own arithmetic.
        assertEquals(360, guides, ROUNDING * 360, "prediction with the guide's rounded weight 0.180");
    }

    @Test
    void rejectsMismatchedOrZeroAreas() {
        assertThrows(IllegalArgumentException.class, () -> AverageRate.weight(new double[] {1, 2}, new double[] {1}),
                "lengths differ");
        assertThrows(IllegalArgumentException.class, () -> AverageRate.weight(new double[0], new double[0]),
                "empty");
        assertThrows(IllegalArgumentException.class, () -> AverageRate.weight(new double[] {0}, new double[] {1}),
                "zero total area");
    }
}
