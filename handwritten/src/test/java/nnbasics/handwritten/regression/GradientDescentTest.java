package nnbasics.handwritten.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sections 4 and 5 of the guide: gradient descent with the widget's learning rates. */
class GradientDescentTest {

    /** Section 4's widget rates, on ½·MSE: 1e−8 for the weight, 1 for the bias. */
    private static final double[] SECTION_4_WEIGHT_RATES = {1e-8};
    /** Section 5's widget rates, on ½·MSE: 1e−8 for w1 (area), 0.01 for w2 (bathrooms); the bias rate is 1. */
    private static final double[] SECTION_5_WEIGHT_RATES = {1e-8, 0.01};
    private static final double WIDGET_BIAS_RATE = 1;
    /** The brief's number of steps for sections 4 and 5 ("after thousands of steps", guide section 4). */
    private static final int STEPS = 20_000;
    /** The brief's convergence criterion: every parameter within 1e-6 of the closed form, relatively. */
    private static final double CONVERGED = 1e-6;
    /**
     * On MSE with half the rates, each update is (η/2)·(2/n)Σ… instead of η·(1/n)Σ…: the same numbers up to
     * factors of two, which are exact in binary, so the trajectories agree to the last bit; 1e-12 leaves room
     * for a different order of operations.
     */
    private static final double SAME_ARITHMETIC = 1e-12;
    /** Near the minimum the loss changes by less than its rounding (≈ 1e-16 relative); allow that much rise. */
    private static final double LOSS_ROUNDING = 1e-12;
    /** The guide prints the MSE to two decimals: half a unit in that place. */
    private static final double GUIDE_TWO_DECIMALS = 0.005;
    /** The guide prints the MSE at zero as a whole number (108,268): half a unit. */
    private static final double GUIDE_WHOLE_NUMBER = 0.5;
    /** Sums of a few products: rounding well below 1e-12 relative. */
    private static final double ROUNDING = 1e-12;

    @Test
    void halfMseRatesGiveTheWidgetsTrajectoryInSectionFour() {
        assertSameTrajectoryAsTheWidget(Houses.areaOfFirstThree(), SECTION_4_WEIGHT_RATES, WIDGET_BIAS_RATE);
    }

    @Test
    void halfMseRatesGiveTheWidgetsTrajectoryInSectionFive() {
        assertSameTrajectoryAsTheWidget(Houses.areaAndBathrooms(), SECTION_5_WEIGHT_RATES, WIDGET_BIAS_RATE);
    }

    /**
     * The guide's widget (section 4), written out here: full-batch gradient descent on ½·MSE,
     * w_j ← w_j − η_j (1/n) Σ_i (ŷ_i − y_i) x_ij, b ← b − η_b (1/n) Σ_i (ŷ_i − y_i), compared with
     * GradientDescent on MSE with {@link LearningRates#fromHalfMse} of the same rates, for 100 steps.
     */
    private static void assertSameTrajectoryAsTheWidget(RegressionData data, double[] widgetRates, double widgetBias) {
        double[][] x = data.features();
        double[] y = data.targets();
        int n = y.length;
        double[] w = new double[widgetRates.length];
        double b = 0;
        LinearModel model = LinearModel.zero(w.length);
        LearningRates rates = LearningRates.fromHalfMse(widgetRates, widgetBias);
        for (int step = 1; step <= 100; step++) {
            double[] dW = new double[w.length];
            double dB = 0;
            for (int i = 0; i < n; i++) {
                double prediction = 0;
                for (int j = 0; j < w.length; j++) {
                    prediction += x[i][j] * w[j];
                }
                prediction += b;
                double residual = prediction - y[i];
                for (int j = 0; j < w.length; j++) {
                    dW[j] += residual * x[i][j];
                }
                dB += residual;
            }
            for (int j = 0; j < w.length; j++) {
                w[j] -= widgetRates[j] * ((1.0 / n) * dW[j]);             // ∂(½L)/∂w_j = (1/n) Σ (ŷ−y) x_j
            }
            b -= widgetBias * ((1.0 / n) * dB);                           // ∂(½L)/∂b   = (1/n) Σ (ŷ−y)

            model = GradientDescent.step(model, data, rates).model();
            for (int j = 0; j < w.length; j++) {
                assertEquals(w[j], model.weights()[j], SAME_ARITHMETIC * Math.abs(w[j]),
                        "w_" + (j + 1) + " after step " + step);
            }
            assertEquals(b, model.bias(), SAME_ARITHMETIC * Math.abs(b), "b after step " + step);
        }
    }

    @Test
    void sectionFourConvergesToTheBestLine() {
        RegressionData houses = Houses.areaOfFirstThree();
        RegressionTrainer trainer = new RegressionTrainer(houses, LinearModel.zero(1),
                LearningRates.fromHalfMse(SECTION_4_WEIGHT_RATES, WIDGET_BIAS_RATE));
        // Closed form: MSE at zero is the mean of the squared prices.
        double[] y = houses.targets();
        double atZero = (y[0] * y[0] + y[1] * y[1] + y[2] * y[2]) / 3;
        assertEquals(atZero, trainer.loss(), ROUNDING * atZero, "loss at zero");

        runAndCheckTheErrorLog(trainer);

        LinearModel best = NormalEquations.solve(houses);
        double difference = Houses.largestRelativeDifference(trainer.model(), best);
        assertTrue(difference <= CONVERGED, "section 4, largest relative difference from the least-squares line "
                + "after " + STEPS + " steps: " + difference + " (" + trainer.model() + " vs " + best + ")");
        // Guide, section 3: the least-squares MSE ≈ 447.29, where section 4's descent ends.
        assertEquals(447.29, trainer.loss(), GUIDE_TWO_DECIMALS, "MSE after " + STEPS + " steps");
    }

    @Test
    void sectionFiveConvergesToTheBestFit() {
        RegressionData houses = Houses.areaAndBathrooms();
        RegressionTrainer trainer = new RegressionTrainer(houses, LinearModel.zero(2),
                LearningRates.fromHalfMse(SECTION_5_WEIGHT_RATES, WIDGET_BIAS_RATE));
        // Guide, section 5: starting at zero, the error is ≈ 108,268.
        assertEquals(108_268, trainer.loss(), GUIDE_WHOLE_NUMBER, "loss at zero");

        runAndCheckTheErrorLog(trainer);

        LinearModel best = NormalEquations.solve(houses);
        double difference = Houses.largestRelativeDifference(trainer.model(), best);
        assertTrue(difference <= CONVERGED, "section 5, largest relative difference from the least-squares fit "
                + "after " + STEPS + " steps: " + difference + " (" + trainer.model() + " vs " + best + ")");
        // Guide, section 5: "it converges to the least-squares fit, MSE ≈ 1406.05".
        assertEquals(1406.05, trainer.loss(), GUIDE_TWO_DECIMALS, "MSE after " + STEPS + " steps");
    }

    /** The guide's "error log": step() returns the loss before each update, and it never goes up. */
    private static void runAndCheckTheErrorLog(RegressionTrainer trainer) {
        double previous = Double.POSITIVE_INFINITY;
        for (int step = 1; step <= STEPS; step++) {
            double before = trainer.loss();
            double returned = trainer.step();
            assertEquals(before, returned, 0, "step " + step + " returns the loss before its update");
            assertTrue(returned <= previous * (1 + LOSS_ROUNDING),
                    "the error went up at step " + step + ": " + previous + " → " + returned);
            previous = returned;
        }
    }

    @Test
    void oneWeightWithoutBiasKeepsTheBiasAtZero() {
        RegressionData houses = Houses.areaOfFirstThree();
        LearningRates rates = LearningRates.fromHalfMse(SECTION_4_WEIGHT_RATES, WIDGET_BIAS_RATE).withoutBias();
        RegressionTrainer trainer = new RegressionTrainer(houses, LinearModel.zero(1), rates);
        for (int step = 0; step < 2_000; step++) {
            trainer.step();
        }
        assertEquals(0, trainer.model().bias(), 0, "the bias never moves");
        // Closed form without bias: NormalEquations.solveWithoutBias, w = Σ x y / Σ x² (≈ 0.1769).
        LinearModel best = NormalEquations.solveWithoutBias(houses);
        assertEquals(best.weights()[0], trainer.model().weights()[0], CONVERGED * best.weights()[0],
                "w after 2000 steps without bias");
    }

    @Test
    void oneStepByHand() {
        // x = (1, 2), (3, 4); y = 1, 2; start w = (0.5, −1), b = 2: loss 3.25, gradient (−8, −11), −3
        // (worked out in MeanSquaredErrorTest). With rates 0.1, 0.01 and 0.5:
        // w = (0.5 + 0.1·8, −1 + 0.01·11) = (1.3, −0.89), b = 2 + 0.5·3 = 3.5.
        RegressionData data = new RegressionData(new double[][] {{1, 2}, {3, 4}}, new double[] {1, 2});
        StepResult result = GradientDescent.step(new LinearModel(new double[] {0.5, -1}, 2), data,
                new LearningRates(new double[] {0.1, 0.01}, 0.5));
        assertEquals(3.25, result.loss(), ROUNDING, "loss before the step");
        assertArrayEquals(new double[] {1.3, -0.89}, result.model().weights(), ROUNDING, "weights after");
        assertEquals(3.5, result.model().bias(), ROUNDING, "bias after");
    }
}
