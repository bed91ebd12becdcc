package nnbasics.compare.classification;

/**
 * The learning rate {@code --lr auto} gives softmax regression: one over a bound on the cross-entropy's curvature,
 * so full-batch gradient descent cannot overshoot.
 * <pre>
 *   a_i = (x_i, 1)                                 the features of row i with the bias's constant 1
 *   H   = (1/N) · Σ_i (diag(p_i) − p_i p_iᵀ) ⊗ a_i a_iᵀ   the Hessian of L = −(1/N) Σ_i log p_i[y_i] in (W, b)
 *   diag(p) − p pᵀ ⪯ ½ · I                         the softmax Jacobian's eigenvalues lie in [0, ½]
 *   H   ⪯ ½ · (1/N) · Σ_i a_i a_iᵀ ⊗ I
 *   λ_max(H) ≤ ½ · (1/N) · Σ_i ‖a_i‖² = ½ · (1/N) · Σ_i (‖x_i‖² + 1)   a trace bounds the largest eigenvalue
 *   η   = 1 / that bound = 2N / Σ_i (‖x_i‖² + 1)      so η · λ_max ≤ 1 &lt; 2
 * </pre>
 * On z-scores every column has mean square 1, so Σ_i ‖x_i‖² = N·p and η = 2 / (p + 1) without reading the rows.
 */
public final class SoftmaxAutoRate {

    private SoftmaxAutoRate() {
    }

    /**
     * 2N / Σ_i (‖x_i‖² + 1), or 2 / (p + 1) when {@code standardized}.
     *
     * @param x            the features, [row][feature]
     * @param standardized whether the features are z-scores
     */
    public static double of(double[][] x, boolean standardized) {
        int p = x[0].length;
        if (standardized) {
            return 2.0 / (p + 1);
        }
        double sum = 0.0;
        for (double[] row : x) {
            sum += 1.0;
            for (double v : row) {
                sum += v * v;
            }
        }
        return 2.0 * x.length / sum;
    }
}
