package nnbasics.handwritten.classification;

import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/** Central finite differences, the reference every analytic derivative in this package is checked against. */
final class FiniteDifferences {

    /**
     * The step h. Central differences err by about h²·|f'''|/6 (truncation) plus ε·|f|/h (rounding); with
     * h = 1e−5 and f, f''' of order 1 both are below 1e−10.
     */
    static final double STEP = 1e-5;

    private FiniteDifferences() {
    }

    /** @return (f(x + h) − f(x − h)) / (2h) */
    static double central(DoubleUnaryOperator f, double x) {
        return (f.applyAsDouble(x + STEP) - f.applyAsDouble(x - STEP)) / (2 * STEP);
    }

    /**
     * ∂L/∂W and ∂L/∂b of a loss by central differences, one parameter at a time.
     *
     * @param loss  the loss as a function of the model
     * @param model where to differentiate
     */
    static SoftmaxGradient gradient(ToDoubleFunction<SoftmaxModel> loss, SoftmaxModel model) {
        double[][] w = model.weights();
        double[] b = model.bias();
        double[][] dW = new double[w.length][b.length];
        double[] dB = new double[b.length];
        for (int j = 0; j < w.length; j++) {
            for (int k = 0; k < b.length; k++) {
                int jj = j;
                int kk = k;
                dW[j][k] = central(value -> {
                    double[][] shifted = model.weights();
                    shifted[jj][kk] = value;
                    return loss.applyAsDouble(new SoftmaxModel(shifted, b));
                }, w[j][k]);
            }
        }
        for (int k = 0; k < b.length; k++) {
            int kk = k;
            dB[k] = central(value -> {
                double[] shifted = model.bias();
                shifted[kk] = value;
                return loss.applyAsDouble(new SoftmaxModel(w, shifted));
            }, b[k]);
        }
        return new SoftmaxGradient(dW, dB);
    }
}
