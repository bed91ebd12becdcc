package nnbasics.handwritten.network;

import java.util.Arrays;

/**
 * One dense layer's parameters and the three loops that use them on a batch ({@code docs/derivations.md}, section 11).
 *
 * <pre>
 * forward      z = a·W + b              z_ik = (Σ_j a_ij W_jk) + b_k         a: the batch's inputs, one row each
 * gradients    ∂L/∂W = aᵀ·δ             ∂L/∂W_jk = Σ_i a_ij δ_ik             δ = ∂L/∂z of this layer
 *              ∂L/∂b = Σ_rows δ         ∂L/∂b_k  = Σ_i δ_ik
 * backward     δ_below = (δ·Wᵀ) ⊙ f'(z_below)                                 ∂L/∂z of the layer below
 * </pre>
 *
 * W has DL4J's shape [nIn][nOut] (one row per input, one column per unit), stored flat row-major: W_jk at
 * [j·nOut + k]. Batch arrays are flat row-major too, [row·width + unit].
 *
 * <p><b>Summation order</b> (what the DL4J twin is compared against): z_ik adds a_ij W_jk for j increasing from 0,
 * then b_k (as DL4J: a·W, then the bias row); ∂L/∂W_jk and ∂L/∂b_k start at 0 and add row by row, rows in batch
 * order; (δ·Wᵀ)_ij adds δ_ik W_jk for k increasing. Every product is rounded, then added (no fused multiply-add).
 * Terms with a_ij = 0 are skipped: they add exactly 0 (W and δ are finite), and MNIST pixels and ReLU outputs are
 * mostly 0. The inner loops run over k, contiguous in W, z, δ and ∂L/∂W. Not thread-safe: {@link #step} changes it.
 */
public final class DenseLayer {

    private final int inputs;
    private final int units;
    /** W_jk at [j·units + k]. */
    private final double[] weights;
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
        this.inputs = weights.length;
        this.units = weights[0].length;
        for (int j = 0; j < inputs; j++) {
            if (weights[j].length != units) {
                throw new IllegalArgumentException(name + ": W row " + j + " has " + weights[j].length
                        + " columns, row 0 has " + units);
            }
        }
        if (bias.length != units) {
            throw new IllegalArgumentException(name + ": W is " + shape(weights) + " (nIn × nOut) but b has "
                    + bias.length + " values, needs nOut = " + units);
        }
        this.weights = FlatData.flatten(weights);
        this.bias = bias.clone();
    }

    /** @return "rows × columns" of a matrix, for messages */
    static String shape(double[][] matrix) {
        return matrix.length + " × " + (matrix.length == 0 ? 0 : matrix[0].length);
    }

    /** @return nIn, the width of this layer's input */
    public int inputs() {
        return inputs;
    }

    /** @return nOut, the number of units */
    public int units() {
        return units;
    }

    /** @return a copy of W, [nIn][nOut] */
    public double[][] weights() {
        double[][] w = new double[inputs][];
        for (int j = 0; j < inputs; j++) {
            w[j] = Arrays.copyOfRange(weights, j * units, (j + 1) * units);
        }
        return w;
    }

    /** @return a copy of W, flat row-major: W_jk at [j·nOut + k] (one array copy, for reads at every step) */
    public double[] flatWeights() {
        return weights.clone();
    }

    /** @return a copy of b */
    public double[] bias() {
        return bias.clone();
    }

    /**
     * The forward product on a batch: z = a·W + b.
     *
     * @param input   the batch's inputs; row i's nIn values start at {@code input[offsets[i]]}
     * @param offsets where each row starts (lets the first layer read a mini-batch in place from the data set)
     * @param batch   the number of rows
     * @param z       receives z, [i·nOut + k]
     */
    void forward(double[] input, int[] offsets, int batch, double[] z) {
        double[] w = weights;
        int n = units;
        for (int i = 0; i < batch; i++) {
            int zi = i * n;
            Arrays.fill(z, zi, zi + n, 0);
            int ai = offsets[i];
            for (int j = 0; j < inputs; j++) {
                double aij = input[ai + j];
                if (aij == 0) {
                    continue;                                    // adds exactly 0
                }
                int wj = j * n;
                for (int k = 0; k < n; k++) {
                    z[zi + k] += aij * w[wj + k];                // Σ_j a_ij W_jk
                }
            }
            for (int k = 0; k < n; k++) {
                z[zi + k] += bias[k];                            // z_ik = (Σ_j a_ij W_jk) + b_k
            }
        }
    }

    /**
     * The parameter gradients from this layer's δ: ∂L/∂W = aᵀ·δ and ∂L/∂b = Σ_rows δ.
     *
     * @param input   the same inputs as in {@link #forward}
     * @param offsets the same offsets as in {@link #forward}
     * @param batch   the number of rows
     * @param delta   δ = ∂L/∂z of this layer, [i·nOut + k]
     * @param dW      receives ∂L/∂W, [j·nOut + k], nIn·nOut values
     * @param dB      receives ∂L/∂b, nOut values
     */
    void gradients(double[] input, int[] offsets, int batch, double[] delta, double[] dW, double[] dB) {
        int n = units;
        Arrays.fill(dW, 0, inputs * n, 0);
        Arrays.fill(dB, 0, n, 0);
        for (int i = 0; i < batch; i++) {
            int di = i * n;
            int ai = offsets[i];
            for (int j = 0; j < inputs; j++) {
                double aij = input[ai + j];
                if (aij == 0) {
                    continue;                                    // adds exactly 0
                }
                int wj = j * n;
                for (int k = 0; k < n; k++) {
                    dW[wj + k] += aij * delta[di + k];           // ∂L/∂W_jk = Σ_i a_ij δ_ik
                }
            }
            for (int k = 0; k < n; k++) {
                dB[k] += delta[di + k];                          // ∂L/∂b_k = Σ_i δ_ik
            }
        }
    }

    /**
     * The δ of the layer below: δ_below = (δ·Wᵀ) ⊙ f'(z_below), since z = a_below·W + b and a_below = f(z_below).
     *
     * @param delta  δ of this layer, [i·nOut + k]
     * @param batch  the number of rows
     * @param zBelow the layer below's pre-activations, [i·nIn + j]
     * @param aBelow the layer below's activations f(z_below), [i·nIn + j] (spares recomputing exp or tanh)
     * @param below  the layer below's activation f
     * @param out    receives δ_below, [i·nIn + j]
     */
    void backward(double[] delta, int batch, double[] zBelow, double[] aBelow, Activation below, double[] out) {
        double[] w = weights;
        int n = units;
        for (int i = 0; i < batch; i++) {
            int di = i * n;
            for (int j = 0; j < inputs; j++) {
                int wj = j * n;
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += delta[di + k] * w[wj + k];            // (δ·Wᵀ)_ij = Σ_k δ_ik W_jk
                }
                int ij = i * inputs + j;
                out[ij] = sum * below.derivative(zBelow[ij], aBelow[ij]);  // δ_below,ij = (δ·Wᵀ)_ij · f'(z_below,ij)
            }
        }
    }

    /**
     * The SGD update: W ← W − η ∂L/∂W, b ← b − η ∂L/∂b.
     *
     * @param dW           ∂L/∂W, [j·nOut + k]
     * @param dB           ∂L/∂b
     * @param learningRate η
     */
    void step(double[] dW, double[] dB, double learningRate) {
        for (int jk = 0; jk < weights.length; jk++) {
            weights[jk] -= learningRate * dW[jk];                // W_jk ← W_jk − η ∂L/∂W_jk
        }
        for (int k = 0; k < units; k++) {
            bias[k] -= learningRate * dB[k];                     // b_k ← b_k − η ∂L/∂b_k
        }
    }
}
