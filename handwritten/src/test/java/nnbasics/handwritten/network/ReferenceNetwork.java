package nnbasics.handwritten.network;

import java.util.ArrayList;
import java.util.List;

/**
 * The forward pass and loss written the plainest way, on [row][unit] arrays, independent of the flat-array code
 * under test: the function whose finite differences the gradient checks take.
 */
final class ReferenceNetwork {

    private ReferenceNetwork() {
    }

    /** @return z_l of every layer for every example, [layer][row][unit]: z_l = a_{l−1}·W_l + b_l */
    static List<double[][]> preActivations(List<double[][]> weights, List<double[]> biases, Activation hidden,
                                           double[][] features) {
        List<double[][]> zs = new ArrayList<>();
        double[][] a = features;
        for (int l = 0; l < weights.size(); l++) {
            double[][] w = weights.get(l);
            double[] b = biases.get(l);
            double[][] z = new double[a.length][b.length];
            double[][] next = new double[a.length][b.length];
            for (int i = 0; i < a.length; i++) {
                for (int k = 0; k < b.length; k++) {
                    double sum = 0;
                    for (int j = 0; j < w.length; j++) {
                        sum += a[i][j] * w[j][k];
                    }
                    z[i][k] = sum + b[k];
                    next[i][k] = hidden.value(z[i][k]);
                }
            }
            zs.add(z);
            a = next;
        }
        return zs;
    }

    /** @return L = −(1/N) Σ_i log softmax(z_L,i)_{y_i}, the last layer's activation replaced by softmax */
    static double loss(List<double[][]> weights, List<double[]> biases, Activation hidden, double[][] features,
                       int[] labels) {
        List<double[][]> zs = preActivations(weights, biases, hidden, features);
        double[][] logits = zs.get(zs.size() - 1);
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double zk : logits[i]) {
                max = Math.max(max, zk);
            }
            double s = 0;
            for (double zk : logits[i]) {
                s += Math.exp(zk - max);
            }
            sum -= Math.log(Math.exp(logits[i][labels[i]] - max) / s);
        }
        return sum / logits.length;
    }

    /**
     * @return L = (1/(N·K)) Σ_i Σ_k (z_L,ik − y_ik)², the last layer's activation replaced by the identity: the mean
     *         squared error as DL4J's LossMSE defines it (mean over the rows and the K outputs)
     */
    static double meanSquaredError(List<double[][]> weights, List<double[]> biases, Activation hidden,
                                   double[][] features, double[][] targets) {
        List<double[][]> zs = preActivations(weights, biases, hidden, features);
        double[][] out = zs.get(zs.size() - 1);
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            for (int k = 0; k < out[i].length; k++) {
                sum += (out[i][k] - targets[i][k]) * (out[i][k] - targets[i][k]);
            }
        }
        return sum / (out.length * (double) out[0].length);
    }
}
