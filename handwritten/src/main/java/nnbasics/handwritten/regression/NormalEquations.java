package nnbasics.handwritten.regression;

import java.util.function.IntFunction;

/**
 * Least squares in closed form, by hand: the parameters that make the MSE as small as it can be.
 * <pre>
 * A = [X | 1]  (n × p, p = m + 1),  θ = [w_1 … w_m, b],  ŷ = A θ
 * L(θ)  = (1/n) ‖A θ − y‖²
 * ∇L(θ) = (2/n) Aᵀ (A θ − y)                 MeanSquaredError's gradient, in matrix form
 * ∇L(θ) = 0  ⇔  AᵀA θ = Aᵀ y                  the normal equations; L is convex, so this is its minimum
 * M = AᵀA,  M_jk = Σ_i a_ij a_ik               p × p, symmetric
 * r = Aᵀy,  r_j  = Σ_i a_ij y_i
 * d_j = 1 / √M_jj                              1 / (length of column j of A)
 * M'_jk = d_j M_jk d_k,  r'_j = d_j r_j        the same equations with every column of A at unit length
 * M' z = r'                                    solved by GaussianElimination (partial pivoting)
 * θ_j = d_j z_j                                back to the units of the data
 * </pre>
 * <b>When is it singular?</b> The scaling does not change the solution, but it makes the pivots comparable: M'
 * has 1 on its diagonal and, by Cauchy–Schwarz, every |M'_jk| ≤ 1. A pivot measures what is left of a column once
 * the columns before it have been eliminated: a column of A that is exactly a combination of earlier columns
 * leaves 0 (up to rounding of order 1e−16), whatever its units. The system is called singular when the pivot,
 * relative to the largest entry of M' (which is 1), is below {@value #RELATIVE_PIVOT_THRESHOLD}: forming AᵀA
 * squares the condition number, so a pivot that small would leave fewer than about six significant digits in θ.
 * Fewer examples than parameters, or a column of A that is all zeros, are reported before any arithmetic.
 */
public final class NormalEquations {

    /** A pivot of the unit-diagonal system below this (relative to its largest entry, 1) means singular. */
    public static final double RELATIVE_PIVOT_THRESHOLD = 1e-10;

    private NormalEquations() {
    }

    /**
     * @param data the examples
     * @return the least-squares weights and bias
     * @throws SingularSystemException if the weights and bias are not determined by the data
     */
    public static LinearModel solve(RegressionData data) {
        double[] theta = leastSquares(data, true);
        int m = data.featureCount();
        double[] w = new double[m];
        System.arraycopy(theta, 0, w, 0, m);
        return new LinearModel(w, theta[m]);
    }

    /**
     * Least squares with b fixed at 0: A = X, ŷ = x·w (for one feature, w = Σ x y / Σ x²).
     *
     * @param data the examples
     * @return the least-squares weights, with bias 0
     * @throws SingularSystemException if the weights are not determined by the data
     */
    public static LinearModel solveWithoutBias(RegressionData data) {
        return new LinearModel(leastSquares(data, false), 0);
    }

    private static double[] leastSquares(RegressionData data, boolean withBias) {
        int m = data.featureCount();
        int p = withBias ? m + 1 : m;
        int n = data.size();
        if (n < p) {
            throw new SingularSystemException(n + (n == 1 ? " row" : " rows") + " cannot determine " + p
                    + " parameters (" + m + (m == 1 ? " weight" : " weights") + (withBias ? " and a bias" : "")
                    + "): least squares needs at least as many examples as parameters");
        }
        double[][] normal = new double[p][p];
        double[] r = new double[p];
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                for (int i = 0; i < n; i++) {
                    normal[j][k] += design(data, i, j) * design(data, i, k);    // M_jk = Σ_i a_ij a_ik
                }
            }
            for (int i = 0; i < n; i++) {
                r[j] += design(data, i, j) * data.target(i);                    // r_j = Σ_i a_ij y_i
            }
        }
        IntFunction<String> name = k -> k < m ? "feature " + (k + 1) + " of " + m
                : "the bias column (1 for every example; is a feature constant?)";
        double[] d = new double[p];
        for (int j = 0; j < p; j++) {
            if (normal[j][j] == 0) {
                throw new SingularSystemException("no unique solution: " + name.apply(j)
                        + " is 0 in every example, so its weight can be anything");
            }
            d[j] = 1 / Math.sqrt(normal[j][j]);                                 // d_j = 1 / √M_jj
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                normal[j][k] *= d[j] * d[k];                                    // M'_jk = d_j M_jk d_k
            }
            r[j] *= d[j];                                                       // r'_j = d_j r_j
        }
        double[] z = GaussianElimination.solve(normal, r, RELATIVE_PIVOT_THRESHOLD, name);
        double[] theta = new double[p];
        for (int j = 0; j < p; j++) {
            theta[j] = d[j] * z[j];                                             // θ_j = d_j z_j
        }
        return theta;
    }

    /** a_ij of A = [X | 1] (with a bias: the column after the features is 1), read from the data's columns. */
    private static double design(RegressionData data, int example, int column) {
        return column < data.featureCount() ? data.feature(example, column) : 1;   // the bias column
    }
}
