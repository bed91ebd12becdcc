package nnbasics.compare.regression;

/**
 * The learning rate {@code --lr auto} gives a linear fit: one over the trace of the MSE's Hessian, so full-batch
 * gradient descent cannot overshoot.
 * <pre>
 *   A   = [X | 1]                                  the features with the bias's column of ones, n rows
 *   L   = (1/n) ‖Aθ − y‖²                          the MSE without ½, θ = (w, b)
 *   H   = (2/n) · AᵀA                              its Hessian, constant
 *   λ_max(H) ≤ tr(H) = (2/n) · Σ_i (‖x_i‖² + 1)    H is positive semi-definite: the trace bounds every eigenvalue
 *   η   = 1 / tr(H)                                 so η · λ_max ≤ 1 &lt; 2: every step contracts
 * </pre>
 * On z-scores every column has mean square 1, so Σ_i ‖x_i‖² = n·p and tr(H) = 2(p + 1) without reading the rows.
 */
public final class RegressionAutoRate {

    private RegressionAutoRate() {
    }

    /**
     * 1 / tr(H) for features held row by row.
     *
     * @param x            the features, [row][feature], at least one row
     * @param standardized whether the features are z-scores
     */
    public static double of(double[][] x, boolean standardized) {
        if (standardized) {
            return 1.0 / (2.0 * (x[0].length + 1));                    // tr(H) = 2(p + 1)
        }
        double sum = 0.0;
        for (double[] row : x) {
            double norm = 1.0;
            for (double v : row) {
                norm += v * v;                                          // 1 + ‖x_i‖²
            }
            sum += norm;                                                // Σ_i (‖x_i‖² + 1)
        }
        return 1.0 / (2.0 * sum / x.length);                            // 1 / tr(H)
    }

    /**
     * {@link #of} for features held column by column, [feature][row]: the same sums in the same order, so the same
     * bits.
     */
    public static double ofColumns(double[][] columns, boolean standardized) {
        if (standardized) {
            return 1.0 / (2.0 * (columns.length + 1));
        }
        int n = columns[0].length;
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double norm = 1.0;
            for (double[] column : columns) {
                norm += column[i] * column[i];                          // 1 + ‖x_i‖²
            }
            sum += norm;
        }
        return 1.0 / (2.0 * sum / n);
    }
}
