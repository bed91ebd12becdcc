package nnbasics.dl4j.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnbasics.dl4j.features.Standardizer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** The DL4J trainer against softmax regression written out in plain Java, step by step. */
class SoftmaxTrainerTest {

    /**
     * The same double arithmetic in another order differs by a few ulps per step; on the standardised houses,
     * where gradient descent contracts, that stays near 1e−15 relative over 1000 steps. 1e−12 is the brief's bar.
     */
    private static final double AGREEMENT = 1e-12;
    /** Two computations of one loss or one softmax by the same network code: a few ulps. */
    private static final double ROUNDING = 1e-14;

    private static final double LEARNING_RATE = 0.5;
    private static final int STEPS = 1000;
    /** A start with four different weights, so a transposed W would show. */
    private static final double[][] START_WEIGHTS = {{0.3, -0.2}, {-0.1, 0.4}};
    private static final double[] START_BIAS = {0.05, -0.05};

    private static DataSet standardizedHouses() {
        DataSet houses = Houses.labelled();
        return Standardizer.fit(houses.getFeatures()).transform(houses);
    }

    @Test
    void agreesWithPlainJavaSoftmaxRegressionAtEveryStep() {
        DataSet data = standardizedHouses();
        double[][] x = data.getFeatures().toDoubleMatrix();
        double[][] y = data.getLabels().toDoubleMatrix();
        int n = x.length;
        SoftmaxTrainer trainer = new SoftmaxTrainer(data, START_WEIGHTS, START_BIAS, LossFunction.MCXENT,
                LEARNING_RATE);

        // The reference: full-batch gradient descent on cross-entropy, in the order predict, loss, gradient, update.
        double[][] w = {START_WEIGHTS[0].clone(), START_WEIGHTS[1].clone()};
        double[] b = START_BIAS.clone();
        for (int step = 1; step <= STEPS; step++) {
            double[][] p = Plain.probabilities(x, w, b);
            double loss = 0;                               // L = −(1/N) Σ_i Σ_k y_ik log p_ik
            double[][] dW = new double[2][2];              // dL/dW_jk = (1/N) Σ_i x_ij (p_ik − y_ik)
            double[] db = new double[2];                   // dL/db_k  = (1/N) Σ_i (p_ik − y_ik)
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < 2; k++) {
                    loss -= y[i][k] * Math.log(p[i][k]) / n;
                    db[k] += (p[i][k] - y[i][k]) / n;
                    for (int j = 0; j < 2; j++) {
                        dW[j][k] += x[i][j] * (p[i][k] - y[i][k]) / n;
                    }
                }
            }
            for (int j = 0; j < 2; j++) {
                for (int k = 0; k < 2; k++) {
                    w[j][k] -= LEARNING_RATE * dW[j][k];
                }
            }
            for (int k = 0; k < 2; k++) {
                b[k] -= LEARNING_RATE * db[k];
            }

            double dl4jLoss = trainer.step();
            double plainLoss = loss;
            int s = step;
            assertTrue(Plain.relativeDifference(dl4jLoss, plainLoss) <= AGREEMENT,
                    () -> "step " + s + ": loss " + dl4jLoss + " vs plain Java " + plainLoss);
            double[][] dl4jW = trainer.weights();
            double[] dl4jB = trainer.biases();
            assertTrue(Plain.relativeDifference(dl4jW, w) <= AGREEMENT, () -> "step " + s + ": W differs by "
                    + Plain.relativeDifference(dl4jW, w) + " relative");
            assertTrue(Plain.relativeDifference(dl4jB, b) <= AGREEMENT, () -> "step " + s + ": b differs by "
                    + Plain.relativeDifference(dl4jB, b) + " relative");
        }
        System.out.printf("SoftmaxTrainer vs plain Java after %d steps: W %.1e, b %.1e relative; loss %.6f%n",
                STEPS, Plain.relativeDifference(trainer.weights(), w), Plain.relativeDifference(trainer.biases(), b),
                trainer.loss());
    }

    @Test
    void stepReturnsTheLossBeforeTheUpdate() {
        SoftmaxTrainer trainer = new SoftmaxTrainer(standardizedHouses(), START_WEIGHTS, START_BIAS,
                LossFunction.MCXENT, LEARNING_RATE);
        double before = trainer.loss();
        double returned = trainer.step();
        double after = trainer.loss();
        assertEquals(before, returned, before * ROUNDING, "step() did not return the loss at the start of the step");
        assertTrue(after < before, "one step from this start should lower the loss: " + before + " → " + after);
    }

    @Test
    void probabilitiesAreTheSoftmaxOfTheCurrentParameters() {
        DataSet data = standardizedHouses();
        SoftmaxTrainer trainer = new SoftmaxTrainer(data, START_WEIGHTS, START_BIAS, LossFunction.MCXENT,
                LEARNING_RATE);
        trainer.step();
        // Closed form: p_i = softmax(x_i W + b) with the W, b the trainer reports.
        double[][] x = data.getFeatures().toDoubleMatrix();
        double[][] expected = Plain.probabilities(x, trainer.weights(), trainer.biases());
        assertTrue(Plain.relativeDifference(trainer.probabilities(data.getFeatures()), expected) <= ROUNDING,
                "probabilities(x) is not softmax(x W + b)");
    }
}
