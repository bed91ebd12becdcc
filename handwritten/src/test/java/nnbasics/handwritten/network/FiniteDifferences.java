package nnbasics.handwritten.network;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Central finite differences of a network's loss, one parameter at a time: the reference the hand-written
 * backpropagation is checked against (the network twin of the classification tests' {@code FiniteDifferences}).
 */
final class FiniteDifferences {

    /**
     * The step h. Central differences err by about h²·|f'''|/6 (truncation) plus ε·|f|/h (rounding); with
     * h = 1e−5 and f, f''' of order 1 both are below 1e−10.
     */
    static final double STEP = 1e-5;

    /** The loss as a function of all the parameters. */
    interface Loss {
        double of(List<double[][]> weights, List<double[]> biases);
    }

    private FiniteDifferences() {
    }

    /** @return (f(x + h) − f(x − h)) / (2h) */
    static double central(DoubleUnaryOperator f, double x) {
        return (f.applyAsDouble(x + STEP) - f.applyAsDouble(x - STEP)) / (2 * STEP);
    }

    /** @return ∂L/∂W_l and ∂L/∂b_l of every layer by central differences (the loss field: L at the point itself) */
    static NetworkGradient gradient(Loss loss, List<double[][]> weights, List<double[]> biases) {
        List<double[][]> dW = new ArrayList<>();
        List<double[]> dB = new ArrayList<>();
        for (int l = 0; l < weights.size(); l++) {
            double[][] w = weights.get(l);
            double[][] g = new double[w.length][w[0].length];
            for (int j = 0; j < w.length; j++) {
                for (int k = 0; k < w[j].length; k++) {
                    int ll = l;
                    int jj = j;
                    int kk = k;
                    g[j][k] = central(value -> {
                        List<double[][]> shifted = NetworkGradient.copyMatrices(weights);
                        shifted.get(ll)[jj][kk] = value;
                        return loss.of(shifted, biases);
                    }, w[j][k]);
                }
            }
            dW.add(g);
            double[] b = biases.get(l);
            double[] gb = new double[b.length];
            for (int k = 0; k < b.length; k++) {
                int ll = l;
                int kk = k;
                gb[k] = central(value -> {
                    List<double[]> shifted = NetworkGradient.copyVectors(biases);
                    shifted.get(ll)[kk] = value;
                    return loss.of(weights, shifted);
                }, b[k]);
            }
            dB.add(gb);
        }
        return new NetworkGradient(dW, dB, loss.of(weights, biases));
    }
}
