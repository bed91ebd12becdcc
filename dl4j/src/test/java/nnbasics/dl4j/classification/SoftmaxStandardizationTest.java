package nnbasics.dl4j.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnbasics.dl4j.features.Standardizer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

class SoftmaxStandardizationTest {

    /** Means and deviations of ten numbers of size ≤ 3000, summed in another order: a few ulps, relative. */
    private static final double ROUNDING = 1e-13;

    /** The population mean and standard deviation (divide by N) of each column, in plain Java. */
    private static double[][] populationMeanAndStd(double[][] x) {
        int n = x.length;
        int m = x[0].length;
        double[] mean = new double[m];
        double[] std = new double[m];
        for (int j = 0; j < m; j++) {
            for (double[] row : x) {
                mean[j] += row[j] / n;
            }
            for (double[] row : x) {
                std[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
            std[j] = Math.sqrt(std[j]);
        }
        return new double[][] {mean, std};
    }

    @Test
    void normalizerStandardizeUsesThePopulationStandardDeviation() {
        DataSet houses = Houses.labelled();
        Standardizer normalizer = Standardizer.fit(houses.getFeatures());
        // Closed form: μ_j = Σ x_ij / N, σ_j = √(Σ (x_ij − μ_j)² / N) — N = 10, not N − 1 = 9 (which is √(10/9) ≈
        // 5 % larger).
        double[][] expected = populationMeanAndStd(houses.getFeatures().toDoubleMatrix());
        assertTrue(Plain.relativeDifference(normalizer.means(), expected[0]) <= ROUNDING,
                "the mean of area, bathrooms");
        assertTrue(Plain.relativeDifference(normalizer.standardDeviations(), expected[1]) <= ROUNDING,
                "σ of area, bathrooms is not the population standard deviation");
    }

    @Test
    void transformGivesZScoresAndLeavesTheInputAlone() {
        DataSet houses = Houses.labelled();
        double[][] raw = houses.getFeatures().toDoubleMatrix();
        DataSet standardized = Standardizer.fit(houses.getFeatures()).transform(houses);
        // Closed form: z_ij = (x_ij − μ_j)/σ_j with the population σ.
        double[][] stats = populationMeanAndStd(raw);
        double[][] expected = new double[raw.length][2];
        for (int i = 0; i < raw.length; i++) {
            for (int j = 0; j < 2; j++) {
                expected[i][j] = (raw[i][j] - stats[0][j]) / stats[1][j];
            }
        }
        assertTrue(Plain.relativeDifference(standardized.getFeatures().toDoubleMatrix(), expected) <= ROUNDING,
                "the standardised features are not (x − μ)/σ");
        assertArrayEquals(raw, houses.getFeatures().toDoubleMatrix(), "transform changed its input");
        assertArrayEquals(houses.getLabels().toDoubleMatrix(), standardized.getLabels().toDoubleMatrix(),
                "transform changed the labels");
    }

    @Test
    void rawUnitsGiveTheSameProbabilitiesOnRawFeatures() {
        DataSet houses = Houses.labelled();
        Standardizer normalizer = Standardizer.fit(houses.getFeatures());
        double[][] z = normalizer.transform(houses).getFeatures().toDoubleMatrix();
        double[][] w = {{0.8, -1.1}, {-0.3, 0.45}};
        double[] b = {0.2, -0.1};
        double[][] rawW = normalizer.rawWeights(w);
        double[] rawB = normalizer.rawBias(w, b);
        // Closed form: x W_raw + b_raw = z W + b for every house, so the probabilities agree.
        double[][] expected = Plain.probabilities(z, w, b);
        double[][] actual = Plain.probabilities(houses.getFeatures().toDoubleMatrix(), rawW, rawB);
        assertTrue(Plain.relativeDifference(actual, expected) <= ROUNDING,
                "probabilities from W_raw, b_raw on raw x differ from W, b on standardised z");
    }
}
