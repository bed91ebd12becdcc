package nnbasics.handwritten.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nnbasics.handwritten.classification.FlatData;
import nnbasics.handwritten.updaters.InvertedDropout;

/**
 * The loss of a batch and its gradient by backpropagation ({@code docs/derivations.md}, section 11): one forward
 * sweep keeping every z and a, then one backward sweep from the output to the input.
 *
 * <pre>
 * forward      a_{−1} = x,   z_l = a_{l−1}·W_l + b_l,   a_l = f(z_l) (l &lt; L),   p = softmax(z_L)  or  ŷ = z_L
 * loss         L = −(1/B) Σ_i log p_{i,y_i}                 or  L = (1/(B·K)) Σ_i Σ_k (ŷ_ik − y_ik)²
 * output       δ_L = (p − y) / B                            or  δ_L = 2 (ŷ − y) / (B·K)
 * backward     δ_{l−1} = (δ_l·W_lᵀ) ⊙ f'(z_{l−1})
 * gradients    ∂L/∂W_l = a_{l−1}ᵀ·δ_l,   ∂L/∂b_l = Σ_rows δ_l
 * </pre>
 *
 * (Layers indexed 0 … L from the input here; the input itself is a_{−1}, and it needs no δ.) The output layer is
 * the network's {@link OutputLayer}: softmax with the cross-entropy on labelled rows ({@code FlatData}), the identity
 * with the mean squared error on rows with numeric targets ({@link RegressionRows}); only δ_L and L differ, the
 * backward sweep is the same. Every sum adds its terms in index order from 0; the tuned kernel
 * ({@code nnbasics.handwritten.kernels.BackpropagationKernel}) gives the same bits for the softmax output (it does
 * not train regressions: they take this readable path).
 */
public final class Backpropagation {

    /** Rows per forward pass when the loss or p of a whole data set are wanted: bounds the memory of z and a. */
    private static final int ROWS_PER_PASS = 1000;

    private final Network network;

    /** @param network the network whose loss and gradient this computes */
    public Backpropagation(Network network) {
        this.network = network;
    }

    /**
     * z_l and a_l of every layer for a batch, [l][i][k]; the output layer's a is p. {@code inputs[l]} is what layer
     * l multiplied: a_{l−1} (x for l = 0), or a_{l−1} ⊙ m_l/p while training with dropout.
     */
    private record Forward(double[][][] inputs, double[][][] z, double[][][] a) {

        /** @return p, [i][class] */
        double[][] probabilities() {
            return a[a.length - 1];
        }

        /** @return the input layer l multiplied: a_{l−1} (x for l = 0), dropped if dropout was on */
        double[][] below(int l) {
            return inputs[l];
        }
    }

    /** The forward sweep: z_l = a_{l−1}·W_l + b_l, a_l = f(z_l) below the output, p = softmax(z_L) or ŷ = z_L. */
    private Forward forward(double[][] x) {
        return forward(x, null, null);
    }

    /**
     * The forward sweep of a training step with dropout on the input of every hidden layer (as DL4J's
     * {@code dropOut(p)} on each {@code DenseLayer}; the output layer's input is not dropped):
     * a'_{l−1} = a_{l−1} ⊙ m_l/p, z_l = a'_{l−1}·W_l + b_l.
     *
     * @param dropout p, or null for none
     * @param kept    m_l of every hidden layer l, [l][i][j]; null for none
     */
    private Forward forward(double[][] x, InvertedDropout dropout, boolean[][][] kept) {
        int last = network.layerCount() - 1;
        double[][][] inputs = new double[last + 1][][];
        double[][][] z = new double[last + 1][][];
        double[][][] a = new double[last + 1][][];
        double[][] below = x;
        for (int l = 0; l <= last; l++) {
            inputs[l] = dropout != null && l < last ? dropout.apply(below, kept[l]) : below;   // a' = a ⊙ m/p
            z[l] = network.layer(l).forward(inputs[l]);                      // z_l = a'_{l−1}·W_l + b_l
            a[l] = new double[z[l].length][];
            for (int i = 0; i < z[l].length; i++) {
                a[l][i] = l < last
                        ? network.hidden().apply(z[l][i])                    // a_l = f(z_l)
                        : network.output().activate(z[l][i]);                // p = softmax(z_L), or ŷ = z_L
            }
            below = a[l];
        }
        return new Forward(inputs, z, a);
    }

    /**
     * The loss and gradient of a batch at the network's current parameters.
     *
     * @param data the examples
     * @param rows the batch: indices into {@code data}, at least one (a row may repeat)
     * @return L and ∂L/∂W_l, ∂L/∂b_l of every layer
     */
    public NetworkGradient gradient(FlatData data, int[] rows) {
        return gradient(data, rows, 0, rows.length);
    }

    /** The same for the batch {@code rows[from … to−1]}. */
    NetworkGradient gradient(FlatData data, int[] rows, int from, int to) {
        return gradient(data, rows, from, to, null, null);
    }

    /**
     * The same with dropout on the input of every hidden layer: the forward sweep and the backward sweep use the
     * same masks, and L is the loss of the dropped forward sweep (as DL4J's score after {@code fit}).
     *
     * @param dropout p, or null for none
     * @param kept    m_l of every hidden layer l, [l][i][j] (B × nIn_l each); null for none
     */
    NetworkGradient gradient(FlatData data, int[] rows, int from, int to, InvertedDropout dropout,
                             boolean[][][] kept) {
        checkFit(data);
        int batch = data.checkBatch(rows, from, to);
        double[][] x = new double[batch][];
        int[] labels = new int[batch];
        for (int i = 0; i < batch; i++) {
            x[i] = data.row(rows[from + i]);                                 // a_{−1} = x
            labels[i] = data.labels()[rows[from + i]];
        }
        Forward pass = forward(x, dropout, kept);
        double[][] p = pass.probabilities();
        double lossSum = 0;
        for (int i = 0; i < batch; i++) {
            lossSum += SoftmaxOutput.rowLoss(p[i], labels[i]);               // Σ_i −log p_{i,y_i}
        }
        double[][] delta = new double[batch][];
        for (int i = 0; i < batch; i++) {
            delta[i] = new double[network.classCount()];
            SoftmaxOutput.delta(p[i], labels[i], batch, delta[i]);           // δ_L = (p − y) / B
        }
        return backward(pass, delta, lossSum / batch, dropout, kept);       // L = (1/B) Σ_i −log p_{i,y_i}
    }

    /**
     * The loss and gradient of a batch of a regression network (identity output, mean squared error as DL4J's
     * {@code LossMSE}) at its current parameters.
     *
     * @param data the examples with their numeric targets
     * @param rows the batch: indices into {@code data}, at least one
     * @return L and ∂L/∂W_l, ∂L/∂b_l of every layer
     */
    public NetworkGradient gradient(RegressionRows data, int[] rows) {
        return gradient(data, rows, 0, rows.length);
    }

    /** The same for the batch {@code rows[from … to−1]}. */
    NetworkGradient gradient(RegressionRows data, int[] rows, int from, int to) {
        return gradient(data, rows, from, to, null, null);
    }

    /**
     * The same with dropout on the input of every hidden layer, as the classifier's: the same masks forward and
     * backward, L the loss of the dropped forward sweep.
     *
     * @param dropout p, or null for none
     * @param kept    m_l of every hidden layer l, [l][i][j] (B × nIn_l each); null for none
     */
    NetworkGradient gradient(RegressionRows data, int[] rows, int from, int to, InvertedDropout dropout,
                             boolean[][][] kept) {
        checkFit(data);
        int batch = data.checkBatch(rows, from, to);
        double[][] x = new double[batch][];
        double[][] y = new double[batch][];
        for (int i = 0; i < batch; i++) {
            x[i] = data.row(rows[from + i]);                                 // a_{−1} = x
            y[i] = data.target(rows[from + i]);
        }
        Forward pass = forward(x, dropout, kept);
        double[][] prediction = pass.probabilities();                        // ŷ = z_L
        double lossSum = 0;
        for (int i = 0; i < batch; i++) {
            lossSum += IdentityOutput.rowLoss(prediction[i], y[i]);          // Σ_i Σ_k (ŷ_ik − y_ik)²
        }
        double[][] delta = new double[batch][];
        for (int i = 0; i < batch; i++) {
            delta[i] = new double[data.outputCount()];
            IdentityOutput.delta(prediction[i], y[i], batch, delta[i]);      // δ_L = 2 (ŷ − y) / (B·K)
        }
        return backward(pass, delta, lossSum / ((double) batch * data.outputCount()), dropout, kept);
        //                                                            L = (1/(B·K)) Σ_i Σ_k (ŷ_ik − y_ik)²
    }

    /** The backward sweep from δ_L, the same for either output layer. */
    private NetworkGradient backward(Forward pass, double[][] delta, double loss, InvertedDropout dropout,
                                     boolean[][][] kept) {
        int last = network.layerCount() - 1;
        List<double[][]> dW = new ArrayList<>();
        List<double[]> dB = new ArrayList<>();
        for (int l = last; l >= 0; l--) {
            DenseLayer layer = network.layer(l);
            dW.add(0, layer.weightGradient(pass.below(l), delta));           // ∂L/∂W_l = a_{l−1}ᵀ·δ_l
            dB.add(0, layer.biasGradient(delta));                            // ∂L/∂b_l = Σ_rows δ_l
            if (l > 0) {
                boolean dropped = dropout != null && l < last;
                delta = layer.backward(delta, pass.z()[l - 1], pass.a()[l - 1], network.hidden(),
                        dropped ? 1.0 / dropout.keep() : 1.0, dropped ? kept[l] : null);
                //                                       δ_{l−1} = ((δ_l·W_lᵀ) ⊙ m_l/p) ⊙ f'(z_{l−1})
            }
        }
        return new NetworkGradient(dW, dB, loss);
    }

    /** Throws if the network is no regression or the data do not have its inputs and outputs. */
    private void checkFit(RegressionRows data) {
        if (network.output() != OutputLayer.IDENTITY_MSE || data.featureCount() != network.inputCount()
                || data.outputCount() != network.classCount()) {
            throw new IllegalArgumentException("the network " + network.architecture() + " does not fit regression "
                    + "data of " + data.featureCount() + " features and " + data.outputCount() + " targets");
        }
    }

    /** Throws if the network is no classifier or the data do not have its inputs and classes. */
    private void checkFit(FlatData data) {
        if (network.output() != OutputLayer.SOFTMAX_CROSS_ENTROPY || data.featureCount() != network.inputCount()
                || data.classCount() != network.classCount()) {
            throw new IllegalArgumentException("the network " + network.architecture() + " does not fit data of "
                    + data.featureCount() + " features and " + data.classCount() + " classes");
        }
    }

    /**
     * @return the mean cross-entropy over every example of {@code data} at the current parameters, no update:
     *         (1/N) Σ_i −log p_{i,y_i}, rows in order
     */
    public double loss(FlatData data) {
        checkFit(data);
        double sum = 0;
        for (int from = 0; from < data.size(); from += ROWS_PER_PASS) {
            int to = Math.min(from + ROWS_PER_PASS, data.size());
            double[][] p = probabilities(data.features(), from, to);
            for (int i = from; i < to; i++) {
                sum += SoftmaxOutput.rowLoss(p[i - from], data.labels()[i]);  // Σ_i −log p_{i,y_i}
            }
        }
        return sum / data.size();
    }

    /**
     * @return the mean squared error over every example of {@code data} at the current parameters, no update:
     *         (1/(N·K)) Σ_i Σ_k (ŷ_ik − y_ik)², rows in order
     */
    public double loss(RegressionRows data) {
        checkFit(data);
        double sum = 0;
        for (int from = 0; from < data.size(); from += ROWS_PER_PASS) {
            int to = Math.min(from + ROWS_PER_PASS, data.size());
            double[][] prediction = probabilities(data.features(), from, to);
            for (int i = from; i < to; i++) {
                sum += IdentityOutput.rowLoss(prediction[i - from], data.target(i));  // Σ_i Σ_k (ŷ_ik − y_ik)²
            }
        }
        return sum / ((double) data.size() * data.outputCount());
    }

    /**
     * @param features row-major, rows × {@code network.inputCount()}
     * @param rows     the number of rows
     * @return a_L, [row][output]: p, or ŷ of a regression
     */
    double[][] probabilities(double[] features, int rows) {
        double[][] p = new double[rows][];
        for (int from = 0; from < rows; from += ROWS_PER_PASS) {
            int to = Math.min(from + ROWS_PER_PASS, rows);
            double[][] some = probabilities(features, from, to);
            System.arraycopy(some, 0, p, from, to - from);
        }
        return p;
    }

    /** @return p of the rows from … to−1 of {@code features} */
    private double[][] probabilities(double[] features, int from, int to) {
        int width = network.inputCount();
        double[][] x = new double[to - from][];
        for (int i = from; i < to; i++) {
            x[i - from] = Arrays.copyOfRange(features, i * width, (i + 1) * width);
        }
        return forward(x).probabilities();
    }
}
