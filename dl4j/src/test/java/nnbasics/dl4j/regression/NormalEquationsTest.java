package nnbasics.dl4j.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** The closed-form least-squares fit against the guide's optimum and the closed form of the one-weight case. */
class NormalEquationsTest {

    /** The guide prints w with six decimals (0.058488). */
    private static final double GUIDE_WEIGHT_ROUNDING = 5e-7;
    /** The guide prints b with three decimals (247.263). */
    private static final double GUIDE_BIAS_ROUNDING = 5e-4;
    /** The guide prints the MSE with two decimals (447.29, 1406.05). */
    private static final double GUIDE_ERROR_ROUNDING = 0.005;
    /** cond(AᵀA) of the raw houses is about 1e9–1e10 (areas in the thousands next to a column of ones): ~1e−7 relative at worst. */
    private static final double NORMAL_EQUATIONS_RELATIVE = 1e-7;

    @Test
    void threeHousesGiveTheGuidesBestLine() {
        DataSet houses = HousePrices.threeHousesByArea();
        double[] theta = NormalEquations.solve(houses.getFeatures(), houses.getLabels());
        // Section 3: "The best possible line (least squares) is w ≈ 0.058488, b ≈ 247.263, MSE ≈ 447.29."
        assertEquals(2, theta.length, "[w, b]");
        assertEquals(0.058488, theta[0], GUIDE_WEIGHT_ROUNDING, "w");
        assertEquals(247.263, theta[1], GUIDE_BIAS_ROUNDING, "b");
        assertEquals(447.29, mse(houses, theta, true), GUIDE_ERROR_ROUNDING, "MSE at the optimum");
    }

    @Test
    void tenHousesWithTwoVariablesGiveTheGuidesError() {
        DataSet houses = HousePrices.tenHouses();
        double[] theta = NormalEquations.solve(houses.getFeatures(), houses.getLabels());
        // Section 5: "It converges to the least-squares fit, MSE ≈ 1406.05."
        assertEquals(3, theta.length, "[w1, w2, b]");
        assertEquals(1406.05, mse(houses, theta, true), GUIDE_ERROR_ROUNDING, "MSE of the two-variable fit");
    }

    @Test
    void theGradientVanishesAtTheSolution() {
        DataSet houses = HousePrices.tenHouses();
        double[] theta = NormalEquations.solve(houses.getFeatures(), houses.getLabels());
        // At the minimum of L, ∂L/∂θ = (2/N) Aᵀ(Aθ − y) = 0: a nudge of any parameter cannot lower the MSE.
        double best = mse(houses, theta, true);
        for (int p = 0; p < theta.length; p++) {
            for (double direction : new double[] {-1, 1}) {
                double[] nudged = theta.clone();
                nudged[p] += direction * Math.abs(theta[p]) * 1e-4;
                assertTrue(mse(houses, nudged, true) > best, "nudging parameter " + p + " by " + direction
                        + "·1e−4 relative should raise the MSE above " + best);
            }
        }
    }

    @Test
    void withoutBiasTheOneWeightIsSumOfProductsOverSumOfSquares() {
        DataSet houses = HousePrices.threeHousesByArea();
        double[] x = HousePrices.valuesOf(houses.getFeatures());
        double[] y = HousePrices.valuesOf(houses.getLabels());
        double xy = 0;
        double xx = 0;
        for (int i = 0; i < x.length; i++) {
            xy += x[i] * y[i];
            xx += x[i] * x[i];
        }
        double[] w = NormalEquations.solveWithoutBias(houses.getFeatures(), houses.getLabels());
        // Closed form of min_w Σ (w·x − y)²: w = Σ x·y / Σ x².
        assertEquals(1, w.length, "[w]");
        assertEquals(xy / xx, w[0], xy / xx * NORMAL_EQUATIONS_RELATIVE, "w without bias");
    }

    @Test
    void fewerRowsThanParametersIsSingular() {
        INDArray x = Nd4j.create(new double[][] {{1, 2, 3}, {4, 5, 7}, {1, 1, 2}});
        INDArray y = Nd4j.create(new double[][] {{1}, {2}, {3}});
        SingularSystemException e = assertThrows(SingularSystemException.class, () -> NormalEquations.solve(x, y),
                "three rows, four parameters");
        assertEquals("3 rows cannot determine 4 parameters", e.getMessage(), "message");
    }

    @Test
    void collinearFeaturesAreSingular() {
        DataSet houses = HousePrices.tenHouses();
        INDArray area = houses.getFeatures().getColumns(0);
        INDArray twiceTheArea = Nd4j.hstack(area, area.mul(2));                // column 2 = 2 · column 1
        SingularSystemException e = assertThrows(SingularSystemException.class,
                () -> NormalEquations.solve(twiceTheArea, houses.getLabels()), "area and 2·area");
        assertTrue(e.getMessage().contains("singular"), "the message should say singular: " + e.getMessage());
        INDArray constant = Nd4j.hstack(area, Nd4j.ones(10, 1).mul(3));          // a constant feature duplicates the bias
        assertThrows(SingularSystemException.class, () -> NormalEquations.solve(constant, houses.getLabels()),
                "a constant feature next to the bias");
    }

    /** (1/N) Σ (x·w + b − y)², written out. */
    private static double mse(DataSet data, double[] theta, boolean hasBias) {
        double[][] x = HousePrices.rowsOf(data.getFeatures());
        double[] y = HousePrices.valuesOf(data.getLabels());
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double prediction = hasBias ? theta[x[i].length] : 0;
            for (int j = 0; j < x[i].length; j++) {
                prediction += x[i][j] * theta[j];
            }
            sum += (prediction - y[i]) * (prediction - y[i]);
        }
        return sum / x.length;
    }
}
