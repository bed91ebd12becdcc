package nnbasics.dl4j.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The companion notebook (guide, section 8): W (2×2) and b (2) start at zero, raw features, squared error between
 * the probabilities and the one-hot labels, plain gradient descent for 2000 epochs. The notebook's cost is
 * Σ(p − y)²/(2·N·K) with rate 1e−6; DL4J's MSE is Σ(p − y)²/(N·K), twice that, so the same steps need rate 5e−7.
 */
class NotebookRunTest {

    private static final double NOTEBOOK_RATE = 1e-6;
    /** The notebook's rate on its half-size cost: η·∂(2C)/∂θ with η = 1e−6/2 equals 1e−6·∂C/∂θ. */
    private static final double DL4J_RATE = NOTEBOOK_RATE / 2;
    private static final int EPOCHS = 2000;
    /** Enough epochs to show the two rates give one trajectory; the full run is checked by its outcome. */
    private static final int COMPARED_EPOCHS = 100;
    /** Same arithmetic in another order: a few ulps per step, far below 1e−12 relative after 100 steps. */
    private static final double AGREEMENT = 1e-12;

    @Test
    void predictsEveryHouseGoodWithAccuracySevenTenths() {
        DataSet houses = Houses.labelled();
        SoftmaxTrainer trainer = new SoftmaxTrainer(houses, new double[2][2], new double[2], LossFunction.MSE,
                DL4J_RATE);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            trainer.step();
        }
        double[][] p = trainer.probabilities(houses.getFeatures());
        for (int i = 0; i < p.length; i++) {
            // The guide, section 8: "every house predicted good".
            assertTrue(p[i][1] > p[i][0], "house " + (i + 1) + " is not predicted good: p(bad, good) = " + p[i][0]
                    + ", " + p[i][1]);
        }
        ConfusionMatrix result = Evaluations.evaluate(trainer.network(), houses, Houses.CLASSES);
        // The guide, section 8: 7 of 10 correct; the file has 3 bad and 7 good houses, all predicted good.
        assertEquals(0.7, result.accuracy(), 0.0, "accuracy");
        assertArrayEquals(new int[][] {{0, 3}, {0, 7}}, result.counts(), "counts[actual][predicted]");
        System.out.printf("Notebook run (raw features, MSE, rate %.0e, %d epochs): W = %s, b = %s%n", DL4J_RATE,
                EPOCHS, java.util.Arrays.deepToString(trainer.weights()), java.util.Arrays.toString(trainer.biases()));
    }

    @Test
    void halfTheRateOnDl4jsMseIsTheNotebooksRateOnItsCost() {
        DataSet houses = Houses.labelled();
        double[][] x = houses.getFeatures().toDoubleMatrix();
        double[][] y = houses.getLabels().toDoubleMatrix();
        int n = x.length;
        int k = 2;
        SoftmaxTrainer trainer = new SoftmaxTrainer(houses, new double[2][2], new double[2], LossFunction.MSE,
                DL4J_RATE);

        // The notebook in plain Java: C = Σ_i Σ_k (p_ik − y_ik)² / (2·N·K), rate 1e−6.
        double[][] w = new double[2][2];
        double[] b = new double[2];
        for (int epoch = 1; epoch <= COMPARED_EPOCHS; epoch++) {
            double[][] p = Plain.probabilities(x, w, b);
            double[][] dW = new double[2][k];
            double[] db = new double[k];
            for (int i = 0; i < n; i++) {
                double[] g = new double[k];                    // dC/dp_ik = (p_ik − y_ik)/(N·K)
                double pg = 0;
                for (int c = 0; c < k; c++) {
                    g[c] = (p[i][c] - y[i][c]) / (n * k);
                    pg += p[i][c] * g[c];
                }
                for (int c = 0; c < k; c++) {
                    double dz = p[i][c] * (g[c] - pg);         // dC/dz = (diag(p) − p pᵀ) dC/dp
                    db[c] += dz;
                    for (int j = 0; j < 2; j++) {
                        dW[j][c] += x[i][j] * dz;
                    }
                }
            }
            for (int j = 0; j < 2; j++) {
                for (int c = 0; c < k; c++) {
                    w[j][c] -= NOTEBOOK_RATE * dW[j][c];
                }
            }
            for (int c = 0; c < k; c++) {
                b[c] -= NOTEBOOK_RATE * db[c];
            }
            trainer.step();
            int e = epoch;
            double[][] dl4jW = trainer.weights();
            double[] dl4jB = trainer.biases();
            assertTrue(Plain.relativeDifference(dl4jW, w) <= AGREEMENT, () -> "epoch " + e + ": W differs by "
                    + Plain.relativeDifference(dl4jW, w) + " relative");
            assertTrue(Plain.relativeDifference(dl4jB, b) <= AGREEMENT, () -> "epoch " + e + ": b differs by "
                    + Plain.relativeDifference(dl4jB, b) + " relative");
        }
    }
}
