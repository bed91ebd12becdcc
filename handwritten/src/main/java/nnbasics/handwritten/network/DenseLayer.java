package nnbasics.handwritten.network;

import nnbasics.handwritten.classification.FlatData;
import nnbasics.handwritten.updaters.Step;

/**
 * One dense layer's parameters and the four formulas that use them ({@code docs/derivations.md}, section 11),
 * each computed plainly: one loop per sum, the terms added in index order from 0.
 *
 * <pre>
 * forward      z = a·W + b              z_ik = (Σ_j a_ij W_jk) + b_k         a: the batch's inputs, one row each
 * gradients    ∂L/∂W = aᵀ·δ             ∂L/∂W_jk = Σ_i a_ij δ_ik             δ = ∂L/∂z of this layer
 *              ∂L/∂b = Σ_rows δ         ∂L/∂b_k  = Σ_i δ_ik
 * backward     δ_below = (δ·Wᵀ) ⊙ f'(z_below)                                 ∂L/∂z of the layer below
 * step         W ← W − η ∂L/∂W,   b ← b − η ∂L/∂b
 * </pre>
 *
 * W has DL4J's shape [nIn][nOut] (one row per input, one column per unit): W_jk at [j][k]. Batches are one array
 * per row, [i][unit]. Every product is rounded, then added (no fused multiply-add); the DL4J twin and the tuned
 * kernel ({@code nnbasics.handwritten.kernels.DenseKernel}) are compared against these sums.
 */
public final class DenseLayer {

    private final double[][] weights;
    private final double[] bias;

    /**
     * @param weights W, [nIn][nOut], rectangular, at least 1 × 1; copied
     * @param bias    b, nOut values; copied
     * @param name    how messages name this layer, e.g. "layer 1"
     * @throws IllegalArgumentException if W is empty or ragged or b has the wrong length, naming the layer
     */
    DenseLayer(double[][] weights, double[] bias, String name) {
        if (weights.length == 0 || weights[0].length == 0) {
            throw new IllegalArgumentException(name + ": W is " + shape(weights) + ", needs at least 1 × 1");
        }
        int units = weights[0].length;
        this.weights = new double[weights.length][];
        for (int j = 0; j < weights.length; j++) {
            if (weights[j].length != units) {
                throw new IllegalArgumentException(name + ": W row " + j + " has " + weights[j].length
                        + " columns, row 0 has " + units);
            }
            this.weights[j] = weights[j].clone();
        }
        if (bias.length != units) {
            throw new IllegalArgumentException(name + ": W is " + shape(weights) + " (nIn × nOut) but b has "
                    + bias.length + " values, needs nOut = " + units);
        }
        this.bias = bias.clone();
    }

    /** @return "rows × columns" of a matrix, for messages */
    static String shape(double[][] matrix) {
        return matrix.length + " × " + (matrix.length == 0 ? 0 : matrix[0].length);
    }

    /** @return nIn, the width of this layer's input */
    public int inputs() {
        return weights.length;
    }

    /** @return nOut, the number of units */
    public int units() {
        return bias.length;
    }

    /** @return a copy of W, [nIn][nOut] */
    public double[][] weights() {
        double[][] w = new double[weights.length][];
        for (int j = 0; j < weights.length; j++) {
            w[j] = weights[j].clone();
        }
        return w;
    }

    /** @return a copy of b */
    public double[] bias() {
        return bias.clone();
    }

    /**
     * @param a the batch's inputs to this layer, [i][j]
     * @return z = a·W + b, [i][k]
     */
    double[][] forward(double[][] a) {
        double[][] z = new double[a.length][units()];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < units(); k++) {
                double sum = 0;
                for (int j = 0; j < inputs(); j++) {
                    sum += a[i][j] * weights[j][k];                  // Σ_j a_ij W_jk
                }
                z[i][k] = sum + bias[k];                             // z_ik = (Σ_j a_ij W_jk) + b_k
            }
        }
        return z;
    }

    /**
     * @param a     the batch's inputs to this layer, [i][j], as given to {@link #forward}
     * @param delta δ of this layer, [i][k]
     * @return ∂L/∂W = aᵀ·δ, [j][k]
     */
    double[][] weightGradient(double[][] a, double[][] delta) {
        double[][] dW = new double[inputs()][units()];
        for (int j = 0; j < inputs(); j++) {
            for (int k = 0; k < units(); k++) {
                double sum = 0;
                for (int i = 0; i < a.length; i++) {
                    sum += a[i][j] * delta[i][k];                    // ∂L/∂W_jk = Σ_i a_ij δ_ik
                }
                dW[j][k] = sum;
            }
        }
        return dW;
    }

    /**
     * @param delta δ of this layer, [i][k]
     * @return ∂L/∂b = Σ_rows δ, nOut values
     */
    double[] biasGradient(double[][] delta) {
        double[] dB = new double[units()];
        for (int k = 0; k < units(); k++) {
            double sum = 0;
            for (double[] row : delta) {
                sum += row[k];                                       // ∂L/∂b_k = Σ_i δ_ik
            }
            dB[k] = sum;
        }
        return dB;
    }

    /**
     * The δ of the layer below: z = a_below·W + b and a_below = f(z_below), so by the chain rule
     * δ_below = (δ·Wᵀ) ⊙ f'(z_below).
     *
     * @param delta  δ of this layer, [i][k]
     * @param zBelow the layer below's pre-activations, [i][j]
     * @param aBelow its activations f(z_below) (f' of sigmoid and tanh is read from them)
     * @param below  the layer below's activation f
     * @return δ_below, [i][j]
     */
    double[][] backward(double[][] delta, double[][] zBelow, double[][] aBelow, Activation below) {
        return backward(delta, zBelow, aBelow, below, 1.0, null);
    }

    /**
     * The same when this layer's input was dropped (DL4J's order: the mask on δ·Wᵀ first, then f'):
     * δ_below = ((δ·Wᵀ) ⊙ m/p) ⊙ f'(z_below).
     *
     * @param scale 1/p
     * @param kept  the mask of this layer's input, [i][j]; null for no dropout
     */
    double[][] backward(double[][] delta, double[][] zBelow, double[][] aBelow, Activation below, double scale,
                        boolean[][] kept) {
        double[][] out = new double[delta.length][inputs()];
        for (int i = 0; i < delta.length; i++) {
            for (int j = 0; j < inputs(); j++) {
                double sum = 0;
                for (int k = 0; k < units(); k++) {
                    sum += delta[i][k] * weights[j][k];              // (δ·Wᵀ)_ij = Σ_k δ_ik W_jk
                }
                if (kept != null) {
                    sum = kept[i][j] ? sum * scale : 0.0;            // ⊙ m/p: ·(1/p) where kept, 0 where dropped
                }
                out[i][j] = sum * below.derivative(zBelow[i][j], aBelow[i][j]);   // ⊙ f'(z_below,ij)
            }
        }
        return out;
    }

    /**
     * The SGD step of this layer's parameters.
     *
     * @param dW   ∂L/∂W, [j][k]
     * @param dB   ∂L/∂b
     * @param rate η
     */
    void step(double[][] dW, double[] dB, double rate) {
        for (int j = 0; j < inputs(); j++) {
            for (int k = 0; k < units(); k++) {
                weights[j][k] -= rate * dW[j][k];                    // W_jk ← W_jk − η ∂L/∂W_jk
            }
        }
        for (int k = 0; k < units(); k++) {
            bias[k] -= rate * dB[k];                                 // b_k ← b_k − η ∂L/∂b_k
        }
    }

    /**
     * The step an {@link nnbasics.handwritten.updaters.Optimiser} describes: each group through its own {@link
     * Step} (updater, regularisation), W flat row-major [j·nOut + k].
     *
     * @param dW      ∂L/∂W, [j][k]
     * @param dB      ∂L/∂b
     * @param weights the step of W
     * @param biases  the step of b
     */
    void step(double[][] dW, double[] dB, Step weights, Step biases) {
        double[] w = FlatData.flatten(this.weights);
        weights.take(w, FlatData.flatten(dW));                        // W ← W − u(∂L/∂W)
        for (int j = 0; j < inputs(); j++) {
            System.arraycopy(w, j * units(), this.weights[j], 0, units());
        }
        biases.take(bias, dB);                                        // b ← b − u(∂L/∂b)
    }
}
