package nnbasics.dl4j.network;

import java.util.ArrayList;
import java.util.List;

import org.nd4j.linalg.activations.Activation;

/**
 * Plain-Java forward pass and backpropagation of a dense network with a softmax output, for the tests: the
 * reference the DL4J network is compared with. Every formula is the one in {@link Network}'s javadoc.
 */
final class PlainNetwork {

    /** The summed layer gradients (no 1/B), as DL4J's {@code computeGradientAndScore} reports them, and the loss. */
    record Gradient(List<double[][]> weights, List<double[]> biases, double loss) {
    }

    private PlainNetwork() {
    }

    /** f(z) */
    static double activate(Activation f, double z) {
        return switch (f) {
            case IDENTITY -> z;
            case SIGMOID -> 1 / (1 + Math.exp(-z));
            case TANH -> Math.tanh(z);
            case RELU -> Math.max(0, z);
            default -> throw new IllegalArgumentException(f.toString());
        };
    }

    /** f′(z), written from a = f(z) where that is the usual form; ReLU′(0) = 0 (what DL4J does, pinned in a test). */
    static double derivative(Activation f, double z) {
        double a = activate(f, z);
        return switch (f) {
            case IDENTITY -> 1;
            case SIGMOID -> a * (1 - a);          // σ′ = σ(1 − σ)
            case TANH -> 1 - a * a;               // tanh′ = 1 − tanh²
            case RELU -> z > 0 ? 1 : 0;
            default -> throw new IllegalArgumentException(f.toString());
        };
    }

    /** p_k = exp(z_k − max z) / Σ_m exp(z_m − max z) */
    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double[] p = new double[z.length];
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /** z_k = Σ_j a_j W_jk + b_k */
    static double[] affine(double[] a, double[][] w, double[] b) {
        double[] z = b.clone();
        for (int j = 0; j < a.length; j++) {
            for (int k = 0; k < z.length; k++) {
                z[k] += a[j] * w[j][k];
            }
        }
        return z;
    }

    /** the pre-activations zˡ of every layer for one example, the output layer's logits last */
    static List<double[]> preActivations(double[] x, List<double[][]> w, List<double[]> b, Activation f) {
        List<double[]> zs = new ArrayList<>();
        double[] a = x;
        for (int l = 0; l < w.size(); l++) {
            double[] z = affine(a, w.get(l), b.get(l));
            zs.add(z);
            a = new double[z.length];
            for (int k = 0; k < z.length; k++) {
                a[k] = activate(f, z[k]);
            }
        }
        return zs;
    }

    /** p = softmax(z of the last layer) for every row */
    static double[][] probabilities(double[][] x, List<double[][]> w, List<double[]> b, Activation f) {
        double[][] p = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            List<double[]> zs = preActivations(x[i], w, b, f);
            p[i] = softmax(zs.get(zs.size() - 1));
        }
        return p;
    }

    /**
     * Backpropagation, summed over the rows: δᴸ_i = p_i − y_i, δˡ_i = (δˡ⁺¹_i Wˡ⁺¹ᵀ) ⊙ f′(zˡ_i),
     * ∂Wˡ = Σ_i aˡ⁻¹_iᵀ δˡ_i, ∂bˡ = Σ_i δˡ_i; the loss is −(1/B) Σ_i Σ_k y_ik log p_ik.
     */
    static Gradient gradient(double[][] x, double[][] y, List<double[][]> w, List<double[]> b, Activation f) {
        int layers = w.size();
        List<double[][]> dw = new ArrayList<>();
        List<double[]> db = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            dw.add(new double[w.get(l).length][w.get(l)[0].length]);
            db.add(new double[b.get(l).length]);
        }
        double loss = 0;
        for (int i = 0; i < x.length; i++) {
            List<double[]> zs = preActivations(x[i], w, b, f);
            double[] p = softmax(zs.get(layers - 1));
            double[] delta = new double[p.length];
            for (int k = 0; k < p.length; k++) {
                delta[k] = p[k] - y[i][k];                       // δᴸ = p − y
                loss -= y[i][k] * Math.log(p[k]) / x.length;
            }
            for (int l = layers - 1; l >= 0; l--) {
                double[] input = l == 0 ? x[i] : new double[zs.get(l - 1).length];
                if (l > 0) {
                    for (int j = 0; j < input.length; j++) {
                        input[j] = activate(f, zs.get(l - 1)[j]);   // aˡ⁻¹ = f(zˡ⁻¹)
                    }
                }
                for (int k = 0; k < delta.length; k++) {
                    db.get(l)[k] += delta[k];                    // ∂bˡ += δˡ
                    for (int j = 0; j < input.length; j++) {
                        dw.get(l)[j][k] += input[j] * delta[k];  // ∂Wˡ += aˡ⁻¹ᵀ δˡ
                    }
                }
                if (l > 0) {
                    double[] previous = new double[input.length];
                    for (int j = 0; j < input.length; j++) {
                        double back = 0;
                        for (int k = 0; k < delta.length; k++) {
                            back += delta[k] * w.get(l)[j][k];   // (δˡ Wˡᵀ)_j
                        }
                        previous[j] = back * derivative(f, zs.get(l - 1)[j]);   // ⊙ f′(zˡ⁻¹)
                    }
                    delta = previous;
                }
            }
        }
        return new Gradient(dw, db, loss);
    }

    /** max |a − b| over all entries divided by max |b|: the error relative to the size of the reference */
    static double relativeDifference(double[][] a, double[][] b) {
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < b.length; i++) {
            for (int j = 0; j < b[i].length; j++) {
                diff = Math.max(diff, Math.abs(a[i][j] - b[i][j]));
                scale = Math.max(scale, Math.abs(b[i][j]));
            }
        }
        return scale == 0 ? diff : diff / scale;
    }

    static double relativeDifference(double[] a, double[] b) {
        return relativeDifference(new double[][] {a}, new double[][] {b});
    }

    static double relativeDifference(double a, double b) {
        return relativeDifference(new double[] {a}, new double[] {b});
    }

    /** the largest relative difference over the layers */
    static double relativeDifferenceOfLayers(List<double[][]> a, List<double[][]> b) {
        double worst = 0;
        for (int l = 0; l < b.size(); l++) {
            worst = Math.max(worst, relativeDifference(a.get(l), b.get(l)));
        }
        return worst;
    }

    static double relativeDifferenceOfBiases(List<double[]> a, List<double[]> b) {
        double worst = 0;
        for (int l = 0; l < b.size(); l++) {
            worst = Math.max(worst, relativeDifference(a.get(l), b.get(l)));
        }
        return worst;
    }
}
