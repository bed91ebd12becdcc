package nnbasics.handwritten.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The hand-written solver on systems whose solution is known. */
class GaussianEliminationTest {

    /** Small integer systems: a few ulps of rounding. */
    private static final double ROUNDING = 1e-12;
    /** The threshold NormalEquations uses. */
    private static final double THRESHOLD = 1e-10;
    /** A matrix with condition number ≈ 4000 multiplies rounding by that much: ≈ 1e-12. */
    private static final double CONDITIONED_ROUNDING = 1e-9;

    @Test
    void zeroOnTheDiagonalNeedsARowSwap() {
        // [[0,1,1],[1,0,1],[1,1,0]] z = (5, 4, 3) has z = (1, 2, 3): 2+3, 1+3, 1+2.
        double[] z = GaussianElimination.solve(new double[][] {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}},
                new double[] {5, 4, 3}, THRESHOLD, k -> "column " + k);
        assertArrayEquals(new double[] {1, 2, 3}, z, ROUNDING, "solution");
    }

    @Test
    void partialPivotingAvoidsDividingByATinyPivot() {
        // [[1e-20, 1], [1, 1]] z = (1, 2): z ≈ (1, 1) (exactly 1/(1−1e-20) and (1−2e-20)/(1−1e-20)). Without a row
        // swap, 1 − 1e20 swamps the second equation and z_1 comes out 0.
        double[] z = GaussianElimination.solve(new double[][] {{1e-20, 1}, {1, 1}}, new double[] {1, 2}, THRESHOLD,
                k -> "column " + k);
        assertArrayEquals(new double[] {1, 1}, z, ROUNDING, "solution");
    }

    @Test
    void inputIsNotModified() {
        double[][] m = {{2, 1}, {1, 3}};
        double[] r = {3, 5};
        // 2·0.8 + 1.4 = 3, 0.8 + 3·1.4 = 5
        assertArrayEquals(new double[] {0.8, 1.4}, GaussianElimination.solve(m, r, THRESHOLD, k -> "c"), ROUNDING,
                "solution");
        assertArrayEquals(new double[][] {{2, 1}, {1, 3}}, m, "matrix unchanged");
        assertArrayEquals(new double[] {3, 5}, r, 0, "right-hand side unchanged");
    }

    @Test
    void relativePivotBelowTheThresholdIsSingular() {
        // [[1, 1], [1, 1 + 1e-12]]: the second pivot is 1e-12 (relative to the largest entry, ≈ 1).
        SingularSystemException e = assertThrows(SingularSystemException.class,
                () -> GaussianElimination.solve(new double[][] {{1, 1}, {1, 1 + 1e-12}}, new double[] {1, 2},
                        THRESHOLD, k -> "column " + (k + 1)));
        assertEquals("no unique solution: column 2 is (numerically) a linear combination of the columns before it "
                + "(relative pivot 1.00e-12, below the threshold 1e-10)", e.getMessage());
    }

    @Test
    void theThresholdIsRelative() {
        // The same matrix times 1e-30 has the same relative pivots; with 1e-3 instead of 1e-12 it is regular.
        double s = 1e-30;
        double[] z = GaussianElimination.solve(new double[][] {{s, s}, {s, s * (1 + 1e-3)}},
                new double[] {2 * s, s * (2 + 1e-3)}, THRESHOLD, k -> "c");
        // z = (1, 1): 1 + 1 = 2, 1 + 1.001 = 2.001
        assertArrayEquals(new double[] {1, 1}, z, CONDITIONED_ROUNDING, "solution of a tiny but well-posed system");
    }
}
