package nnbasics.handwritten.kernels;

import java.util.Arrays;

import nnbasics.handwritten.network.Activation;

/**
 * The tuned kernel of one dense layer: the same formulas as the readable {@code network.DenseLayer}, summed in the
 * same order, written for speed ({@code docs/derivations.md}, section 11).
 *
 * <pre>
 * forward      z_ik = (Σ_j a_ij W_jk) + b_k          j increasing from 0, then + b_k
 * gradients    ∂L/∂W_jk = Σ_i a_ij δ_ik,  ∂L/∂b_k = Σ_i δ_ik     i in batch order, from 0
 * backward     δ_below,ij = (Σ_k δ_ik W_jk) · f'(z_below,ij)      k increasing, from 0
 * </pre>
 *
 * <p><b>Why the bits are the readable model's.</b> Each sum starts at +0 and adds its terms in the readable order;
 * every product is rounded, then added (no fused multiply-add). Terms with a_ij = 0 or δ_ik = 0 are skipped: with
 * W and δ finite such a term is ±0, and s + (±0) = s for every s ≠ 0 while +0 + (±0) = +0, and a running sum that
 * starts at +0 is never −0; so skipping it changes no bit. The four-term passes,
 * {@code z[k] = z[k] + a0·w0[k] + a1·w1[k] + a2·w2[k] + a3·w3[k]}, are Java's left-to-right additions
 * (((z + a0w0) + a1w1) + a2w2) + a3w3: the readable loop's four additions in its order (not z + (a0w0 + …)).
 *
 * <p><b>Speed</b>: only the nonzero inputs are visited ({@link NonzeroInputs}; MNIST pixels and ReLU outputs are
 * mostly 0); every inner loop runs over k (or over j for the backward loop) through arrays that start at index 0 —
 * rows of W, Wᵀ, z, δ or ∂L/∂W — so that the JIT compiles it to vector instructions, which compute the same rounded
 * products and sums as scalar code; four terms per pass load and store z (or a row of ∂L/∂W) once instead of four
 * times. Wᵀ is kept beside W for the backward loop. Not thread-safe: {@link #weightGradient} and
 * {@link #biasGradient} change W and b; chunks of a batch must touch different bands.
 */
final class DenseKernel {

    private final int inputs;
    private final int units;
    /** W_jk at [j][k]: row j holds input j's weights to every unit. */
    private final double[][] weights;
    /** Wᵀ: W_jk at [k][j], the same numbers, for the backward loop ({@link #refreshTransposed} after W changes). */
    private final double[][] transposed;
    private boolean transposedIsStale;
    private final double[] bias;

    /**
     * @param weights W, [nIn][nOut], rectangular (checked by the readable {@code Network}); copied
     * @param bias    b, nOut values; copied
     */
    DenseKernel(double[][] weights, double[] bias) {
        this.inputs = weights.length;
        this.units = weights[0].length;
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
        backward(delta, zBelow, aBelow, below, null, 1.0, out);
    }

    /**
     * The same when this layer's input was dropped (the readable {@code DenseLayer}'s order: the mask on δ·Wᵀ first,
     * then f'): δ_below,i = ((δ_i·Wᵀ) ⊙ m_i/p) ⊙ f'(z_below,i).
     *
     * @param kept  the mask of row i of this layer's input, nIn entries; null for no dropout
     * @param scale 1/p
     */
    void backward(double[] delta, double[] zBelow, double[] aBelow, Activation below, boolean[] kept, double scale,
                  double[] out) {
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
        if (kept != null) {
            for (int j = 0; j < inputs; j++) {
                out[j] = kept[j] ? out[j] * scale : 0.0;     // ⊙ m/p: ·(1/p) where kept, 0 where dropped
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

    /**
     * The step an optimiser describes, the readable {@code DenseLayer}'s: each group through its own {@link
     * nnbasics.handwritten.updaters.Step}, W flat row-major [j·nOut + k]; the same arrays, the same order, the same
     * bits.
     *
     * @param dW      ∂L/∂W, [j][k]
     * @param dB      ∂L/∂b
     * @param weights the step of W
     * @param biases  the step of b
     */
    void step(double[][] dW, double[] dB, nnbasics.handwritten.updaters.Step weights,
              nnbasics.handwritten.updaters.Step biases) {
        double[] w = flatWeights();
        double[] g = new double[inputs * units];
        for (int j = 0; j < inputs; j++) {
            System.arraycopy(dW[j], 0, g, j * units, units);
        }
        weights.take(w, g);                                  // W ← W − u(∂L/∂W)
        for (int j = 0; j < inputs; j++) {
            System.arraycopy(w, j * units, this.weights[j], 0, units);
        }
        transposedIsStale = true;
        biases.take(bias, dB);                               // b ← b − u(∂L/∂b)
    }
}
