package nnbasics.handwritten.regression;

import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Solves a square linear system M z = r by Gaussian elimination with partial pivoting, then back substitution.
 * <pre>
 * for k = 0 … p−1:                                   eliminate column k below the diagonal
 *   q     = the row ≥ k with the largest |M_qk|        partial pivoting: never divide by a small number
 *   swap rows q and k of M and r                      the same equations, in another order
 *   if |M_kk| &lt; τ · max_ij |M⁽⁰⁾_ij|: singular       relative pivot threshold τ, M⁽⁰⁾ the matrix given
 *   for i = k+1 … p−1:
 *     f_i = M_ik / M_kk
 *     row_i(M) ← row_i(M) − f_i row_k(M),  r_i ← r_i − f_i r_k     now M_ik = 0
 * for k = p−1 … 0:                                    back substitution, M is now upper triangular
 *   z_k = (r_k − Σ_{j&gt;k} M_kj z_j) / M_kk
 * </pre>
 * Columns are eliminated in their own order (only rows move), so when column k has no usable pivot left, column k
 * of M is a linear combination of columns 0 … k−1 — the message names it.
 */
final class GaussianElimination {

    private GaussianElimination() {
    }

    /**
     * @param matrix         M, p × p (not modified)
     * @param rhs            r, length p (not modified)
     * @param pivotThreshold τ: a pivot smaller than τ times the largest |entry| of M means singular
     * @param columnName     names column k in the message, e.g. "feature 2 of 3"
     * @return z with M z = r
     * @throws SingularSystemException if a column has no pivot above the threshold
     */
    static double[] solve(double[][] matrix, double[] rhs, double pivotThreshold, IntFunction<String> columnName) {
        int p = rhs.length;
        double[][] m = new double[p][];
        double largest = 0;
        for (int i = 0; i < p; i++) {
            m[i] = matrix[i].clone();
            for (double value : m[i]) {
                largest = Math.max(largest, Math.abs(value));                  // max_ij |M_ij|
            }
        }
        double[] r = rhs.clone();
        for (int k = 0; k < p; k++) {
            int q = k;
            for (int i = k + 1; i < p; i++) {
                if (Math.abs(m[i][k]) > Math.abs(m[q][k])) {
                    q = i;                                                     // largest |M_qk|, q ≥ k
                }
            }
            swap(m, r, q, k);
            double relativePivot = largest == 0 ? 0 : Math.abs(m[k][k]) / largest;
            if (!(relativePivot >= pivotThreshold)) {
                throw new SingularSystemException(String.format(Locale.ROOT,
                        "no unique solution: %s is (numerically) a linear combination of the columns before it "
                                + "(relative pivot %.3g, below the threshold %.0e)",
                        columnName.apply(k), relativePivot, pivotThreshold));
            }
            for (int i = k + 1; i < p; i++) {
                double f = m[i][k] / m[k][k];                                   // f_i = M_ik / M_kk
                for (int j = k; j < p; j++) {
                    m[i][j] -= f * m[k][j];                                    // row_i ← row_i − f_i row_k
                }
                r[i] -= f * r[k];                                              // r_i ← r_i − f_i r_k
            }
        }
        double[] z = new double[p];
        for (int k = p - 1; k >= 0; k--) {
            double sum = r[k];
            for (int j = k + 1; j < p; j++) {
                sum -= m[k][j] * z[j];                                         // r_k − Σ_{j>k} M_kj z_j
            }
            z[k] = sum / m[k][k];                                              // z_k = (…) / M_kk
        }
        return z;
    }

    private static void swap(double[][] m, double[] r, int a, int b) {
        double[] row = m[a];
        m[a] = m[b];
        m[b] = row;
        double value = r[a];
        r[a] = r[b];
        r[b] = value;
    }
}
