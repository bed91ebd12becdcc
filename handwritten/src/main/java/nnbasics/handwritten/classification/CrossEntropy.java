package nnbasics.handwritten.classification;

/**
 * Cross-entropy, the loss softmax is made for (DL4J's {@code MCXENT}; the loss of the MNIST tutorial, section 9).
 *
 * <pre>
 * L = −(1/N) Σ_i Σ_k y_ik log p_ik = −(1/N) Σ_i log p_{i,y_i}       y one-hot
 *
 * For one example (drop i):
 * log p_k = z_k − log Σ_m e^{z_m}
 * ∂ log p_k / ∂z_l = δ_kl − e^{z_l} / Σ_m e^{z_m} = δ_kl − p_l
 * ∂L_i/∂z_l = −Σ_k y_k (δ_kl − p_l)
 *           = −y_l + p_l Σ_k y_k
 *           = p_l − y_l                                             Σ_k y_k = 1
 * ∂L/∂z_il  = (p_il − y_il) / N                                     the mean over N examples
 * </pre>
 *
 * Then {@link SoftmaxGradient#fromLogitGradients} carries ∂L/∂z to W and b.
 *
 * <p>The loss (not the gradient) clips p_{i,y_i} to [1e−10, 1 − 1e−10], as DL4J's {@code LossMCXENT} score does: the
 * two engines report the same loss for rows fitted to p = 1 (about 1e−10 each) and for rows whose p underflows
 * (−log 1e−10 ≈ 23.03, not ∞).
 */
public final class CrossEntropy {

    private CrossEntropy() {
    }

    /** The clip of the loss's probabilities, DL4J's {@code LossMCXENT}: p within [1e−10, 1 − 1e−10]. */
    public static final double CLIP = 1e-10;

    /** @return p clipped to [{@link #CLIP}, 1 − {@link #CLIP}] */
    public static double clip(double p) {
        return Math.min(1 - CLIP, Math.max(CLIP, p));
    }

    /**
     * The mean cross-entropy, computed from the logits so that a tiny probability does not become log 0:
     * log p_y = z_y − c − log Σ_m e^{z_m − c} with c = max z (the same shift as {@link Softmax#of}), then clipped
     * to [log 1e−10, log(1 − 1e−10)] ({@link #clip}).
     *
     * @return L = −(1/N) Σ_i log clip(p_{i,y_i})
     */
    public static double loss(SoftmaxModel model, ClassificationData data) {
        Compatibility.check(model, data);
        int[] labels = data.labels();
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            sum -= clippedLog(logProbability(model.logits(data.features()[i]), labels[i])); // Σ −log clip(p)
        }
        return sum / data.size();                                               // L = (1/N) Σ_i −log p_{i,y_i}
    }

    /** log clip(p) from log p: log p kept within [log 1e−10, log(1 − 1e−10)]. */
    public static double clippedLog(double logP) {
        return Math.min(Math.log(1 - CLIP), Math.max(Math.log(CLIP), logP));
    }

    /**
     * Replaces one row of K logits by its softmax, max-shifted, and returns the row's −log clip(p_y): the row of
     * {@link SoftmaxTrainer}'s step, and of its tuned kernel, which calls this very method so that both compute it
     * alike.
     *
     * <pre>
     * c = max_m z_m,  S = Σ_m e^{z_m − c},  p_k = e^{z_k − c} / S,  −log p_y = log S − (z_y − c)
     * </pre>
     *
     * The loss comes from the logits, not from log p: it stays finite when p_y underflows to 0; it is clipped as
     * DL4J's score clips it ({@link #clip}).
     *
     * @param z       holds the logits at offset … offset + K − 1 on the way in, p on the way out
     * @param offset  where the row's logits start
     * @param classes K
     * @param label   the row's class y
     * @return −log clip(p_y)
     */
    public static double softmaxInPlace(double[] z, int offset, int classes, int label) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = offset; k < offset + classes; k++) {
            max = Math.max(max, z[k]);                                     // c = max_m z_m
        }
        double shiftedLabel = z[offset + label] - max;                     // z_y − c
        double sum = 0;
        for (int k = offset; k < offset + classes; k++) {
            z[k] = Math.exp(z[k] - max);                                   // e^{z_k − c}, at most 1
            sum += z[k];                                                   // S, at least 1
        }
        for (int k = offset; k < offset + classes; k++) {
            z[k] /= sum;                                                   // p_k = e^{z_k − c} / S
        }
        return -clippedLog(shiftedLabel - Math.log(sum));                  // −log clip(p_y), log p_y = z_y − c − log S
    }

    /** log p_y = z_y − c − log Σ_m e^{z_m − c}, c = max_m z_m. */
    private static double logProbability(double[] z, int y) {
        double max = Double.NEGATIVE_INFINITY;
        for (double zk : z) {
            max = Math.max(max, zk);
        }
        double sum = 0;
        for (double zk : z) {
            sum += Math.exp(zk - max);
        }
        return z[y] - max - Math.log(sum);
    }

    /** @return ∂L/∂W and ∂L/∂b, through ∂L/∂z_ik = (p_ik − y_ik) / N */
    public static SoftmaxGradient gradient(SoftmaxModel model, ClassificationData data) {
        Compatibility.check(model, data);
        double[][] p = model.probabilities(data.features());
        double[][] y = data.oneHot();
        int n = data.size();
        double[][] dZ = new double[n][data.classCount()];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < dZ[i].length; k++) {
                dZ[i][k] = (p[i][k] - y[i][k]) / n;                              // ∂L/∂z_ik = (p_ik − y_ik) / N
            }
        }
        return SoftmaxGradient.fromLogitGradients(data.features(), dZ);
    }
}
