package nnbasics.handwritten.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Standardisation against closed forms worked out by hand. */
class StandardizerTest {

    /** A few additions and one square root on small numbers: rounding of order 1e-16, with room to spare. */
    private static final double ROUNDING = 1e-12;

    /**
     * Columns: 1, 2, 3 → μ = 2, Σ(x−μ)² = 2, σ = √(2/3); 10, 20, 60 → μ = 30, Σ(x−μ)² = 400 + 100 + 900 = 1400,
     * σ = √(1400/3) (population: divide by n = 3).
     */
    private static final double[][] SMALL = {{1, 10}, {2, 20}, {3, 60}};

    @Test
    void meansAndPopulationStandardDeviations() {
        Standardizer s = Standardizer.fit(SMALL);
        // Closed form, see SMALL.
        assertArrayEquals(new double[] {2, 30}, s.means(), ROUNDING, "means");
        assertArrayEquals(new double[] {Math.sqrt(2.0 / 3), Math.sqrt(1400.0 / 3)}, s.standardDeviations(), ROUNDING,
                "population standard deviations");
    }

    @Test
    void transformGivesMeanZeroAndStandardDeviationOne() {
        double[][] z = Standardizer.fit(SMALL).transform(SMALL);
        // Closed form: first column (x − 2)/√(2/3).
        assertArrayEquals(new double[] {-Math.sqrt(1.5), 0, Math.sqrt(1.5)},
                new double[] {z[0][0], z[1][0], z[2][0]}, ROUNDING, "first column");
        for (int j = 0; j < 2; j++) {
            double mean = 0;
            double squares = 0;
            for (double[] row : z) {
                mean += row[j] / z.length;
            }
            for (double[] row : z) {
                squares += (row[j] - mean) * (row[j] - mean) / z.length;
            }
            // By construction of z: mean 0, population standard deviation 1.
            assertEquals(0, mean, ROUNDING, "mean of column " + j);
            assertEquals(1, Math.sqrt(squares), ROUNDING, "standard deviation of column " + j);
        }
    }

    @Test
    void rawWeightsAndBiasGiveTheSamePredictions() {
        Standardizer s = Standardizer.fit(SMALL);
        double[] w = {0.7, -1.3};
        double b = 4.5;
        double[] rawW = s.rawWeights(w);
        double rawB = s.rawBias(w, b);
        // Closed form of the map: w_raw_j = w_j / σ_j.
        assertArrayEquals(new double[] {0.7 / Math.sqrt(2.0 / 3), -1.3 / Math.sqrt(1400.0 / 3)}, rawW, ROUNDING,
                "raw weights");
        assertSamePredictions(s, w, b, rawW, rawB, SMALL);
        assertSamePredictions(s, w, b, rawW, rawB, new double[][] {{0, 0}, {-5, 100}, {2.5, 33}});
    }

    private static void assertSamePredictions(Standardizer s, double[] w, double b, double[] rawW, double rawB,
                                              double[][] x) {
        double[][] z = s.transform(x);
        for (int i = 0; i < x.length; i++) {
            double standardised = w[0] * z[i][0] + w[1] * z[i][1] + b;
            double raw = rawW[0] * x[i][0] + rawW[1] * x[i][1] + rawB;
            // The two models are algebraically the same (see Standardizer's javadoc).
            assertEquals(standardised, raw, ROUNDING * Math.max(1, Math.abs(standardised)),
                    "prediction for " + Arrays.toString(x[i]));
        }
    }

    @Test
    void constantColumnCannotBeStandardised() {
        double[][] features = {{1, 0.1, 5}, {2, 0.1, 6}, {3, 0.1, 9}};
        ConstantFeatureException e = assertThrows(ConstantFeatureException.class, () -> Standardizer.fit(features));
        assertEquals(1, e.column(), "index of the constant column");
        assertEquals("feature 1 (0-based) has the value 0.1 in every example: its standard deviation is 0, so it "
                + "cannot be standardised; remove it", e.getMessage());
    }

    @Test
    void oneExampleMakesEveryFeatureConstant() {
        ConstantFeatureException e = assertThrows(ConstantFeatureException.class,
                () -> Standardizer.fit(new double[][] {{4, 5}}));
        assertEquals(0, e.column(), "first constant column");
    }

    @Test
    void wrongShapesAreRejected() {
        Standardizer s = Standardizer.fit(SMALL);
        assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(new double[][] {{1, 2}, {3}}), "ragged");
        assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(new double[0][]), "empty");
        assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(new double[][] {{1}, {Double.NaN}}),
                "NaN");
        assertThrows(IllegalArgumentException.class, () -> s.transform(new double[][] {{1, 2, 3}}), "3 features");
        assertThrows(IllegalArgumentException.class, () -> s.rawWeights(new double[] {1}), "1 weight");
        assertThrows(IllegalArgumentException.class, () -> new Standardizer(new double[] {0}, new double[] {0}),
                "σ = 0");
    }

    @Test
    void isImmutable() {
        double[] means = {1, 2};
        Standardizer s = new Standardizer(means, new double[] {3, 4});
        means[0] = 99;
        s.means()[1] = 99;
        assertArrayEquals(new double[] {1, 2}, s.means(), 0, "means unchanged");
        assertEquals(new Standardizer(new double[] {1, 2}, new double[] {3, 4}), s, "value equality");
    }
}
