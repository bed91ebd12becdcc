package nnbasics.handwritten.kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import nnbasics.handwritten.classification.FlatData;
import nnbasics.handwritten.network.Activation;
import nnbasics.handwritten.network.SoftmaxOutput;

/**
 * The tuned kernel of the readable {@code network.Backpropagation}: the loss of a batch and its gradient, and the SGD
 * step, with the same sums in the same order, so the same bits ({@code docs/derivations.md}, section 11); the
 * buffers it needs are kept from batch to batch.
 *
 * <pre>
 * forward      a_{−1} = x,   z_l = a_{l−1}·W_l + b_l,   a_l = f(z_l) (l &lt; L),   p = softmax(z_L)
 * dropout      a'_{l−1} = a_{l−1} ⊙ m_l/p in place of a_{l−1} for every l &lt; L, while training with keep p &lt; 1
 * loss         L = −(1/B) Σ_i log p_{i,y_i}                   (of the dropped forward pass)
 * output       δ_L = (p − y) / B
 * backward     δ_{l−1} = (δ_l·W_lᵀ) ⊙ f'(z_{l−1}),   ((δ_l·W_lᵀ) ⊙ m_l/p) ⊙ f'(z_{l−1}) for a dropped input
 * gradients    ∂L/∂W_l = a_{l−1}ᵀ·δ_l,   ∂L/∂b_l = Σ_rows δ_l
 * </pre>
 *
 * (Layers indexed 0 … L from the input here; the input itself is a_{−1}, and it needs no δ.) The first layer reads
 * the batch's rows from the data set without copying them: in training from the training set's nonzero features,
 * indexed once ({@link SparseRows}), otherwise from the rows in place. Nothing is allocated per batch once the
 * buffers are as large as the largest batch seen.
 *
 * <p><b>Two phases, cut into fixed chunks</b>: the forward and backward lines above are row by row (row i's z, a,
 * p and δ depend on row i alone), so the first phase cuts the batch into slices of rows; the gradients are sums
 * over the rows, so the second phase cuts them into bands of W's rows j (and one chunk per bias), each adding the
 * batch's rows in order. Every chunk writes only its own outputs, so the numbers are the same bits for any number
 * of threads ({@link Chunks}; pinned by a test). Not thread-safe itself: one caller at a time, one instance per
 * network.
 */
final class BackpropagationKernel {

    /** Rows per forward pass when only the loss or p of a whole (possibly large) data set are wanted. */
    private static final int CHUNK = 1000;
    /** A batch's rows are cut into this many slices for the first phase (fixed: nothing depends on the threads). */
    private static final int ROW_SLICES = 8;
    /**
     * Below this many multiply-adds per batch (batch × Σ_l nIn·nOut) a batch runs on the calling thread alone: waking
     * another thread costs more than it saves (the guide's houses networks). The numbers are the same either way.
     */
    static final long SHARED_WORK = 200_000;

    private final DenseKernel[] layers;
    private final Activation hidden;
    private final int layerCount;
    /** z_l and a_l of the batch, [l][i][k]; for the output layer a holds p. */
    private double[][][] z;
    private double[][][] a;
    /** δ_l = ∂L/∂z_l of the batch, [l][i][k]. */
    private double[][][] delta;
    /** −log p_{i,y_i} of each row of the batch. */
    private double[] rowLoss;
    /** The nonzero inputs of each row to each layer: the data set's row for l = 0, a_{l−1}'s row above. */
    private NonzeroInputs[] inputs;
    private int capacity;
    /** The nonzero features of the training set seen last, built on its first batch. */
    private SparseRows trainingRows;
    /** ∂L/∂W_l, [l][j][k], and ∂L/∂b_l of the last batch. */
    private final double[][][] weightGradients;
    private final double[][] biasGradients;
    /** The second phase's chunks: {layer, band} for a band of W's rows j, {layer, −1} for b. */
    private final int[][] gradientChunks;
    /** Multiply-adds per row of a batch, Σ_l nIn·nOut. */
    private final long workPerRow;
    private final Chunks chunks;
    /** m_l of every hidden layer l for the batch being trained, [l][i][j], and 1/p; null without dropout. */
    private boolean[][][] kept;
    private double dropScale;
    /** Room for each band's lists in the second phase, one per chunk (its own, so chunks share nothing). */
    private DenseKernel.BandScratch[] bandScratch = new DenseKernel.BandScratch[0];
    private int bandCapacity;

    /**
     * @param layers  the layers whose gradient this computes (and which {@link #compute} may step), input side first
     * @param hidden  f of the hidden layers
     * @param chunks  the threads that share a large batch's work; the numbers are the same for any number
     */
    BackpropagationKernel(DenseKernel[] layers, Activation hidden, Chunks chunks) {
        this.layers = layers;
        this.hidden = hidden;
        this.layerCount = layers.length;
        this.weightGradients = new double[layerCount][][];
        this.biasGradients = new double[layerCount][];
        List<int[]> cut = new ArrayList<>();
        long work = 0;
        for (int l = 0; l < layerCount; l++) {
            DenseKernel layer = layers[l];
            weightGradients[l] = new double[layer.inputs()][layer.units()];
            biasGradients[l] = new double[layer.units()];
            for (int band = 0; band < NonzeroInputs.bands(layer.inputs()); band++) {
                cut.add(new int[] {l, band});
            }
            cut.add(new int[] {l, -1});
            work += (long) layer.inputs() * layer.units();
        }
        this.gradientChunks = cut.toArray(new int[0][]);
        this.workPerRow = work;
        this.chunks = chunks;
        reserve(1);
    }

    /**
     * For other layers of the same shapes: one that shares this one's threads and its index of the training set's
     * nonzero features (read-only), so that a copy of a trainer at other parameters (a step from another engine's
     * state, at every update) does not index the data again. The two must not be used at the same time.
     */
    BackpropagationKernel sharingWith(DenseKernel[] other) {
        BackpropagationKernel shared = new BackpropagationKernel(other, hidden, chunks);
        shared.trainingRows = trainingRows;
        return shared;
    }

    /** Builds the index of {@code data}'s nonzero features now (once), so that instances sharing it need not. */
    void index(FlatData data) {
        if (trainingRows == null || !trainingRows.indexes(data)) {
            trainingRows = SparseRows.of(data);
        }
    }

    /** Grows the batch buffers to hold {@code batch} rows. */
    private void reserve(int batch) {
        if (batch <= capacity) {
            return;
        }
        z = new double[layerCount][][];
        a = new double[layerCount][][];
        delta = new double[layerCount][][];
        inputs = new NonzeroInputs[layerCount];
        rowLoss = new double[batch];
        for (int l = 0; l < layerCount; l++) {
            int units = layers[l].units();
            z[l] = new double[batch][units];
            a[l] = new double[batch][units];
            delta[l] = new double[batch][units];
            inputs[l] = new NonzeroInputs(batch, layers[l].inputs());
        }
        capacity = batch;
    }

    /** Runs the chunks 0 … n−1 of one phase: on the helpers for a large batch, else on the calling thread. */
    private void phase(int n, int batch, IntConsumer work) {
        if (chunks.threads() > 1 && batch * workPerRow >= SHARED_WORK) {
            chunks.run(n, work);
        } else {
            for (int c = 0; c < n; c++) {
                work.accept(c);
            }
        }
    }

    /**
     * The first phase for the rows {@code rows[from … from+batch−1]} of {@code features}: z_l, a_l and p of every
     * row, and with {@code labels}, −log p_{i,y_i}, δ_L and every δ_l too (row by row, slices of rows as chunks).
     *
     * @param labels the labels of {@code features}, or null for the forward pass alone
     * @param sparse the nonzero features of {@code features}, or null to gather them from each row
     */
    private void rows(double[] features, int featureCount, int[] labels, SparseRows sparse, int[] rows, int from,
                      int batch) {
        reserve(batch);
        for (int l = 1; l < layerCount; l++) {
            layers[l].refreshTransposed();               // Wᵀ for δ_{l−1} (the input needs no δ)
        }
        int slices = Math.min(ROW_SLICES, batch);
        phase(slices, batch, slice -> {
            for (int i = slice * batch / slices; i < (slice + 1) * batch / slices; i++) {
                int row = rows[from + i];
                if (kept != null) {
                    inputs[0].gatherDropped(i, features, row * featureCount, kept[0][i], dropScale);  // x ⊙ m_0/p
                } else if (sparse == null) {
                    inputs[0].gather(i, features, row * featureCount);    // row i of the batch, read in place
                } else {
                    inputs[0].refer(i, sparse.columns(), sparse.values(), sparse.starts()[row],
                            sparse.starts()[row + 1]);
                }
                row(i, labels == null ? -1 : labels[row], batch);
            }
        });
    }

    /** Row i of the first phase; {@code label} −1 for the forward pass alone. */
    private void row(int i, int label, int batch) {
        int last = layerCount - 1;
        for (int l = 0; l <= last; l++) {
            layers[l].forward(inputs[l], i, z[l][i]);                    // z_l = a_{l−1}·W_l + b_l
            if (l < last) {
                for (int k = 0; k < z[l][i].length; k++) {
                    a[l][i][k] = hidden.value(z[l][i][k]);                      // a_l = f(z_l)
                }
                if (kept != null && l + 1 < last) {
                    inputs[l + 1].gatherDropped(i, a[l][i], 0, kept[l + 1][i], dropScale);   // a' = a ⊙ m/p
                } else {
                    inputs[l + 1].gather(i, a[l][i], 0);
                }
            } else {
                System.arraycopy(z[l][i], 0, a[l][i], 0, z[l][i].length);
                SoftmaxOutput.softmaxInPlace(a[l][i]);                          // p = softmax(z_L)
            }
        }
        if (label < 0) {
            return;
        }
        rowLoss[i] = SoftmaxOutput.rowLoss(a[last][i], label);                 // −log p_{i,y_i}
        SoftmaxOutput.delta(a[last][i], label, batch, delta[last][i]);         // δ_L = (p − y) / B
        for (int l = last; l > 0; l--) {
            boolean dropped = kept != null && l < last;
            layers[l].backward(delta[l][i], z[l - 1][i], a[l - 1][i], hidden, dropped ? kept[l][i] : null,
                    dropScale, delta[l - 1][i]);
            //                                  δ_{l−1} = ((δ_l·W_lᵀ) ⊙ m_l/p) ⊙ f'(z_{l−1}), no m_l/p if not dropped
        }
    }

    /**
     * Fills the gradient buffers for the rows {@code rows[from … to−1]} at the network's current parameters and,
     * with a positive rate, takes the SGD step θ ← θ − η ∂L/∂θ of every layer as each band of the gradient is done
     * (every δ is computed before any W changes, and a band's gradient needs only δ and a).
     *
     * @param rate η, or 0 for the gradient alone
     * @return the batch loss L = −(1/B) Σ_i log p_{i,y_i}, at the parameters before the step
     */
    double compute(FlatData data, int[] rows, int from, int to, double rate) {
        return compute(data, rows, from, to, rate, null, 1.0);
    }

    /**
     * The same while training with dropout on the input of every hidden layer (the readable
     * {@code Backpropagation}'s): the forward and the backward pass use the same masks, and L is the loss of the
     * dropped forward pass.
     *
     * @param masks m_l of every hidden layer l, [l][i][j] (B × nIn_l each); null for none
     * @param scale 1/p
     */
    double compute(FlatData data, int[] rows, int from, int to, double rate, boolean[][][] masks, double scale) {
        int batch = data.checkBatch(rows, from, to);     // the network fits the data: NetworkKernel checked
        if (batch > bandCapacity) {
            bandScratch = new DenseKernel.BandScratch[gradientChunks.length];
            for (int c = 0; c < gradientChunks.length; c++) {
                bandScratch[c] = new DenseKernel.BandScratch(NonzeroInputs.BAND_ROWS, batch);
            }
            bandCapacity = batch;
        }
        index(data);
        kept = masks;
        dropScale = scale;
        try {
            rows(data.features(), data.featureCount(), data.labels(), trainingRows, rows, from, batch);
        } finally {
            kept = null;                                 // the loss and p of a whole set are never dropped
        }
        phase(gradientChunks.length, batch, c -> {
            int l = gradientChunks[c][0];
            DenseKernel layer = layers[l];
            if (gradientChunks[c][1] < 0) {
                layer.biasGradient(delta[l], batch, biasGradients[l], rate);     // ∂L/∂b_l = Σ_rows δ_l
            } else {
                layer.weightGradient(inputs[l], batch, delta[l], weightGradients[l], gradientChunks[c][1], rate,
                        bandScratch[c]);                                          // ∂L/∂W_l = a_{l−1}ᵀ·δ_l
            }
        });
        double lossSum = 0;
        for (int i = 0; i < batch; i++) {
            lossSum += rowLoss[i];                                               // Σ_i −log p_{i,y_i}, in order
        }
        return lossSum / batch;
    }

    /**
     * The gradient of the rows {@code rows[from … to−1]} at the current parameters, then the step an optimiser
     * describes: layer l's W through {@code steps[2l]}, its b through {@code steps[2l + 1]}.
     *
     * @return the batch loss, at the parameters before the step
     */
    double compute(FlatData data, int[] rows, int from, int to, nnbasics.handwritten.updaters.Step[] steps,
                   boolean[][][] masks, double scale) {
        double loss = compute(data, rows, from, to, 0, masks, scale);            // L, ∂L/∂θ; no update
        for (int l = 0; l < layers.length; l++) {
            layers[l].step(weightGradients[l], biasGradients[l], steps[2 * l], steps[2 * l + 1]);  // θ ← θ − u
        }
        return loss;
    }

    /**
     * @return the mean cross-entropy over every example of {@code data} at the current parameters, no update:
     *         (1/N) Σ_i −log p_{i,y_i}, one running sum in row order (the readable model's), {@value #CHUNK} rows
     *         per forward pass
     */
    public double loss(FlatData data) {
        int[] all = identity(data.size());
        double sum = 0;
        for (int from = 0; from < all.length; from += CHUNK) {
            int batch = Math.min(CHUNK, all.length - from);
            rows(data.features(), data.featureCount(), data.labels(), null, all, from, batch);
            for (int i = 0; i < batch; i++) {
                sum += rowLoss[i];                                               // Σ_i −log p_{i,y_i}, in order
            }
        }
        return sum / all.length;
    }

    /**
     * @param features row-major, rows × nIn of the first layer
     * @param rows     the number of rows
     * @return p, [row][class]
     */
    double[][] probabilities(double[] features, int rows) {
        int[] all = identity(rows);
        double[][] p = new double[rows][];
        for (int from = 0; from < rows; from += CHUNK) {
            int batch = Math.min(CHUNK, rows - from);
            rows(features, layers[0].inputs(), null, null, all, from, batch);
            for (int i = 0; i < batch; i++) {
                p[from + i] = a[layerCount - 1][i].clone();
            }
        }
        return p;
    }

    /** @return 0, 1, …, n − 1 */
    static int[] identity(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }
}
