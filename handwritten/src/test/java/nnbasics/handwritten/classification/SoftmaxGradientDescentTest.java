package nnbasics.handwritten.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SoftmaxGradientDescentTest {

    /** The convergence criterion of the brief: the Euclidean norm of the whole gradient. */
    private static final double GRADIENT_NORM = 1e-10;

    /**
     * Learning rate for cross-entropy on the standardised houses: well inside the stable range (on these houses
     * rate 2 still converges, rate 3 no longer does).
     */
    private static final double RATE = 1.0;

    /** A generous budget: a stable rate reaches the criterion in a few hundred steps here. */
    private static final int MAX_STEPS = 10_000;

    /** |∂L/∂b_k| ≤ the gradient norm, plus the rounding of a mean of ten probabilities. */
    private static final double MEAN_PROBABILITY = GRADIENT_NORM + 1e-15;

    /**
     * p_bad and 1 − p_good differ by rounding, so each step moves the two classes' weights apart by about ε;
     * a few hundred steps stay far below this.
     */
    private static final double OPPOSITE_WEIGHTS = 1e-12;

    /** One subtraction per parameter, reproduced in the test: rounding would show as a difference of an ulp. */
    private static final double EXACT = 0.0;

    @Test
    void stepSubtractsTheRateTimesTheGradient() {
        ClassificationData data = RandomExamples.threeClasses(3, 8, 4);
        SoftmaxModel start = RandomExamples.model(4, 4, 3);
        double rate = 0.3;
        for (ClassificationLoss loss : ClassificationLoss.values()) {
            SoftmaxStepResult result = SoftmaxGradientDescent.step(start, data, loss, rate);
            SoftmaxGradient gradient = loss.gradient(start, data);
            double[][] w = start.weights();
            double[][] dW = gradient.weights();
            double[][] newW = result.model().weights();
            for (int j = 0; j < w.length; j++) {
                for (int k = 0; k < w[j].length; k++) {
                    // W ← W − η ∂L/∂W
                    assertEquals(w[j][k] - rate * dW[j][k], newW[j][k], EXACT, loss + ": W[" + j + "][" + k + "]");
                }
            }
            for (int k = 0; k < 3; k++) {
                // b ← b − η ∂L/∂b
                assertEquals(start.bias()[k] - rate * gradient.bias()[k], result.model().bias()[k], EXACT,
                        loss + ": b[" + k + "]");
            }
            assertEquals(loss.loss(start, data), result.loss(), EXACT, loss + ": the loss is the one before the step");
        }
    }

    @Test
    void crossEntropyConvergesOnTheTenStandardisedHouses() {
        ClassificationData houses = LabelledHouses.standardized();
        SoftmaxModel model = SoftmaxModel.zero(2, 2);
        int steps = 0;
        while (CrossEntropy.gradient(model, houses).norm() > GRADIENT_NORM && steps < MAX_STEPS) {
            model = SoftmaxGradientDescent.step(model, houses, ClassificationLoss.CROSS_ENTROPY, RATE).model();
            steps++;
        }
        double norm = CrossEntropy.gradient(model, houses).norm();
        assertTrue(norm <= GRADIENT_NORM, "gradient norm " + norm + " after " + steps + " steps at rate " + RATE);

        // closed form at the optimum: ∂L/∂b_k = (1/N) Σ_i (p_ik − y_ik) = 0, so the mean predicted probability of
        // each class is its share of the labels, 7 good and 3 bad of 10 (the guide, section 7); |∂L/∂b_k| ≤ norm
        double[][] p = model.probabilities(houses.features());
        double meanGood = 0;
        for (double[] row : p) {
            meanGood += row[LabelledHouses.GOOD] / p.length;
        }
        assertEquals(0.7, meanGood, MEAN_PROBABILITY, "mean probability of good at the optimum");

        // the cross-entropy gradient sums to 0 over the classes (Σ_k (p_k − y_k) = 0), so from zero the weights of
        // the two classes stay opposite: W_j,bad = −W_j,good
        double[][] w = model.weights();
        for (int j = 0; j < w.length; j++) {
            assertEquals(-w[j][LabelledHouses.GOOD], w[j][LabelledHouses.BAD], OPPOSITE_WEIGHTS, "W[" + j + "] of the two classes");
        }
    }
}
