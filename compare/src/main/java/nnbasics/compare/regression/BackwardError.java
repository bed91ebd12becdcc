package nnbasics.compare.regression;

import nnbasics.compare.Tolerances;

/**
 * How well a least-squares solution θ = (w, b) solves its normal equations, relative to what rounding alone leaves
 * ({@code docs/closed-forms.md}). With A = [X | 1] (N × p, p = n + 1), a_j its column j and ‖·‖ the 2-norm:
 *
 * <pre>
 * r     = Aᵀ(Aθ − y)                                 the normal equations' residual, 0 at the exact solution
 * t_j   = ‖a_j‖ (Σ_k ‖a_k‖ |θ_k| + ‖y‖)              what rounding in forming and solving them is relative to
 * β(θ)  = max_j |r_j| / t_j
 * </pre>
 *
 * <p><b>A correct solve has β = O((N + p²)·u), whatever the condition number of AᵀA.</b> Both engines form
 * M = AᵀA and c = Aᵀy and solve M θ = c by LU with partial pivoting. In floating point (u = 2⁻⁵³, γ_m = m·u/(1 − m·u),
 * Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, §3.1, Thm 9.4) the computed θ̂ solves exactly
 * (M + ΔM) θ̂ = c + Δc, so that r(θ̂) = Δc − ΔM θ̂, with
 * <ul>
 * <li>forming: |ΔM_jk| ≤ γ_N Σ_i |a_ij||a_ik| ≤ γ_N ‖a_j‖‖a_k‖ and |Δc_j| ≤ γ_N ‖a_j‖‖y‖ (Cauchy–Schwarz): together
 *     at most γ_N·t_j in row j;</li>
 * <li>solving: LU's backward error |ΔM| ≤ γ_{3p} |L̂||Û|. The hand-written engine solves the equilibrated system
 *     M' = D M D, D = diag(1/‖a_j‖): unit diagonal, |M'_jk| ≤ 1, so with partial pivoting |L̂| ≤ 1, |Û| ≤ ρ_p
 *     (the growth factor) and (|L̂||Û|)_jk ≤ p·ρ_p, which is p·ρ_p·‖a_j‖‖a_k‖ in the units of M: at most
 *     γ_{3p}·p·ρ_p·t_j in row j. ND4J factors M unscaled; where partial pivoting swaps no rows (M is symmetric
 *     positive definite, its diagonal dominates its columns), L̂Û is the Cholesky factorisation RᵀR in
 *     disguise and (|Rᵀ||R|)_jk ≤ ‖r_j‖‖r_k‖ = √(M_jj M_kk) = ‖a_j‖‖a_k‖: γ_{3p}·t_j. Where it swaps, the
 *     theorem gives no such row-by-row bound; the measured β is what holds it (the docs' table);</li>
 * <li>evaluating β itself: r is summed from N·(p + 1) products, within γ_{N+p+1} Σ_i |a_ij|(|A||θ| + |y|)_i ≤
 *     γ_{N+p+1}·t_j.</li>
 * </ul>
 * So β ≤ (2N + p + 1 + 3p²ρ_p)·u + O(u²) for either engine; rounding errors of random sign make it about √N·u in
 * practice (6e−17 to 3e−16 on the project's data, docs/closed-forms.md). A distance between two such solutions is
 * not bounded by that: it is up to κ(AᵀA) times larger, which is why the solutions' difference is reported, not held.
 *
 * <p><b>Row by row, not one norm.</b> r_j and t_j both scale with column j: multiplying a feature by d (square feet
 * to square metres, dollars to cents) multiplies r_j and t_j by d and divides θ_j by d, and leaves every r_j / t_j
 * as it was. A single ratio ‖r‖∞ / ‖s‖∞ would measure every row against the largest column's (the area's, about
 * 2,000 on the Portland houses, against 3 bedrooms): an error in a small column would be diluted by the ratio of
 * the scales.
 *
 * <p><b>What a rounding to float gives.</b> θ rounded to float (u_f = 2⁻²⁴ ≈ 6e−8): r = AᵀA δθ with
 * |δθ_k| ≤ u_f|θ_k|; row j holds its own term M_jj δθ_j = ‖a_j‖² δθ_j against t_j ≥ ‖a_j‖² |θ_j|, and the other
 * terms, of independent signs, do not cancel it in general; so β is of order u_f·|θ_j|‖a_j‖ / (Σ_k ‖a_k‖|θ_k| + ‖y‖),
 * about u_f / p for balanced columns: 3e−9 … 2e−8 measured. X or y rounded to float and then solved exactly:
 * r = Aᵀ(E θ) + Eᵀ(Aθ − y) for the rounding E, N terms of random sign each about u_f of a term of t, so
 * β ≈ u_f/√N: 5.6e−10 (diabetes, 442 rows), 4.1e−9 (food trucks, 97) against the file's values, though such a
 * solution is exact for its own float rows (hence each solution is also checked on the other engine's rows). All of
 * these are hundreds of times above the bound 1e−12 for small N; beyond about 10⁶ rows u_f/√N falls below N·u and a
 * rounding of the data to float is no longer distinguishable this way (a rounding of the computation is: forming or
 * solving in float leaves β of order u_f whatever N).
 */
public final class BackwardError {

    private BackwardError() {
    }

    /**
     * The bound a correct solve's β is held to: the worst case derived above, (2N + p + 1 + 3p²ρ_p)·u, with the
     * growth factor ρ_p taken as p (ND4J's unswapped LU of a positive definite AᵀA is Cholesky in disguise, ρ = 1;
     * partial pivoting on the equilibrated system keeps |L̂| ≤ 1, and its growth stays below p in practice, Higham
     * §9.4; the theorem's 2^(p−1) is not met by Gram matrices), and never below the step proof's floor 1e−12.
     *
     * @param rows       N
     * @param parameters p = n + 1, the weights and the bias
     */
    public static double bound(long rows, int parameters) {
        double p = parameters;
        return Math.max(Tolerances.STEP_SHORT_SUMS, (2.0 * rows + p + 1 + 3 * p * p * p) * Tolerances.UNIT_ROUNDOFF);
    }

    /**
     * @param x       [row][feature], the rows the solution is checked against
     * @param y       the targets
     * @param weights w
     * @param bias    b
     * @return β(θ) as above; NaN when r or t is NaN; a row whose t_j is 0 (an all-zero column, which neither
     *         solver accepts) counts 0 if its residual is 0 and Infinity otherwise
     */
    public static double of(double[][] x, double[] y, double[] weights, double bias) {
        int n = weights.length;
        double[] residual = new double[n + 1];
        for (int i = 0; i < y.length; i++) {
            double prediction = bias;
            for (int j = 0; j < n; j++) {
                prediction += x[i][j] * weights[j];                  // (Aθ)_i
            }
            double error = prediction - y[i];                        // (Aθ − y)_i
            for (int j = 0; j < n; j++) {
                residual[j] += x[i][j] * error;                      // r_j = Σ_i a_ij (Aθ − y)_i
            }
            residual[n] += error;                                    // the bias's column of ones
        }
        double[] length = new double[n + 1];                         // ‖a_j‖
        for (int j = 0; j < n; j++) {
            final int column = j;
            length[j] = norm(y.length, i -> x[i][column]);
        }
        length[n] = Math.sqrt(y.length);                             // ‖1‖ = √N
        double size = norm(y.length, i -> y[i]);                     // Σ_k ‖a_k‖ |θ_k| + ‖y‖
        for (int j = 0; j < n; j++) {
            size += length[j] * Math.abs(weights[j]);
        }
        size += length[n] * Math.abs(bias);
        double beta = 0;
        for (int j = 0; j <= n; j++) {
            // |r_j| / t_j, divided in two steps so that t_j = ‖a_j‖ · size cannot overflow on its own
            double ratio = Math.abs(residual[j]) == 0 ? 0 : Math.abs(residual[j]) / length[j] / size;
            if (Double.isNaN(ratio) || Double.isNaN(size)) {
                return Double.NaN;
            }
            beta = Math.max(beta, ratio);
        }
        return beta;
    }

    /** ‖v‖₂ of N values without overflow or underflow of the squares: the largest |v_i| times √Σ (v_i / it)². */
    private static double norm(int count, java.util.function.IntToDoubleFunction value) {
        double largest = 0;
        for (int i = 0; i < count; i++) {
            largest = Math.max(largest, Math.abs(value.applyAsDouble(i)));
        }
        if (largest == 0 || Double.isNaN(largest) || Double.isInfinite(largest)) {
            return largest;
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            double scaled = value.applyAsDouble(i) / largest;
            sum += scaled * scaled;
        }
        return largest * Math.sqrt(sum);
    }
}
