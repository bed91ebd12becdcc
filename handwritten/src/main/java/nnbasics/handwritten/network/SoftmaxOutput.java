package nnbasics.handwritten.network;

import nnbasics.handwritten.classification.CrossEntropy;
import nnbasics.handwritten.classification.Softmax;

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
 * <p>The loss is −log p, p from the max-shifted softmax and clipped to [1e−10, 1 − 1e−10] as DL4J's score does
 * ({@link CrossEntropy#clip}; the score only, not the gradient): a row fitted to p = 1 counts about 1e−10, not 0, and a
 * row whose p underflows counts −log 1e−10 ≈ 23.03, not ∞.
 *
 * <p>Public so that the tuned kernel ({@code nnbasics.handwritten.kernels}) computes these formulas through the very
 * same code.
 */
public final class SoftmaxOutput {

    private SoftmaxOutput() {
    }

    /**
     * @param z a row's K logits; not modified
     * @return p, the row's probabilities
     */
    static double[] softmax(double[] z) {
        double[] p = z.clone();
        softmaxInPlace(p);
        return p;
    }

    /**
     * Replaces a row of logits by its probabilities.
     *
     * @param z the row's K logits on the way in, p on the way out
     */
    public static void softmaxInPlace(double[] z) {
        Softmax.inPlace(z);                                      // p_ik = e^{z_ik − c_i} / Σ_m e^{z_im − c_i}
    }

    /**
     * @param p     a row's probabilities
     * @param label its true class y_i
     * @return −log p_{i,y_i}, the row's cross-entropy (the caller adds the rows in order and divides by their count)
     */
    public static double rowLoss(double[] p, int label) {
        return -Math.log(CrossEntropy.clip(p[label]));           // −log clip(p_{i,y_i})
    }

    /**
     * δ at the output, for one row.
     *
     * @param p     the row's probabilities
     * @param label its true class y_i
     * @param batch B, the number of rows in the batch
     * @param delta receives δ_ik = (p_ik − y_ik) / B
     */
    public static void delta(double[] p, int label, int batch, double[] delta) {
        for (int k = 0; k < p.length; k++) {
            double target = k == label ? 1 : 0;                  // y_ik, one-hot
            delta[k] = (p[k] - target) / batch;                  // δ_ik = (p_ik − y_ik) / B
        }
    }
}
