package nnbasics.dl4j.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** The DL4J trainer against the guide's numbers and against a plain-Java gradient-descent loop. */
class RegressionTrainerTest {

    /** Both engines do the same double-precision arithmetic in a different order: rounding only (ε ≈ 2.2e−16), amplified by at most a few orders over 1000 contracting steps. */
    private static final double SAME_TRAJECTORY_RELATIVE = 1e-12;
    /** The guide prints the error with two decimals. */
    private static final double GUIDE_ERROR_ROUNDING = 0.005;
    /** Section 4's rates on ½·MSE (the guide's widget): 1e−8 for the weight, 1 for the bias. */
    private static final double GUIDE_WEIGHT_RATE_HALF_MSE = 1e-8;
    private static final double GUIDE_BIAS_RATE_HALF_MSE = 1;
    /** Section 5's rates on ½·MSE: 1e−8 for the area, 0.01 for the bathrooms, 1 for the bias. */
    private static final double[] GUIDE_TWO_VARIABLE_RATES_HALF_MSE = {1e-8, 0.01};
    /** Gradient descent on MSE = 2·(½·MSE) follows the same trajectory with half the rates. */
    private static final double HALF_MSE_TO_MSE = 0.5;
    private static final int STEPS = 1000;
    /** Dividing by s_j and multiplying back: two roundings of values below 100, a few ulp at most. */
    private static final double ROUND_TRIP_ABSOLUTE = 1e-13;

    @Test
    void lossMatchesTheGuidesErrorTable() {
        DataSet houses = HousePrices.threeHousesByArea();
        RegressionTrainer trainer = new RegressionTrainer(houses, new LinearModel(new double[] {0.180}, 0),
                new LearningRates(new double[] {1e-9}, 1).withoutBias());
        // Section 2: at w = 0.180 (no bias) the mean of the squared errors is 2057.73.
        assertEquals(2057.73, trainer.loss(), GUIDE_ERROR_ROUNDING, "MSE at w = 0.180, b = 0");
    }

    @Test
    void stepReturnsTheLossBeforeTheUpdate() {
        DataSet houses = HousePrices.threeHousesByArea();
        RegressionTrainer trainer = new RegressionTrainer(houses, new LinearModel(new double[] {0.1}, 150),
                new LearningRates(new double[] {1e-9}, 1e-3));
        double before = trainer.loss();
        // Section 3: the dials start at w = 0.1, b = 150, where the error is 799.09.
        assertEquals(799.09, before, GUIDE_ERROR_ROUNDING, "MSE at w = 0.1, b = 150");
        double returned = trainer.step();
        assertEquals(before, returned, 0, "step() must return the loss at the parameters it started from");
        assertTrue(trainer.loss() < before, "the loss after one step (" + trainer.loss() + ") should be below " + before);
    }

    @Test
    void guideWidgetRatesOnThreeHousesFollowThePlainJavaLoop() {
        DataSet houses = HousePrices.threeHousesByArea();
        double[] weightRates = {GUIDE_WEIGHT_RATE_HALF_MSE * HALF_MSE_TO_MSE}; // 5e−9 on MSE
        double biasRate = GUIDE_BIAS_RATE_HALF_MSE * HALF_MSE_TO_MSE;         // 0.5 on MSE
        // Section 4: the dials start at w = 0, b = 0. No parameter crosses zero: plain relative difference.
        assertSameTrajectory(houses, LinearModel.zero(1), new LearningRates(weightRates, biasRate), Scale.OWN_VALUE);
    }

    @Test
    void guideTwoVariableRatesOnTenHousesFollowThePlainJavaLoop() {
        DataSet houses = HousePrices.tenHouses();
        double[] weightRates = {GUIDE_TWO_VARIABLE_RATES_HALF_MSE[0] * HALF_MSE_TO_MSE,
            GUIDE_TWO_VARIABLE_RATES_HALF_MSE[1] * HALF_MSE_TO_MSE};          // 5e−9 and 0.005 on MSE: s = (1e−3, 1)
        double biasRate = GUIDE_BIAS_RATE_HALF_MSE * HALF_MSE_TO_MSE;
        // Section 5: starting at zero. b rises, then crosses zero on its way to −29.6 (step 1000) and 3.58 (the
        // optimum): near the crossing a difference of rounding size is large relative to b itself, so b is compared
        // relative to the largest |b| reached so far.
        assertSameTrajectory(houses, LinearModel.zero(2), new LearningRates(weightRates, biasRate), Scale.LARGEST_SO_FAR);
    }

    @Test
    void oneWeightWithoutBiasFollowsThePlainJavaLoop() {
        DataSet houses = HousePrices.threeHousesByArea();
        // Section 1's model ŷ = w·x: DL4J has no bias parameter; the plain loop keeps b = 0 with bias rate 0.
        assertSameTrajectory(houses, LinearModel.zero(1), new LearningRates(new double[] {5e-9}, 0.5).withoutBias(),
                Scale.OWN_VALUE);
    }

    @Test
    void startingAtZeroTheFirstLossIsTheMeanSquaredPrice() {
        DataSet houses = HousePrices.tenHouses();
        RegressionTrainer trainer = new RegressionTrainer(houses, LinearModel.zero(2),
                new LearningRates(new double[] {5e-9, 5e-3}, 0.5));
        // Section 5: "Starting at zero, the error is ≈ 108,268" (the guide rounds to whole units).
        assertEquals(108_268, trainer.step(), 0.5, "MSE at w = 0, b = 0 on the ten houses");
    }

    @Test
    void rejectsInconsistentArguments() {
        INDArray x = Nd4j.create(new double[][] {{1, 2}, {3, 4}, {5, 7}});
        DataSet data = new DataSet(x, Nd4j.create(new double[][] {{1}, {2}, {3}}));
        LearningRates rates = LearningRates.uniform(2, 1);
        assertThrows(IllegalArgumentException.class,
                () -> new RegressionTrainer(data, LinearModel.zero(1), rates), "one start weight for two features");
        assertThrows(IllegalArgumentException.class,
                () -> new RegressionTrainer(new DataSet(x, Nd4j.create(new double[][] {{1}, {2}})), LinearModel.zero(2),
                        rates), "two targets for three examples");
        assertThrows(IllegalArgumentException.class,
                () -> new RegressionTrainer(data, LinearModel.zero(2), LearningRates.uniform(1, 1)),
                "one weight rate for two features");
        assertThrows(IllegalArgumentException.class,
                () -> new RegressionTrainer(data, LinearModel.zero(2), new LearningRates(new double[] {1, 0}, 1)),
                "a weight rate of 0");
    }

    @Test
    void withoutBiasTheLayerHasNoBiasParameter() {
        DataSet houses = HousePrices.threeHousesByArea();
        LearningRates rates = LearningRates.fromHalfMse(new double[] {1e-8}, 1).withoutBias();
        RegressionTrainer trainer = new RegressionTrainer(houses, LinearModel.zero(1), rates);
        assertFalse(trainer.network().paramTable().containsKey(LinearModel.BIAS_KEY),
                "withoutBias() from b = 0 must build the layer without \"0_b\" (ŷ = x·w)");
        assertEquals(1, trainer.network().numParams(), "one parameter: w");
        trainer.step();
        assertEquals(0, trainer.bias(), 0, "the bias of a model without one reads 0");
    }

    @Test
    void aZeroBiasRateFromANonZeroBiasKeepsTheBiasWhereItStarts() {
        DataSet houses = HousePrices.threeHousesByArea();
        LearningRates rates = LearningRates.fromHalfMse(new double[] {1e-8}, 1).withoutBias();
        RegressionTrainer trainer = new RegressionTrainer(houses, new LinearModel(new double[] {0.1}, 150), rates);
        assertTrue(trainer.network().paramTable().containsKey(LinearModel.BIAS_KEY), "b = 150 needs \"0_b\"");
        for (int step = 0; step < 3; step++) {
            trainer.step();
        }
        // b ← b − 0·∂L/∂b = b exactly, as the hand-written twin's b ← b − η_b ∂L/∂b with η_b = 0
        assertEquals(150, trainer.bias(), 0, "Sgd(0) never moves the bias");
    }

    /** What a difference is relative to. */
    private enum Scale {
        /** |a − b| / max(|a|, |b|): the plain relative difference. */
        OWN_VALUE,
        /** |a − b| / max(|a|, |b|, largest |value| of this parameter so far): for a parameter that crosses zero. */
        LARGEST_SO_FAR
    }

    /**
     * Runs the trainer and, beside it, gradient descent on MSE written out in plain Java with one rate per
     * weight; the loss each step returns and the parameters after it must agree at every step.
     */
    private static void assertSameTrajectory(DataSet houses, LinearModel start, LearningRates rates, Scale scale) {
        RegressionTrainer trainer = new RegressionTrainer(houses, start, rates);
        double[] weightRates = rates.weights();
        double[][] x = HousePrices.rowsOf(houses.getFeatures());
        double[] y = HousePrices.valuesOf(houses.getLabels());
        int n = x.length;
        double[] w = start.weights();
        double b = start.bias();
        double plainBiasRate = rates.bias();
        double[] largestWeights = new double[w.length];
        double largestBias = 0;
        for (int step = 1; step <= STEPS; step++) {
            double[] residual = new double[n];                      // ŷ_i − y_i
            double loss = 0;                                        // L = (1/n) Σ (ŷ − y)²
            for (int i = 0; i < n; i++) {
                double prediction = b;
                for (int j = 0; j < w.length; j++) {
                    prediction += x[i][j] * w[j];
                }
                residual[i] = prediction - y[i];
                loss += residual[i] * residual[i] / n;
            }
            double[] dW = new double[w.length];                     // ∂L/∂w_j = (2/n) Σ (ŷ − y) x_j
            double dB = 0;                                          // ∂L/∂b = (2/n) Σ (ŷ − y)
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < w.length; j++) {
                    dW[j] += 2 * residual[i] * x[i][j] / n;
                }
                dB += 2 * residual[i] / n;
            }
            for (int j = 0; j < w.length; j++) {
                w[j] -= weightRates[j] * dW[j];
            }
            b -= plainBiasRate * dB;

            double dl4jLoss = trainer.step();
            assertClose(loss, dl4jLoss, 0, "loss before step " + step);
            double[] dl4jWeights = trainer.weights();
            for (int j = 0; j < w.length; j++) {
                largestWeights[j] = Math.max(largestWeights[j], Math.abs(w[j]));
                assertClose(w[j], dl4jWeights[j], scale == Scale.LARGEST_SO_FAR ? largestWeights[j] : 0,
                        "w" + (j + 1) + " after step " + step);
            }
            largestBias = Math.max(largestBias, Math.abs(b));
            assertClose(b, trainer.bias(), scale == Scale.LARGEST_SO_FAR ? largestBias : 0, "b after step " + step);
        }
    }

    private static void assertClose(double expected, double actual, double floor, String what) {
        double scale = Math.max(Math.max(Math.abs(expected), Math.abs(actual)), floor);
        double relative = scale == 0 ? 0 : Math.abs(expected - actual) / scale;
        assertTrue(relative <= SAME_TRAJECTORY_RELATIVE, what + ": plain Java " + expected + ", DL4J " + actual
                + ", relative difference " + relative);
    }

    @Test
    void weightsAreReadBackInRawUnits() {
        DataSet houses = HousePrices.tenHouses();
        double[] start = {0.1, 20};
        RegressionTrainer trainer = new RegressionTrainer(houses, new LinearModel(start, 30),
                new LearningRates(new double[] {5e-9, 5e-3}, 0.5));
        // The network holds w'_1 = 0.1 / s_1 with s_1 = √(5e−9 / 5e−3) = 1e−3; weights() multiplies back.
        assertArrayEquals(start, trainer.weights(), ROUND_TRIP_ABSOLUTE, "start weights read back through the reparametrisation");
        assertEquals(30, trainer.bias(), 0, "start bias");
    }
}
