package nnbasics.handwritten.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Sections 2, 3 and 5 of the guide: the error table and the MSE; the gradient against finite differences. */
class MeanSquaredErrorTest {

    /** The guide prints the table and the MSE to two decimals: half a unit in that place. */
    private static final double GUIDE_TWO_DECIMALS = 0.005;
    /** The guide prints whole numbers ("2,058", "108,268"): half a unit. */
    private static final double GUIDE_WHOLE_NUMBER = 0.5;
    /** Sums of a few products of numbers in the hundreds: rounding well below 1e-12 relative. */
    private static final double ROUNDING = 1e-12;
    /**
     * MSE is quadratic in (w, b), so the central difference (L(θ+h) − L(θ−h)) / 2h has no truncation error; what
     * remains is rounding, about 1e−16 · L / h ≈ 1e−11 of the gradient with the steps below.
     */
    private static final double FINITE_DIFFERENCE = 1e-7;

    @Test
    void errorTableAtTheGuidesWeight() {
        List<ErrorRow> table = MeanSquaredError.table(new LinearModel(new double[] {0.180}, 0),
                Houses.areaOfFirstThree());
        // Guide, section 2, the table at w = 0.180: {area, price, prediction, error, error²}.
        double[][] guide = {
            {2104, 399.9, 378.72, 21.18, 448.59},
            {1600, 329.9, 288.00, 41.90, 1755.61},
            {2400, 369.0, 432.00, -63.00, 3969.00}};
        assertEquals(3, table.size(), "rows");
        for (int i = 0; i < 3; i++) {
            ErrorRow row = table.get(i);
            String where = "row " + (i + 1) + ", ";
            assertArrayEquals(new double[] {guide[i][0]}, row.features(), 0, where + "area");
            assertEquals(guide[i][1], row.actual(), GUIDE_TWO_DECIMALS, where + "price");
            assertEquals(guide[i][2], row.prediction(), GUIDE_TWO_DECIMALS, where + "prediction");
            assertEquals(guide[i][3], row.error(), GUIDE_TWO_DECIMALS, where + "error = actual − prediction");
            assertEquals(guide[i][4], row.squaredError(), GUIDE_TWO_DECIMALS, where + "error²");
        }
    }

    @Test
    void mseAtTheGuidesWeight() {
        double mse = MeanSquaredError.loss(new LinearModel(new double[] {0.180}, 0), Houses.areaOfFirstThree());
        // Guide, section 2: 2057.73, shown as "2,058".
        assertEquals(2057.73, mse, GUIDE_TWO_DECIMALS, "MSE at w = 0.180");
        assertEquals(2058, mse, GUIDE_WHOLE_NUMBER, "MSE at w = 0.180, as the guide shows it");
        // Closed form: (21.18² + 41.9² + 63²) / 3, with no factor ½.
        double closedForm = (21.18 * 21.18 + 41.9 * 41.9 + 63.0 * 63.0) / 3;
        assertEquals(closedForm, mse, ROUNDING * closedForm, "MSE is the plain mean of the squared errors");
    }

    @Test
    void mseWhereTheDialsStart() {
        double mse = MeanSquaredError.loss(new LinearModel(new double[] {0.1}, 150), Houses.areaOfFirstThree());
        // Guide, section 3: the dials start at w = 0.1, b = 150, where the error is 799.09.
        assertEquals(799.09, mse, GUIDE_TWO_DECIMALS, "MSE at (0.1, 150)");
    }

    @Test
    void mseAtZeroWithTwoFeatures() {
        double mse = MeanSquaredError.loss(LinearModel.zero(2), Houses.areaAndBathrooms());
        // Guide, section 5: starting at zero, the error is ≈ 108,268.
        assertEquals(108_268, mse, GUIDE_WHOLE_NUMBER, "MSE at zero on the ten houses");
    }

    @Test
    void gradientByTheFormulaOnASmallExample() {
        // x = (1, 2), (3, 4); y = 1, 2; w = (0.5, −1), b = 2: ŷ = 0.5 − 2 + 2 = 0.5 and 1.5 − 4 + 2 = −0.5;
        // ŷ − y = −0.5, −2.5.
        RegressionData data = new RegressionData(new double[][] {{1, 2}, {3, 4}}, new double[] {1, 2});
        Gradient g = MeanSquaredError.gradient(new LinearModel(new double[] {0.5, -1}, 2), data);
        // Closed form (2/n) Σ (ŷ−y) x_j with n = 2: −0.5·1 − 2.5·3 = −8, −0.5·2 − 2.5·4 = −11; bias −0.5 − 2.5 = −3.
        assertArrayEquals(new double[] {-8, -11}, g.weights(), ROUNDING, "∂L/∂w");
        assertEquals(-3, g.bias(), ROUNDING, "∂L/∂b");
        // (0.25 + 6.25) / 2
        assertEquals(3.25, MeanSquaredError.loss(new LinearModel(new double[] {0.5, -1}, 2), data), ROUNDING,
                "loss");
    }

    @Test
    void gradientMatchesCentralDifferences() {
        assertGradientMatchesFiniteDifferences(Houses.areaOfFirstThree(), new LinearModel(new double[] {0.1}, 150));
        assertGradientMatchesFiniteDifferences(Houses.areaOfFirstThree(), LinearModel.zero(1));
        assertGradientMatchesFiniteDifferences(Houses.areaAndBathrooms(), LinearModel.zero(2));
        assertGradientMatchesFiniteDifferences(Houses.areaAndBathrooms(),
                new LinearModel(new double[] {0.2, -12}, 30));
    }

    private static void assertGradientMatchesFiniteDifferences(RegressionData data, LinearModel model) {
        Gradient g = MeanSquaredError.gradient(model, data);
        double[] w = model.weights();
        for (int j = 0; j <= w.length; j++) {
            double[] theta = new double[w.length + 1];
            System.arraycopy(w, 0, theta, 0, w.length);
            theta[w.length] = model.bias();
            double h = 1e-3 * Math.max(1, Math.abs(theta[j]));
            theta[j] += h;
            double plus = MeanSquaredError.loss(modelOf(theta), data);
            theta[j] -= 2 * h;
            double minus = MeanSquaredError.loss(modelOf(theta), data);
            double numeric = (plus - minus) / (2 * h);                          // central difference
            double analytic = j < w.length ? g.weights()[j] : g.bias();
            assertEquals(numeric, analytic, FINITE_DIFFERENCE * Math.max(1, Math.abs(numeric)),
                    (j < w.length ? "∂L/∂w_" + (j + 1) : "∂L/∂b") + " at " + model);
        }
    }

    private static LinearModel modelOf(double[] theta) {
        double[] w = new double[theta.length - 1];
        System.arraycopy(theta, 0, w, 0, w.length);
        return new LinearModel(w, theta[w.length]);
    }

    @Test
    void rejectsAModelWithTheWrongNumberOfWeights() {
        assertThrows(IllegalArgumentException.class,
                () -> MeanSquaredError.loss(LinearModel.zero(2), Houses.areaOfFirstThree()), "2 weights, 1 feature");
    }
}
