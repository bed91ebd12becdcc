package nnbasics.handwritten.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SoftmaxTest {

    /** The guide's table shows 4 decimal places, rounded: half a unit in the 4th place. */
    private static final double GUIDE_TABLE = 0.5e-4;

    /** Two ways of evaluating e^a/(e^a + e^b) in double precision differ by a few rounding errors (ε ≈ 2.2e−16). */
    private static final double CLOSED_FORM = 1e-15;

    /** Central differences with h = 1e−5 on functions with derivatives of order 1 (see {@link FiniteDifferences}). */
    private static final double FINITE_DIFFERENCE = 1e-9;

    /** The guide's softmax table, section 7: each input, then its softmax to 4 places. */
    private static final double[][][] GUIDE = {
            {{1}, {1}},
            {{1, 1}, {0.5, 0.5}},
            {{0, 1}, {0.2689, 0.7311}},
            {{2, 4}, {0.1192, 0.8808}},
            {{5, 10}, {0.0067, 0.9933}},
            {{-1, 0, 1}, {0.0900, 0.2447, 0.6652}},
            {{1, 2, 4}, {0.0420, 0.1142, 0.8438}},
    };

    @Test
    void reproducesTheGuidesTable() {
        for (double[][] row : GUIDE) {
            double[] p = Softmax.of(row[0]);
            assertEquals(row[1].length, p.length, "length of softmax" + Arrays.toString(row[0]));
            for (int k = 0; k < p.length; k++) {
                // expected: the guide, section 7
                assertEquals(row[1][k], p[k], GUIDE_TABLE, "softmax" + Arrays.toString(row[0]) + "[" + k + "]");
            }
        }
    }

    @Test
    void matchesTheClosedFormForTwoClasses() {
        for (double[][] row : GUIDE) {
            if (row[0].length != 2) {
                continue;
            }
            double a = row[0][0];
            double b = row[0][1];
            double[] p = Softmax.of(row[0]);
            // closed form: softmax([a, b]) = [e^a/(e^a + e^b), e^b/(e^a + e^b)]
            assertEquals(Math.exp(a) / (Math.exp(a) + Math.exp(b)), p[0], CLOSED_FORM, "softmax[" + a + ", " + b + "][0]");
            assertEquals(Math.exp(b) / (Math.exp(a) + Math.exp(b)), p[1], CLOSED_FORM, "softmax[" + a + ", " + b + "][1]");
        }
    }

    @Test
    void staysFiniteForLargeLogits() {
        // e^1000 overflows: the unshifted formula gives ∞/∞ = NaN.
        double[] p = Softmax.of(new double[] {1000, 1001});
        // closed form: e^a/(e^a + e^b) = 1/(1 + e^{b−a}) with b − a = 1
        assertEquals(1 / (1 + Math.E), p[0], CLOSED_FORM, "softmax[1000, 1001][0]");
        assertEquals(Math.E / (1 + Math.E), p[1], CLOSED_FORM, "softmax[1000, 1001][1]");
    }

    @Test
    void staysFiniteForLargeNegativeLogits() {
        // e^{-1000} ≈ 5e−435 is below the smallest double (4.9e−324): p_0 rounds to exactly 0, p_1 to exactly 1.
        double[] p = Softmax.of(new double[] {-1000, 0});
        assertEquals(0.0, p[0], 0.0, "softmax[-1000, 0][0]");
        assertEquals(1.0, p[1], 0.0, "softmax[-1000, 0][1]");
        // both e^{-1001} and e^{-1000} underflow: the unshifted formula gives 0/0 = NaN.
        double[] q = Softmax.of(new double[] {-1001, -1000});
        assertEquals(1 / (1 + Math.E), q[0], CLOSED_FORM, "softmax[-1001, -1000][0]");
        assertEquals(Math.E / (1 + Math.E), q[1], CLOSED_FORM, "softmax[-1001, -1000][1]");
    }

    @Test
    void doesNotChangeItsInput() {
        double[] logits = {1, 2, 4};
        Softmax.of(logits);
        assertEquals("[1.0, 2.0, 4.0]", Arrays.toString(logits), "logits after softmax");
    }

    @Test
    void rejectsNoLogits() {
        assertThrows(IllegalArgumentException.class, () -> Softmax.of(new double[0]), "softmax of no logits");
    }

    @Test
    void jacobianMatchesFiniteDifferences() {
        double[][] inputs = {{-1, 0, 1}, {1, 2, 4}, {0.3, -2.1, 0.7, 1.9}, {1000, 1001}};
        for (double[] z : inputs) {
            double[][] jacobian = Softmax.jacobian(Softmax.of(z));
            for (int l = 0; l < z.length; l++) {
                int column = l;
                for (int k = 0; k < z.length; k++) {
                    int row = k;
                    // finite differences: ∂p_k/∂z_l ≈ (p_k(z + h e_l) − p_k(z − h e_l)) / 2h
                    double expected = FiniteDifferences.central(value -> {
                        double[] shifted = z.clone();
                        shifted[column] = value;
                        return Softmax.of(shifted)[row];
                    }, z[l]);
                    assertEquals(expected, jacobian[k][l], FINITE_DIFFERENCE,
                            "∂p_" + k + "/∂z_" + l + " at " + Arrays.toString(z));
                }
            }
        }
    }

    @Test
    void jacobianIsSymmetricAndItsRowsSumToZero() {
        double[] p = Softmax.of(new double[] {1, 2, 4});
        double[][] jacobian = Softmax.jacobian(p);
        for (int k = 0; k < p.length; k++) {
            double rowSum = 0;
            for (int l = 0; l < p.length; l++) {
                // J = diag(p) − p pᵀ is symmetric; every entry is one product, computed the same way both sides
                assertEquals(jacobian[l][k], jacobian[k][l], 0.0, "J[" + k + "][" + l + "] vs J[" + l + "][" + k + "]");
                rowSum += jacobian[k][l];
            }
            // Σ_l ∂p_k/∂z_l = 0: adding the same constant to every logit does not change p
            assertEquals(0.0, rowSum, CLOSED_FORM, "sum of row " + k + " of J");
        }
        assertTrue(jacobian[2][2] > 0, "a class's own logit raises its probability");
    }
}
