package nnbasics.handwritten.regression;

import java.util.ArrayList;
import java.util.List;

/**
 * Mean squared error, the guide's error (section 2): the plain mean of the squared errors, with no factor ½.
 *
 * <p>Its gradient, one step per line (n examples, m features, ŷ_i = Σ_j x_ij w_j + b):
 * <pre>
 * L(w, b)     = (1/n) Σ_i (ŷ_i − y_i)²
 * ∂L/∂θ       = (1/n) Σ_i 2 (ŷ_i − y_i) · ∂ŷ_i/∂θ      chain rule: d(r²)/dr = 2r, r_i = ŷ_i − y_i, ∂r_i/∂θ = ∂ŷ_i/∂θ
 * ∂ŷ_i/∂w_j   = x_ij                                   ŷ_i is linear in w_j
 * ∂ŷ_i/∂b     = 1                                      ŷ_i is linear in b
 * ∂L/∂w_j     = (2/n) Σ_i (ŷ_i − y_i) x_ij
 * ∂L/∂b       = (2/n) Σ_i (ŷ_i − y_i)
 * </pre>
 * The guide's gradient-descent widget works on ½·MSE, whose gradient is half of this, (1/n) Σ_i (ŷ_i − y_i) x_ij;
 * see {@link LearningRates#fromHalfMse}.
 */
public final class MeanSquaredError {

    private MeanSquaredError() {
    }

    /**
     * @return L = (1/n) Σ_i (ŷ_i − y_i)² of the model on the data
     */
    public static double loss(LinearModel model, RegressionData data) {
        requireSameFeatureCount(model, data);
        return loss(predictions(model, data), data);
    }

    /**
     * @return ∂L/∂w_j = (2/n) Σ_i (ŷ_i − y_i) x_ij and ∂L/∂b = (2/n) Σ_i (ŷ_i − y_i)
     */
    public static Gradient gradient(LinearModel model, RegressionData data) {
        requireSameFeatureCount(model, data);
        return gradient(predictions(model, data), data);
    }

    /**
     * ŷ_i = Σ_j x_ij w_j + b for every example, read from the data's columns without copying them (the arithmetic
     * of {@link LinearModel#predict(double[])}, in the same order).
     */
    static double[] predictions(LinearModel model, RegressionData data) {
        double[] w = model.weights();
        double b = model.bias();
        double[] predictions = new double[data.size()];
        for (int i = 0; i < predictions.length; i++) {
            double sum = 0;
            for (int j = 0; j < w.length; j++) {
                sum += data.feature(i, j) * w[j];                     // Σ_j x_ij w_j
            }
            predictions[i] = sum + b;                                 // ŷ_i = x_i·w + b
        }
        return predictions;
    }

    /**
     * The guide's error table (section 2), one row per example.
     *
     * @return for every example: its features, y, ŷ, the error y − ŷ and the squared error (y − ŷ)²
     */
    public static List<ErrorRow> table(LinearModel model, RegressionData data) {
        requireSameFeatureCount(model, data);
        double[][] x = data.features();
        double[] y = data.targets();
        List<ErrorRow> rows = new ArrayList<>(y.length);
        for (int i = 0; i < y.length; i++) {
            double prediction = model.predict(x[i]);                  // ŷ_i
            double error = y[i] - prediction;                         // y_i − ŷ_i
            rows.add(new ErrorRow(x[i], y[i], prediction, error, error * error));
        }
        return List.copyOf(rows);
    }

    /** L = (1/n) Σ_i (ŷ_i − y_i)², from predictions already computed. */
    static double loss(double[] predictions, RegressionData data) {
        double sum = 0;
        for (int i = 0; i < predictions.length; i++) {
            double residual = predictions[i] - data.target(i);        // r_i = ŷ_i − y_i
            sum += residual * residual;                               // Σ_i r_i²
        }
        return sum / predictions.length;                              // L = (1/n) Σ_i r_i²
    }

    /** The gradient, from predictions already computed. */
    static Gradient gradient(double[] predictions, RegressionData data) {
        double[] dW = new double[data.featureCount()];
        double dB = 0;
        for (int i = 0; i < predictions.length; i++) {
            double residual = predictions[i] - data.target(i);        // r_i = ŷ_i − y_i
            for (int j = 0; j < dW.length; j++) {
                dW[j] += residual * data.feature(i, j);               // Σ_i r_i x_ij
            }
            dB += residual;                                           // Σ_i r_i
        }
        double scale = 2.0 / predictions.length;                                // 2 from d(r²)/dr, 1/n from the mean
        for (int j = 0; j < dW.length; j++) {
            dW[j] = scale * dW[j];                                    // ∂L/∂w_j = (2/n) Σ_i r_i x_ij
        }
        return new Gradient(dW, scale * dB);                          // ∂L/∂b   = (2/n) Σ_i r_i
    }

    static void requireSameFeatureCount(LinearModel model, RegressionData data) {
        if (model.featureCount() != data.featureCount()) {
            throw new IllegalArgumentException("the model has " + model.featureCount() + " weights but the data has "
                    + data.featureCount() + " features");
        }
    }
}
