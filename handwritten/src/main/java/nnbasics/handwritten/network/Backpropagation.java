package nnbasics.handwritten.network;

import java.util.ArrayList;
import java.util.List;

/**
 * The loss of a batch and its gradient by backpropagation, with the buffers it needs kept from batch to batch
 * ({@code docs/derivations.md}, section 11).
 *
 * <pre>
 * forward      a_{−1} = x,   z_l = a_{l−1}·W_l + b_l,   a_l = f(z_l) (l &lt; L),   p = softmax(z_L)
 * loss         L = −(1/B) Σ_i log p_{i,y_i}
 * output       δ_L = (p − y) / B
 * backward     ∂L/∂W_l = a_{l−1}ᵀ·δ_l,   ∂L/∂b_l = Σ_rows δ_l,   δ_{l−1} = (δ_l·W_lᵀ) ⊙ f'(z_{l−1})
 * </pre>
 *
 * (Layers indexed 0 … L from the input here; the input itself is a_{−1}.) The first layer reads the batch's rows in
 * place from the data set, without copying them. Nothing is allocated per batch once the buffers are as large as
 * the largest batch seen. Not thread-safe; one instance per network.
 */
public final class Backpropagation {

    /** Rows per forward pass when only the loss or p of a whole (possibly large) data set are wanted. */
    private static final int CHUNK = 1000;

    private final Network network;
    private final int layerCount;
    /** z_l and a_l of the batch, [i·units_l + k]; for the output layer a holds p. */
    private double[][] z;
    private double[][] a;
    /** δ_l = ∂L/∂z_l of the batch, [i·units_l + k]. */
    private double[][] delta;
    /** Where row i's input starts: for layer 0 in the data set, for layer l ≥ 1 at i·units_{l−1} in a_{l−1}. */
    private int[][] offsets;
    private int capacity;
    /** ∂L/∂W_l, [j·nOut + k], and ∂L/∂b_l of the last batch. */
    private final double[][] weightGradients;
    private final double[][] biasGradients;

    /** @param network the network whose gradient this computes (and which {@link #step} changes) */
    public Backpropagation(Network network) {
        this.network = network;
        this.layerCount = network.layerCount();
        this.weightGradients = new double[layerCount][];
        this.biasGradients = new double[layerCount][];
        for (int l = 0; l < layerCount; l++) {
            DenseLayer layer = network.layer(l);
            weightGradients[l] = new double[layer.inputs() * layer.units()];
            biasGradients[l] = new double[layer.units()];
        }
        reserve(1);
    }

    /** Grows the batch buffers to hold {@code batch} rows. */
    private void reserve(int batch) {
        if (batch <= capacity) {
            return;
        }
        z = new double[layerCount][];
        a = new double[layerCount][];
        delta = new double[layerCount][];
        offsets = new int[layerCount][batch];
        for (int l = 0; l < layerCount; l++) {
            int units = network.layer(l).units();
            z[l] = new double[batch * units];
            a[l] = new double[batch * units];
            delta[l] = new double[batch * units];
            if (l > 0) {
                int width = network.layer(l - 1).units();
                for (int i = 0; i < batch; i++) {
                    offsets[l][i] = i * width;                  // a_{l−1} is the batch buffer, rows contiguous
                }
            }
        }
        capacity = batch;
    }

    /**
     * Forward through every layer for the rows {@code rows[from … from+batch−1]} of {@code features}; leaves z_l, a_l
     * and p (in a of the output layer) in the buffers.
     */
    private void forward(double[] features, int featureCount, int[] rows, int from, int batch) {
        reserve(batch);
        for (int i = 0; i < batch; i++) {
            offsets[0][i] = rows[from + i] * featureCount;      // row i of the batch, in place in the data set
        }
        int last = layerCount - 1;
        for (int l = 0; l <= last; l++) {
            double[] input = l == 0 ? features : a[l - 1];
            network.layer(l).forward(input, offsets[l], batch, z[l]);           // z_l = a_{l−1}·W_l + b_l
            int length = batch * network.layer(l).units();
            if (l < last) {
                network.hidden().apply(z[l], a[l], length);                      // a_l = f(z_l)
            } else {
                System.arraycopy(z[l], 0, a[l], 0, length);
                SoftmaxOutput.softmaxInPlace(a[l], batch, network.classCount()); // p = softmax(z_L)
            }
        }
    }

    /**
     * Fills the gradient buffers for the rows {@code rows[from … to−1]} at the network's current parameters.
     *
     * @return the batch loss L = −(1/B) Σ_i log p_{i,y_i}
     */
    double compute(FlatData data, int[] rows, int from, int to) {
        int batch = checkBatch(data, rows, from, to);
        forward(data.features(), data.featureCount(), rows, from, batch);
        int last = layerCount - 1;
        int classes = network.classCount();
        double loss = SoftmaxOutput.lossSum(a[last], data.labels(), rows, from, batch, classes) / batch;
        SoftmaxOutput.delta(a[last], data.labels(), rows, from, batch, classes, delta[last]);   // δ_L = (p − y) / B
        for (int l = last; l >= 0; l--) {
            DenseLayer layer = network.layer(l);
            double[] input = l == 0 ? data.features() : a[l - 1];
            layer.gradients(input, offsets[l], batch, delta[l], weightGradients[l], biasGradients[l]);
            //                                                   ∂L/∂W_l = a_{l−1}ᵀ·δ_l,  ∂L/∂b_l = Σ_rows δ_l
            if (l > 0) {
                layer.backward(delta[l], batch, z[l - 1], a[l - 1], network.hidden(), delta[l - 1]);
                //                                                   δ_{l−1} = (δ_l·W_lᵀ) ⊙ f'(z_{l−1})
            }
        }
        return loss;
    }

    /** @return the batch size; throws if {@code rows[from … to−1]} is not a batch of at least one row of the data */
    private int checkBatch(FlatData data, int[] rows, int from, int to) {
        if (data.featureCount() != network.inputCount() || data.classCount() != network.classCount()) {
            throw new IllegalArgumentException("the network " + network.architecture() + " does not fit data of "
                    + data.featureCount() + " features and " + data.classCount() + " classes");
        }
        if (from < 0 || to > rows.length || to - from < 1) {
            throw new IllegalArgumentException("positions " + from + " … " + (to - 1) + " of " + rows.length
                    + " rows are not a batch of at least one row");
        }
        for (int r = from; r < to; r++) {
            if (rows[r] < 0 || rows[r] >= data.size()) {
                throw new IllegalArgumentException("row " + rows[r] + " is not a row of the " + data.size()
                        + " examples");
            }
        }
        return to - from;
    }

    /**
     * The SGD update of every layer with the gradient of the last {@link #compute}: θ ← θ − η ∂L/∂θ. Every gradient
     * was taken at the old parameters before any layer changes.
     */
    void step(double learningRate) {
        for (int l = 0; l < layerCount; l++) {
            network.layer(l).step(weightGradients[l], biasGradients[l], learningRate);
        }
    }

    /**
     * The loss and gradient of a batch, copied out (for checks and read-outs; training uses the buffers directly).
     *
     * @param data the examples
     * @param rows the batch: indices into {@code data}, at least one (a row may repeat)
     * @return L and ∂L/∂W_l, ∂L/∂b_l of every layer, at the network's current parameters
     */
    public NetworkGradient gradient(FlatData data, int[] rows) {
        double loss = compute(data, rows, 0, rows.length);
        List<double[][]> dW = new ArrayList<>();
        List<double[]> dB = new ArrayList<>();
        for (int l = 0; l < layerCount; l++) {
            DenseLayer layer = network.layer(l);
            double[][] m = new double[layer.inputs()][layer.units()];
            for (int j = 0; j < layer.inputs(); j++) {
                System.arraycopy(weightGradients[l], j * layer.units(), m[j], 0, layer.units());
            }
            dW.add(m);
            dB.add(biasGradients[l].clone());
        }
        return new NetworkGradient(dW, dB, loss);
    }

    /**
     * @return the mean cross-entropy over every example of {@code data} at the current parameters, no update:
     *         Σ_i −log p_{i,y_i} in row order, then / N (forward passes of {@value #CHUNK} rows)
     */
    public double loss(FlatData data) {
        int[] all = identity(data.size());
        checkBatch(data, all, 0, all.length);
        double sum = 0;
        for (int from = 0; from < all.length; from += CHUNK) {
            int batch = Math.min(CHUNK, all.length - from);
            forward(data.features(), data.featureCount(), all, from, batch);
            sum += SoftmaxOutput.lossSum(a[layerCount - 1], data.labels(), all, from, batch, network.classCount());
        }
        return sum / all.length;
    }

    /**
     * @param features row-major, rows × {@code network.inputCount()}
     * @param rows     the number of rows
     * @return p, [row][class]
     */
    double[][] probabilities(double[] features, int rows) {
        int classes = network.classCount();
        int[] all = identity(rows);
        double[][] p = new double[rows][classes];
        for (int from = 0; from < rows; from += CHUNK) {
            int batch = Math.min(CHUNK, rows - from);
            forward(features, network.inputCount(), all, from, batch);
            for (int i = 0; i < batch; i++) {
                System.arraycopy(a[layerCount - 1], i * classes, p[from + i], 0, classes);
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
