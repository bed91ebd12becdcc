package nnbasics.handwritten.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Least squares in closed form, against the guide and against textbook closed forms. */
class NormalEquationsTest {

    /** Exact data solved through a 2×2 or 3×3 system in double precision: a few ulps of rounding. */
    private static final double ROUNDING = 1e-10;
    /** The guide prints w to six decimals (0.058488): half a unit in that place. */
    private static final double GUIDE_SIX_DECIMALS = 5e-7;
    /** The guide prints b to three decimals (247.263): half a unit in that place. */
    private static final double GUIDE_THREE_DECIMALS = 5e-4;
    /** The guide prints the MSE to two decimals (447.29, 1406.05): half a unit in that place. */
    private static final double GUIDE_TWO_DECIMALS = 0.005;
    /** The normal equations squared the condition number (≈ 1e7 for the houses); 1e-8 leaves room for that. */
    private static final double ILL_CONDITIONED_ROUNDING = 1e-8;

    @Test
    void lineThroughTwoPoints() {
        // (1, 3) and (3, 7): slope (7 − 3)/(3 − 1) = 2, intercept 3 − 2·1 = 1; the fit is exact.
        LinearModel line = NormalEquations.solve(new RegressionData(new double[][] {{1}, {3}}, new double[] {3, 7}));
        assertArrayEquals(new double[] {2}, line.weights(), ROUNDING, "slope");
        assertEquals(1, line.bias(), ROUNDING, "intercept");
    }

    @Test
    void perfectFitWithTwoFeatures() {
        // y = 2 x1 − 3 x2 + 5 exactly, at five points not on one line: least squares recovers (2, −3, 5).
        double[][] x = {{0, 0}, {1, 0}, {0, 1}, {2, 3}, {-1, 4}};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2 * x[i][0] - 3 * x[i][1] + 5;
        }
        LinearModel fit = NormalEquations.solve(new RegressionData(x, y));
        assertArrayEquals(new double[] {2, -3}, fit.weights(), ROUNDING, "weights");
        assertEquals(5, fit.bias(), ROUNDING, "bias");
    }

    @Test
    void sectionThreeBestLine() {
        RegressionData houses = Houses.areaOfFirstThree();
        LinearModel best = NormalEquations.solve(houses);
        // Guide, section 3: "the best possible line is w ≈ 0.058488, b ≈ 247.263, MSE ≈ 447.29".
        assertEquals(0.058488, best.weights()[0], GUIDE_SIX_DECIMALS, "w");
        assertEquals(247.263, best.bias(), GUIDE_THREE_DECIMALS, "b");
        assertEquals(447.29, MeanSquaredError.loss(best, houses), GUIDE_TWO_DECIMALS, "MSE");

        // Closed form of simple linear regression: w = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)², b = ȳ − w x̄.
        double[][] x = houses.features();
        double[] y = houses.targets();
        double meanX = (x[0][0] + x[1][0] + x[2][0]) / 3;
        double meanY = (y[0] + y[1] + y[2]) / 3;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < 3; i++) {
            sxy += (x[i][0] - meanX) * (y[i] - meanY);
            sxx += (x[i][0] - meanX) * (x[i][0] - meanX);
        }
        double w = sxy / sxx;
        assertEquals(w, best.weights()[0], ILL_CONDITIONED_ROUNDING * Math.abs(w), "w vs the centred closed form");
        assertEquals(meanY - w * meanX, best.bias(), ILL_CONDITIONED_ROUNDING * best.bias(),
                "b vs the centred closed form");
    }

    @Test
    void sectionFiveBestFit() {
        RegressionData houses = Houses.areaAndBathrooms();
        LinearModel best = NormalEquations.solve(houses);
        // Guide, section 5: "it converges to the least-squares fit, MSE ≈ 1406.05".
        assertEquals(1406.05, MeanSquaredError.loss(best, houses), GUIDE_TWO_DECIMALS, "MSE");
        // The minimum of a convex loss: the gradient vanishes. Compared with the gradient at zero, where every
        // residual is a whole price, it is tiny.
        Gradient atBest = MeanSquaredError.gradient(best, houses);
        Gradient atZero = MeanSquaredError.gradient(LinearModel.zero(2), houses);
        for (int j = 0; j < 2; j++) {
            assertEquals(0, atBest.weights()[j], ILL_CONDITIONED_ROUNDING * Math.abs(atZero.weights()[j]),
                    "∂L/∂w_" + (j + 1) + " at the least-squares fit");
        }
        assertEquals(0, atBest.bias(), ILL_CONDITIONED_ROUNDING * Math.abs(atZero.bias()),
                "∂L/∂b at the least-squares fit");
    }

    @Test
    void withoutBias() {
        RegressionData houses = Houses.areaOfFirstThree();
        double[][] x = houses.features();
        double[] y = houses.targets();
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < 3; i++) {
            sxy += x[i][0] * y[i];
            sxx += x[i][0] * x[i][0];
        }
        LinearModel fit = NormalEquations.solveWithoutBias(houses);
        // Closed form with b = 0: w = Σ x y / Σ x².
        assertEquals(sxy / sxx, fit.weights()[0], ROUNDING * sxy / sxx, "w");
        assertEquals(0, fit.bias(), 0, "b is exactly 0");
    }

    @Test
    void fewerRowsThanParameters() {
        RegressionData three = new RegressionData(new double[][] {{1, 2, 3}, {4, 5, 7}, {2, 9, 1}},
                new double[] {1, 2, 3});
        SingularSystemException e = assertThrows(SingularSystemException.class, () -> NormalEquations.solve(three));
        assertEquals("3 rows cannot determine 4 parameters (3 weights and a bias): least squares needs at least as "
                + "many examples as parameters", e.getMessage());

        RegressionData one = new RegressionData(new double[][] {{1}}, new double[] {1});
        SingularSystemException single = assertThrows(SingularSystemException.class,
                () -> NormalEquations.solve(one));
        assertEquals("1 row cannot determine 2 parameters (1 weight and a bias): least squares needs at least as "
                + "many examples as parameters", single.getMessage());
        assertEquals(1, NormalEquations.solveWithoutBias(one).weights()[0], ROUNDING, "one row, one weight");
    }

    @Test
    void duplicateColumnIsSingular() {
        assertSingular(new double[][] {{2104, 2104}, {1600, 1600}, {2400, 2400}, {1416, 1416}}, "feature 2 of 2");
    }

    @Test
    void scaledCopyOfAColumnIsSingular() {
        assertSingular(new double[][] {{2104, 3, 4208}, {1600, 3, 3200}, {2400, 3.5, 4800}, {1416, 2, 2832},
            {3000, 4, 6000}}, "feature 3 of 3");
    }

    @Test
    void constantFeatureBesideTheBiasIsSingular() {
        // The first three houses all have 3 bathrooms: that column is 3 × the bias column.
        assertSingular(new double[][] {{2104, 3}, {1600, 3}, {2400, 3}},
                "the bias column (1 for every example; is a feature constant?)");
    }

    @Test
    void zeroColumnIsSingular() {
        RegressionData data = new RegressionData(new double[][] {{1, 0}, {2, 0}, {3, 0}}, new double[] {1, 2, 4});
        SingularSystemException e = assertThrows(SingularSystemException.class, () -> NormalEquations.solve(data));
        assertEquals("no unique solution: feature 2 of 2 is 0 in every example, so its weight can be anything",
                e.getMessage());
    }

    private static void assertSingular(double[][] x, String column) {
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 100 + i * i;
        }
        RegressionData data = new RegressionData(x, y);
        SingularSystemException e = assertThrows(SingularSystemException.class, () -> NormalEquations.solve(data),
                "singular: " + column);
        String message = e.getMessage();
        assertTrue(message.startsWith("no unique solution: " + column + " is (numerically) a linear combination of "
                + "the columns before it (relative pivot "), "message names " + column + ": " + message);
        assertTrue(message.endsWith(", below the threshold 1e-10)"), "message gives the threshold: " + message);
    }
}
