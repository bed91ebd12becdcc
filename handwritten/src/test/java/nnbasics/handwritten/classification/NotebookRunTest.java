package nnbasics.handwritten.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The guide's companion notebook (section 8): softmax regression on the ten labelled houses, raw features, W and b
 * from zero, squared-error cost Σ(p − y)²/(2·N·K), plain gradient descent with rate 1e−6 for 2000 epochs.
 * Our {@link ClassificationLoss#SQUARED_ERROR} has no ½, so the same run takes rate 5e−7.
 */
class NotebookRunTest {

    /** The notebook's learning rate, on its cost Σ(p − y)²/(2·N·K). */
    private static final double NOTEBOOK_RATE = 1e-6;

    /** The same trajectory on our L = Σ(p − y)²/(N·K) = 2 × the notebook's cost: half the rate. */
    private static final double RATE = 5e-7;

    private static final int EPOCHS = 2000;

    /**
     * The notebook's step below and ours compute the same sums in a different order: they differ by rounding,
     * a few ε relative to each parameter.
     */
    private static final double SAME_STEP = 1e-13;

    /** 2000 steps of rounding differences, each a few ε, on parameters that the steps change smoothly. */
    private static final double SAME_RUN = 1e-10;

    @Test
    void ourStepWithHalfTheRateIsTheNotebooksStep() {
        ClassificationData houses = LabelledHouses.raw();
        SoftmaxModel[] starts = {
                SoftmaxModel.zero(2, 2),
                new SoftmaxModel(new double[][] {{2e-4, -1e-4}, {0.3, -0.2}}, new double[] {0.1, -0.05}),
        };
        for (SoftmaxModel start : starts) {
            // expected: the notebook's update, written out in notebookStep below
            SoftmaxModel expected = notebookStep(start, houses, NOTEBOOK_RATE);
            SoftmaxTrainer trainer = new SoftmaxTrainer(houses, start, ClassificationLoss.SQUARED_ERROR, RATE);
            trainer.step();
            SoftmaxModel actual = trainer.model();
            assertSameModel(expected, actual, SAME_STEP, "one step from " + start);
        }
    }

    @Test
    void theNotebookRunPredictsEveryHouseGoodAndGetsSevenOfTenRight() {
        ClassificationData houses = LabelledHouses.raw();
        SoftmaxTrainer trainer = new SoftmaxTrainer(houses, SoftmaxModel.zero(2, 2), ClassificationLoss.SQUARED_ERROR,
                RATE);
        double previous = Double.POSITIVE_INFINITY;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double loss = trainer.step();
            // gradient descent with a rate far inside the stable range lowers the loss at every step
            assertTrue(loss < previous, "loss " + loss + " before epoch " + epoch + " is not below " + previous);
            previous = loss;
        }
        SoftmaxModel model = trainer.model();

        SoftmaxModel notebook = SoftmaxModel.zero(2, 2);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            notebook = notebookStep(notebook, houses, NOTEBOOK_RATE);
        }
        // expected: the notebook's own update, 2000 times
        assertSameModel(notebook, model, SAME_RUN, "after " + EPOCHS + " epochs");

        for (int i = 0; i < houses.size(); i++) {
            // the guide, section 8: every house predicted "good"
            assertEquals(LabelledHouses.GOOD, model.predict(houses.features()[i]), "prediction for house " + (i + 1));
        }
        ConfusionMatrix matrix = Evaluation.evaluate(model, houses);
        // the guide, section 8: 7 of 10 correct (the 7 good houses); the 3 bad ones predicted good
        assertArrayEquals(new int[] {0, 3}, matrix.counts()[LabelledHouses.BAD], "bad houses: predicted bad, good");
        assertArrayEquals(new int[] {0, 7}, matrix.counts()[LabelledHouses.GOOD], "good houses: predicted bad, good");
        assertEquals(0.7, matrix.accuracy(), 0.0, "accuracy, 7/10 (exact in this division)");
    }

    /**
     * One step of the notebook, written out without this package's loss classes:
     * <pre>
     * p_i = softmax(x_i W + b)
     * C = Σ_i Σ_k (p_ik − y_ik)² / (2·N·K)
     * ∂C/∂p_ik = (p_ik − y_ik) / (N·K)
     * ∂C/∂z_il = p_il (∂C/∂p_il − Σ_k p_ik ∂C/∂p_ik)        the softmax Jacobian, multiplied out
     * W_jl ← W_jl − rate Σ_i x_ij ∂C/∂z_il,   b_l ← b_l − rate Σ_i ∂C/∂z_il
     * </pre>
     */
    private static SoftmaxModel notebookStep(SoftmaxModel model, ClassificationData data, double rate) {
        double[][] x = data.features();
        double[][] w = model.weights();
        double[] b = model.bias();
        int n = x.length;
        int classes = b.length;
        double[][] dW = new double[w.length][classes];
        double[] dB = new double[classes];
        for (int i = 0; i < n; i++) {
            double[] e = new double[classes];
            double sum = 0;
            for (int k = 0; k < classes; k++) {
                double z = b[k];
                for (int j = 0; j < w.length; j++) {
                    z += x[i][j] * w[j][k];
                }
                e[k] = Math.exp(z);
                sum += e[k];
            }
            double[] dC = new double[classes];
            double pDotDC = 0;
            for (int k = 0; k < classes; k++) {
                double p = e[k] / sum;
                double y = data.labels()[i] == k ? 1 : 0;
                dC[k] = (p - y) / (n * classes);
                pDotDC += p * dC[k];
            }
            for (int l = 0; l < classes; l++) {
                double dZ = e[l] / sum * (dC[l] - pDotDC);
                for (int j = 0; j < w.length; j++) {
                    dW[j][l] += x[i][j] * dZ;
                }
                dB[l] += dZ;
            }
        }
        for (int j = 0; j < w.length; j++) {
            for (int k = 0; k < classes; k++) {
                w[j][k] -= rate * dW[j][k];
            }
        }
        for (int k = 0; k < classes; k++) {
            b[k] -= rate * dB[k];
        }
        return new SoftmaxModel(w, b);
    }

    private static void assertSameModel(SoftmaxModel expected, SoftmaxModel actual, double relative, String what) {
        double[][] expectedW = expected.weights();
        double[][] actualW = actual.weights();
        for (int j = 0; j < expectedW.length; j++) {
            for (int k = 0; k < expectedW[j].length; k++) {
                assertEquals(expectedW[j][k], actualW[j][k], relative * Math.abs(expectedW[j][k]),
                        what + ": W[" + j + "][" + k + "]");
            }
        }
        for (int k = 0; k < expected.bias().length; k++) {
            assertEquals(expected.bias()[k], actual.bias()[k], relative * Math.abs(expected.bias()[k]),
                    what + ": b[" + k + "]");
        }
    }
}
