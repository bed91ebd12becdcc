package nnbasics.dl4j.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nnbasics.dl4j.features.Standardizer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** {@link Standardizer}: standardisation with NormalizerStandardize and the map back to raw units. */
class StandardizerTest {

    /** Sums of ten values of order 1e3: rounding only. */
    private static final double ROUNDING_RELATIVE = 1e-12;
    /** Standardised columns have mean 0 up to rounding of values of order 1. */
    private static final double ZERO_MEAN = 1e-14;
    /** cond(AᵀA) of the raw ten-house system is about 1e9, so its normal-equations solve carries ~1e−7 relative error. */
    private static final double NORMAL_EQUATIONS_RELATIVE = 1e-7;

    @Test
    void meansAndPopulationDeviationsOfTheTenHouses() {
        INDArray features = HousePrices.tenHouses().getFeatures();
        Standardizer standardization = Standardizer.fit(features);
        double[][] x = features.toDoubleMatrix();
        for (int j = 0; j < 2; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j] / x.length;
            }
            double squares = 0;
            for (double[] row : x) {
                squares += (row[j] - mean) * (row[j] - mean);
            }
            double sigma = Math.sqrt(squares / x.length);                       // population σ, divided by N
            assertEquals(mean, standardization.means()[j], mean * ROUNDING_RELATIVE, "μ of column " + j);
            assertEquals(sigma, standardization.standardDeviations()[j], sigma * ROUNDING_RELATIVE, "σ of column " + j);
        }
    }

    @Test
    void transformedColumnsHaveMeanZeroAndUnitDeviation() {
        INDArray features = HousePrices.tenHouses().getFeatures();
        INDArray original = features.dup();
        Standardizer standardization = Standardizer.fit(features);
        INDArray z = standardization.transform(features);
        assertEquals(original, features, "transform must not change its input");
        for (int j = 0; j < 2; j++) {
            INDArray column = z.getColumn(j);
            assertEquals(0, column.meanNumber().doubleValue(), ZERO_MEAN, "mean of standardised column " + j);
            double populationSigma = Math.sqrt(column.mul(column).meanNumber().doubleValue());
            assertEquals(1, populationSigma, ROUNDING_RELATIVE, "population σ of standardised column " + j);
        }
    }

    @Test
    void mappedBackWeightsGiveIdenticalPredictions() {
        DataSet houses = HousePrices.tenHouses();
        Standardizer standardization = Standardizer.fit(houses.getFeatures());
        INDArray z = standardization.transform(houses.getFeatures());
        // A model trained on standardised features: 200 steps of gradient descent, one rate for all (s = 1).
        RegressionTrainer trainer = new RegressionTrainer(new DataSet(z, houses.getLabels()), LinearModel.zero(2),
                LearningRates.uniform(2, 0.1));
        for (int step = 0; step < 200; step++) {
            trainer.step();
        }
        double[] w = trainer.weights();
        double b = trainer.bias();
        double[] rawW = standardization.rawWeights(w);
        double rawB = standardization.rawBias(w, b);

        double[] standardizedPredictions = trainer.predictions();
        double[][] x = HousePrices.rowsOf(houses.getFeatures());
        for (int i = 0; i < x.length; i++) {
            double rawPrediction = rawB + rawW[0] * x[i][0] + rawW[1] * x[i][1];
            assertEquals(standardizedPredictions[i], rawPrediction, Math.abs(rawPrediction) * ROUNDING_RELATIVE,
                    "prediction for house " + (i + 1) + ": standardised model vs raw weights " + rawW[0] + ", "
                    + rawW[1] + ", bias " + rawB);
        }
    }

    @Test
    void theOptimumInStandardUnitsMapsToTheRawOptimum() {
        DataSet houses = HousePrices.tenHouses();
        Standardizer standardization = Standardizer.fit(houses.getFeatures());
        double[] standardized = NormalEquations.solve(standardization.transform(houses.getFeatures()), houses.getLabels());
        double[] raw = NormalEquations.solve(houses.getFeatures(), houses.getLabels());
        double[] w = {standardized[0], standardized[1]};
        double[] mapped = standardization.rawWeights(w);
        // Least squares is equivariant under an affine change of features: the same line in other units.
        double tolerance = NORMAL_EQUATIONS_RELATIVE;
        assertEquals(raw[0], mapped[0], Math.abs(raw[0]) * tolerance, "w_area");
        assertEquals(raw[1], mapped[1], Math.abs(raw[1]) * tolerance, "w_bathrooms");
        assertEquals(raw[2], standardization.rawBias(w, standardized[2]), Math.abs(raw[2]) * tolerance, "b");
    }

    @Test
    void aConstantFeatureIsRejected() {
        INDArray features = Nd4j.create(new double[][] {{2104, 3}, {1600, 3}, {2400, 3}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(features),
                "bathrooms = 3 for every house");
        assertEquals("feature column 2 is constant (every value is 3.0): its standard deviation is 0, so it cannot be standardised",
                e.getMessage(), "message");
    }
}
