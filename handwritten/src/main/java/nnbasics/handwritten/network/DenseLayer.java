package nnbasics.handwritten.network;

import java.util.Arrays;

/**
 * One dense layer's parameters and the three loops that use them ({@code docs/derivations.md}, section 11): the
 * forward and backward ones row by row, the gradient band by band of W's rows.
 *
 * <pre>
 * forward      z = a·W + b              z_ik = (Σ_j a_ij W_jk) + b_k         a: the batch's inputs, one row each
 * gradients    ∂L/∂W = aᵀ·δ             ∂L/∂W_jk = Σ_i a_ij δ_ik             δ = ∂L/∂z of this layer
 *              ∂L/∂b = Σ_rows δ         ∂L/∂b_k  = Σ_i δ_ik
 * backward     δ_below = (δ·Wᵀ) ⊙ f'(z_below)                                 ∂L/∂z of the layer below
 * </pre>
 *
 * W has DL4J's shape [nIn][nOut] (one row per input, one column per unit), kept as one array per row: W_jk at
 * [j][k]. Its transpose Wᵀ, [k][j], is kept beside it for the backward loop. Batch buffers are one array per row
 * too, [i][unit].
 *
 * <p><b>Summation order</b> (what the DL4J twin is compared against): z_ik adds a_ij W_jk for j increasing from 0,
 * then b_k (as DL4J: a·W, then the bias row); ∂L/∂W_jk and ∂L/∂b_k start at 0 and add row by row, rows in batch
 * order; (δ·Wᵀ)_ij adds δ_ik W_jk for k increasing. Every product is rounded, then added (no fused multiply-add).
 * Terms with a_ij = 0 or δ_ik = 0 are skipped: they add exactly 0 (W and δ are finite, and every sum starts at +0),
 * and MNIST pixels and ReLU outputs are mostly 0 ({@link NonzeroInputs} lists the others).
 *
 * <p><b>Speed</b>: every inner loop runs over k (or over j for the backward loop) through arrays that all start at
 * index 0 — rows of W, Wᵀ, z, δ or ∂L/∂W — so that the JIT compiles it to vector instructions (with one flat array
 * and row offsets it does not, and is about three times slower). The forward and gradient loops take four terms of
 * a sum per pass, {@code z[k] = z[k] + a0·w0[k] + a1·w1[k] + a2·w2[k] + a3·w3[k]}: Java adds left to right, so
 * that is the same four additions in the same order, with z (or a row of ∂L/∂W) loaded and stored once instead of
 * four times. Vector lanes compute the same rounded products and sums as scalar code, so none of this changes a
 * bit. Not thread-safe: {@link #weightGradient} and {@link #biasGradient} change W and b; chunks of a batch must
 * touch different bands.
 */
public final class DenseLayer {

    private final int inputs;
    private final int units;
    /** W_jk at [j][k]: row j holds input j's weights to every unit. */
    private final double[][] weights;
    /** Wᵀ: W_jk at [k][j], the same numbers, for the backward loop ({@link #refreshTransposed} after W changes). */
    private final double[][] transposed;
    private boolean transposedIsStale;
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
        this.weights = new double[inputs][];
        this.transposed = new double[units][inputs];
        for (int j = 0; j < inputs; j++) {
            this.weights[j] = weights[j].clone();
            for (int k = 0; k < units; k++) {
                transposed[k][j] = weights[j][k];
            }
        }
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
            w[j] = weights[j].clone();
        }
        return w;
    }

    /** @return a copy of W, flat row-major: W_jk at [j·nOut + k] (one array, for reads at every step) */
    public double[] flatWeights() {
        double[] flat = new double[inputs * units];
        for (int j = 0; j < inputs; j++) {
            System.arraycopy(weights[j], 0, flat, j * units, units);
        }
        return flat;
    }

    /** @return a copy of b */
    public double[] bias() {
        return bias.clone();
    }

    /**
     * The forward product for one row of the batch: z_i = a_i·W + b, over the row's nonzero inputs, j increasing.
     *
     * @param input the batch's nonzero inputs to this layer
     * @param i     the row
     * @param z     receives z_i, nOut values
     */
    void forward(NonzeroInputs input, int i, double[] z) {
        int[] columns = input.columns[i];
        double[] values = input.values[i];
        int end = input.to[i];
        Arrays.fill(z, 0);
        int p = input.from[i];
        for (; p + 4 <= end; p += 4) {                       // four inputs at a time: z is loaded and stored once
            double a0 = values[p], a1 = values[p + 1], a2 = values[p + 2], a3 = values[p + 3];
            double[] w0 = weights[columns[p]], w1 = weights[columns[p + 1]];
            double[] w2 = weights[columns[p + 2]], w3 = weights[columns[p + 3]];
            for (int k = 0; k < units; k++) {
                z[k] = z[k] + a0 * w0[k] + a1 * w1[k] + a2 * w2[k] + a3 * w3[k];   // Σ_j a_ij W_jk, j in order
            }
        }
        for (; p < end; p++) {
            double aij = values[p];
            double[] wj = weights[columns[p]];
            for (int k = 0; k < units; k++) {
                z[k] += aij * wj[k];                         // Σ_j a_ij W_jk
            }
        }
        for (int k = 0; k < units; k++) {
            z[k] += bias[k];                                 // z_ik = (Σ_j a_ij W_jk) + b_k
        }
    }

    /** Copies W into Wᵀ if W changed since the last copy: call before {@link #backward}, not during. */
    void refreshTransposed() {
        if (transposedIsStale) {
            for (int j = 0; j < inputs; j++) {
                for (int k = 0; k < units; k++) {
                    transposed[k][j] = weights[j][k];
                }
            }
            transposedIsStale = false;
        }
    }

    /**
     * The δ of the layer below for one row: δ_below,i = (δ_i·Wᵀ) ⊙ f'(z_below,i), since z = a_below·W + b and
     * a_below = f(z_below). The sum over k runs as k increases, all j at once (a row of Wᵀ per k).
     *
     * @param delta  δ_i of this layer, nOut values
     * @param zBelow the layer below's pre-activations z_below,i, nIn values
     * @param aBelow its activations f(z_below,i) (spares recomputing exp or tanh)
     * @param below  the layer below's activation f
     * @param out    receives δ_below,i, nIn values
     */
    void backward(double[] delta, double[] zBelow, double[] aBelow, Activation below, double[] out) {
        Arrays.fill(out, 0);
        for (int k = 0; k < units; k++) {
            double dik = delta[k];
            if (dik == 0) {
                continue;                                    // adds exactly 0
            }
            double[] wk = transposed[k];
            for (int j = 0; j < inputs; j++) {
                out[j] += dik * wk[j];                       // (δ·Wᵀ)_ij = Σ_k δ_ik W_jk
            }
        }
        for (int j = 0; j < inputs; j++) {
            out[j] *= below.derivative(zBelow[j], aBelow[j]);   // δ_below,ij = (δ·Wᵀ)_ij · f'(z_below,ij)
        }
    }

    /**
     * Band b of ∂L/∂W = aᵀ·δ: its rows j = b·64 … b·64 + 63 ({@link NonzeroInputs#BAND_ROWS}), the batch's rows i in
     * order; with a positive rate, then also those rows of the SGD update W ← W − η ∂L/∂W. Rows of W are
     * independent, so a batch's gradient can be cut into bands that share nothing.
     *
     * @param input   the batch's nonzero inputs to this layer, as in {@link #forward}
     * @param batch   the number of rows
     * @param delta   δ of this layer, [i][k]
     * @param dW      receives those rows of ∂L/∂W, [j][k]
     * @param band    b
     * @param rate    η, or 0 for the gradient alone
     * @param scratch room for the band's lists, used by this band alone
     */
    void weightGradient(NonzeroInputs input, int batch, double[][] delta, double[][] dW, int band, double rate,
                        BandScratch scratch) {
        int first = band * NonzeroInputs.BAND_ROWS;
        int last = Math.min(first + NonzeroInputs.BAND_ROWS, inputs);
        int[] counts = scratch.counts;
        Arrays.fill(counts, 0);
        for (int i = 0; i < batch; i++) {                    // for each j of the band, its rows with a_ij ≠ 0, in order
            int[] columns = input.columns[i];
            double[] values = input.values[i];
            for (int p = input.bandStarts[i][band]; p < input.bandStarts[i][band + 1]; p++) {
                int b = columns[p] - first;
                scratch.rows[b][counts[b]] = i;
                scratch.values[b][counts[b]++] = values[p];
            }
        }
        for (int j = first; j < last; j++) {
            int b = j - first;
            int[] rows = scratch.rows[b];
            double[] values = scratch.values[b];
            double[] dWj = dW[j];
            Arrays.fill(dWj, 0);
            int t = 0;
            for (; t + 4 <= counts[b]; t += 4) {             // four rows at a time: ∂L/∂W_j is loaded and stored once
                double a0 = values[t], a1 = values[t + 1], a2 = values[t + 2], a3 = values[t + 3];
                double[] d0 = delta[rows[t]], d1 = delta[rows[t + 1]], d2 = delta[rows[t + 2]], d3 = delta[rows[t + 3]];
                for (int k = 0; k < units; k++) {
                    dWj[k] = dWj[k] + a0 * d0[k] + a1 * d1[k] + a2 * d2[k] + a3 * d3[k]; // Σ_i a_ij δ_ik, i in order
                }
            }
            for (; t < counts[b]; t++) {
                double aij = values[t];
                double[] di = delta[rows[t]];
                for (int k = 0; k < units; k++) {
                    dWj[k] += aij * di[k];                   // ∂L/∂W_jk = Σ_i a_ij δ_ik
                }
            }
            if (rate > 0) {
                double[] wj = weights[j];
                for (int k = 0; k < units; k++) {
                    wj[k] -= rate * dWj[k];                  // W_jk ← W_jk − η ∂L/∂W_jk
                }
                transposedIsStale = true;
            }
        }
    }

    /** Room for one band's lists: for each of its rows j of W, the batch rows i with a_ij ≠ 0 and those a_ij. */
    static final class BandScratch {
        final int[] counts;
        final int[][] rows;
        final double[][] values;

        BandScratch(int bandRows, int batch) {
            counts = new int[bandRows];
            rows = new int[bandRows][batch];
            values = new double[bandRows][batch];
        }
    }

    /**
     * ∂L/∂b = Σ_rows δ, rows in order; with a positive rate, then also b ← b − η ∂L/∂b.
     *
     * @param delta δ of this layer, [i][k]
     * @param batch the number of rows
     * @param dB    receives ∂L/∂b, nOut values
     * @param rate  η, or 0 for the gradient alone
     */
    void biasGradient(double[][] delta, int batch, double[] dB, double rate) {
        Arrays.fill(dB, 0);
        for (int i = 0; i < batch; i++) {
            double[] di = delta[i];
            for (int k = 0; k < units; k++) {
                dB[k] += di[k];                              // ∂L/∂b_k = Σ_i δ_ik
            }
        }
        if (rate > 0) {
            for (int k = 0; k < units; k++) {
                bias[k] -= rate * dB[k];                     // b_k ← b_k − η ∂L/∂b_k
            }
        }
    }
}
