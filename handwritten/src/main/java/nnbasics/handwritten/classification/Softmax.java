package nnbasics.handwritten.classification;

/**
 * Softmax turns one score per class (the logits) into probabilities that are positive and sum to 1 (guide, section 7).
 *
 * <pre>
 * p_k = e^{z_k} / Σ_m e^{z_m}
 *     = e^{z_k − c} / Σ_m e^{z_m − c}          multiply top and bottom by e^{−c}: true for every c
 * c = max_m z_m                                 the largest exponent is 0: no overflow,
 *                                               and the sum is at least 1: no division by zero
 * </pre>
 *
 * <p>Without the shift, {@code [1000, 1001]} gives ∞/∞ = NaN and {@code [-1001, -1000]} gives 0/0 = NaN.
 */
public final class Softmax {

    private Softmax() {
    }

    /**
     * The probabilities for one vector of logits.
     *
     * @param logits one score per class, at least one; not modified
     * @return p with p_k = e^{z_k − max z} / Σ_m e^{z_m − max z}
     * @throws IllegalArgumentException if {@code logits} is empty
     */
    public static double[] of(double[] logits) {
        if (logits.length == 0) {
            throw new IllegalArgumentException("softmax needs at least one logit");
        }
        double[] p = logits.clone();
        inPlace(p);
        return p;
    }

    /**
     * {@link #of}, written over its input: the network's output layer turns each row of its logits into
     * probabilities where they lie ({@code SoftmaxOutput}), with the same operations in the same order.
     *
     * @param z the K logits on the way in (at least one), p on the way out
     */
    public static void inPlace(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double zk : z) {
            max = Math.max(max, zk);                     // c = max_m z_m
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            z[k] = Math.exp(z[k] - max);                 // e^{z_k − c}, at most 1
            sum += z[k];                                 // Σ_m e^{z_m − c}, at least 1
        }
        for (int k = 0; k < z.length; k++) {
            z[k] /= sum;                                 // p_k = e^{z_k − c} / Σ_m e^{z_m − c}
        }
    }

    /**
     * @param values at least one
     * @return the first k with the largest value (argmax z = argmax p: softmax keeps the order)
     */
    public static int argmax(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }

    /**
     * The Jacobian of softmax, written with its output p = softmax(z).
     *
     * <pre>
     * p_k = e^{z_k} / S,   S = Σ_m e^{z_m},   ∂S/∂z_l = e^{z_l}
     * ∂p_k/∂z_l = (δ_kl e^{z_k} · S − e^{z_k} · e^{z_l}) / S²      quotient rule
     *           = δ_kl p_k − p_k p_l
     * J = diag(p) − p pᵀ                                            symmetric: J_kl = J_lk
     * </pre>
     *
     * @param p probabilities, as returned by {@link #of(double[])}; not modified
     * @return J with J[k][l] = ∂p_k/∂z_l = p_k (δ_kl − p_l)
     */
    public static double[][] jacobian(double[] p) {
        double[][] jacobian = new double[p.length][p.length];
        for (int k = 0; k < p.length; k++) {
            for (int l = 0; l < p.length; l++) {
                double delta = k == l ? 1 : 0;
                jacobian[k][l] = p[k] * (delta - p[l]);  // J_kl = p_k (δ_kl − p_l)
            }
        }
        return jacobian;
    }
}
