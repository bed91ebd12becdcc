package nnbasics.handwritten.network;

/**
 * The output layer's activation and loss: softmax, then the mean cross-entropy, and ∂L/∂z at the output
 * ({@code docs/derivations.md}, sections 8, 9 and 11). DL4J's {@code OutputLayer} with {@code Activation.SOFTMAX}
 * and {@code LossMCXENT}.
 *
 * <pre>
 * c_i  = max_m z_im                                  the shift: no overflow in e^z
 * p_ik = e^{z_ik − c_i} / Σ_m e^{z_im − c_i}
 * L    = −(1/B) Σ_i log p_{i,y_i}
 * δ_ik = ∂L/∂z_ik = (p_ik − y_ik) / B                the softmax Jacobian and the log cancel (section 9)
 * </pre>
 *
 * <p>The loss is −log p, p from the max-shifted softmax, as DL4J's score computes it. DL4J clips p to
 * [1e−10, 1 − 1e−10] in the score only (not in the gradient). The clip makes no difference unless p_{i,y_i} &lt; 1e−10
 * (there DL4J reports −log 1e−10 ≈ 23.03 for that row, this class the true, larger value, or ∞ if p underflows to 0)
 * or p_{i,y_i} &gt; 1 − 1e−10 (there DL4J's row loss is ≈ 1e−10, this class's is smaller: an absolute difference
 * below 1e−10 per row).
 */
final class SoftmaxOutput {

    private SoftmaxOutput() {
    }

    /**
     * Replaces each row of logits by its probabilities.
     *
     * @param z       [i·classes + k], the logits on the way in, p on the way out
     * @param batch   the number of rows
     * @param classes K, the row width
     */
    static void softmaxInPlace(double[] z, int batch, int classes) {
        for (int i = 0; i < batch; i++) {
            int zi = i * classes;
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < classes; k++) {
                max = Math.max(max, z[zi + k]);                  // c_i = max_m z_im
            }
            double sum = 0;
            for (int k = 0; k < classes; k++) {
                z[zi + k] = Math.exp(z[zi + k] - max);           // e^{z_ik − c_i}, at most 1
                sum += z[zi + k];                                // Σ_m e^{z_im − c_i}, at least 1
            }
            for (int k = 0; k < classes; k++) {
                z[zi + k] /= sum;                                // p_ik = e^{z_ik − c_i} / Σ_m e^{z_im − c_i}
            }
        }
    }

    /**
     * @param p       probabilities, [i·classes + k]
     * @param labels  the true class of batch row i is {@code labels[rows[from + i]]}
     * @param rows    indices into {@code labels}
     * @param from    the batch's first position in {@code rows}
     * @param batch   B, the number of rows
     * @param classes K
     * @return the sum Σ_i −log p_{i,y_i} over the batch, rows in order (the caller divides by its count)
     */
    static double lossSum(double[] p, int[] labels, int[] rows, int from, int batch, int classes) {
        double sum = 0;
        for (int i = 0; i < batch; i++) {
            sum -= Math.log(p[i * classes + labels[rows[from + i]]]);  // Σ_i −log p_{i,y_i}
        }
        return sum;
    }

    /**
     * δ at the output.
     *
     * @param p     probabilities, [i·classes + k]
     * @param delta receives δ_ik = (p_ik − y_ik) / B
     */
    static void delta(double[] p, int[] labels, int[] rows, int from, int batch, int classes, double[] delta) {
        for (int i = 0; i < batch; i++) {
            int y = labels[rows[from + i]];
            for (int k = 0; k < classes; k++) {
                double target = k == y ? 1 : 0;                           // y_ik, one-hot
                delta[i * classes + k] = (p[i * classes + k] - target) / batch;   // δ_ik = (p_ik − y_ik) / B
            }
        }
    }
}
