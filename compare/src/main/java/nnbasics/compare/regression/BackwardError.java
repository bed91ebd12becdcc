package nnbasics.compare.regression;

/**
 * How well a least-squares solution θ = (w, b) solves its normal equations, relative to what rounding alone leaves
 * ({@code docs/twin-difference.md}, "Closed forms"): with A = [X | 1],
 *
 * <pre>
 * r     = Aᵀ(Aθ − y)                                the normal equations' residual, 0 at the exact solution
 * s     = |A|ᵀ(|A||θ| + |y|)                        what rounding in forming and solving them is relative to
 * β(θ)  = ‖r‖∞ / ‖s‖∞
 * </pre>
 *
 * <p>Each entry of AᵀA, Aᵀy and of r itself is a sum of N products: rounded in any order it is within γ_N of the
 * same sum of absolute values (Higham, §3.1), and LU with partial pivoting on the (n+1)-square system adds a few
 * (n+1)·u of |L||U| ≈ |AᵀA|. So a correct solve has β of order max(N, n+1)·u however ill-conditioned XᵀX is,
 * while its distance to another correct solution may be κ(AᵀA) times larger. A solution computed from data or
 * sums rounded to float32 anywhere has β near 6e−8.
 */
public final class BackwardError {

    private BackwardError() {
    }

    /**
     * @param x       [row][feature], the rows the engine solved on
     * @param y       the targets
     * @param weights w
     * @param bias    b
     * @return β(θ) as above; 0 when s is 0 (all of X and y are 0)
     */
    public static double of(double[][] x, double[] y, double[] weights, double bias) {
        int n = weights.length;
        double[] residual = new double[n + 1];
        double[] scale = new double[n + 1];
        for (int i = 0; i < y.length; i++) {
            double prediction = bias;
            double size = Math.abs(bias);
            for (int j = 0; j < n; j++) {
                prediction += x[i][j] * weights[j];                  // (Aθ)_i
                size += Math.abs(x[i][j] * weights[j]);               // (|A||θ|)_i
            }
            double error = prediction - y[i];                        // (Aθ − y)_i
            size += Math.abs(y[i]);                                  // (|A||θ| + |y|)_i
            for (int j = 0; j < n; j++) {
                residual[j] += x[i][j] * error;                      // r_j = Σ_i A_ij (Aθ − y)_i
                scale[j] += Math.abs(x[i][j]) * size;                // s_j = Σ_i |A_ij| (|A||θ| + |y|)_i
            }
            residual[n] += error;                                    // the bias's column of ones
            scale[n] += size;
        }
        double r = 0;
        double s = 0;
        for (int j = 0; j <= n; j++) {
            r = Math.max(r, Math.abs(residual[j]));
            s = Math.max(s, scale[j]);
        }
        if (Double.isNaN(r) || Double.isNaN(s)) {
            return Double.NaN;
        }
        return s == 0 ? 0 : r / s;
    }
}
