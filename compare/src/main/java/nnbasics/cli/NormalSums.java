package nnbasics.cli;

import java.util.List;
import java.util.Locale;

/**
 * The check {@code fit --method normal} makes before solving: every entry of AᵀA and Aᵀy (A = [X | 1]) must be a
 * finite double (yᵀy is not needed to solve; if it alone overflows, the fit's mean squared error says so). Values near the edge of double precision (targets of 1e308, features of 1e200) make a sum of
 * products overflow to ±Infinity, after which either engine's elimination sees NaN and can only report a
 * singular system or a NaN solution — so the cause is named here, in one line, instead.
 */
final class NormalSums {

    private NormalSums() {
    }

    /**
     * @param x       the features column by column, [feature][row]
     * @param y       the target
     * @param names   the features' names, for the message
     * @param target  the target's name
     * @throws UserError naming the two columns whose products overflow
     */
    static void requireFinite(double[][] x, double[] y, List<String> names, String target) {
        int p = x.length;
        for (int j = 0; j <= p; j++) {                                   // the rows of Aᵀ[A | y]: x_0 … x_{p−1}, 1
            for (int k = j; k <= p + 1; k++) {                           // the columns: x_j … x_{p−1}, 1, y
                double sum = 0;
                for (int i = 0; i < y.length; i++) {
                    sum += column(x, y, j, i) * column(x, y, k, i);      // (AᵀA)_jk or (Aᵀy)_j
                }
                if (!Double.isFinite(sum)) {
                    throw new UserError(String.format(Locale.ROOT, "--method normal: the sum of products of %s "
                            + "and %s is %s, beyond double precision (values near 1e154 or more overflow when "
                            + "multiplied); rescale the target and the features, e.g. to thousands or millions",
                            name(names, target, j), name(names, target, k), sum));
                }
            }
        }
    }

    /** Column c of [X | 1 | y] at row i. */
    private static double column(double[][] x, double[] y, int c, int i) {
        return c < x.length ? x[c][i] : c == x.length ? 1.0 : y[i];
    }

    private static String name(List<String> names, String target, int c) {
        return c < names.size() ? "\"" + names.get(c) + "\"" : c == names.size() ? "the bias's ones"
                : "the target \"" + target + "\"";
    }
}
