package nnbasics.dl4j.regression;

import java.util.Arrays;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import nnbasics.dl4j.runtime.Nd4jRuntime;

/**
 * The least-squares line in closed form with ND4J's linear algebra: the point gradient descent converges to.
 *
 * <pre>
 *   Append a column of ones for the bias:   A = [X | 1]   (N × (n+1)),  θ = [w_1 … w_n, b]ᵀ
 *   Mean squared error:                     L(θ) = (1/N) ‖Aθ − y‖²
 *   Its gradient:                           ∂L/∂θ = (2/N) Aᵀ(Aθ − y)
 *   Setting it to zero, the normal equations:  (AᵀA) θ = Aᵀy
 *   Solved by LU decomposition with partial pivoting (ND4J's {@code linalg().solve}).
 * </pre>
 *
 * <p>The system has a unique solution when A has full column rank. Forming AᵀA squares A's condition
 * number: with singular values σ_max ≥ … ≥ σ_min of A, cond(AᵀA) = (σ_max/σ_min)². This class treats the
 * system as singular when σ_min/σ_max &lt; {@value #RELATIVE_SINGULAR_VALUE_THRESHOLD}, where cond(AᵀA)
 * would exceed 1e14 and fewer than two significant digits of θ would survive in double precision
 * (ε ≈ 2.2e−16).
 */
public final class NormalEquations {

    /** σ_min/σ_max of A below which the normal equations are treated as singular (see the class comment). */
    static final double RELATIVE_SINGULAR_VALUE_THRESHOLD = 1e-7;

    private NormalEquations() {
    }

    /**
     * Least squares with a bias.
     *
     * @param features X, shape [N, n]
     * @param targets  y, shape [N, 1] or [N]
     * @return [w_1 … w_n, b], the minimiser of (1/N) Σ (x·w + b − y)²
     * @throws SingularSystemException when N &lt; n + 1 or A = [X | 1] is (nearly) rank deficient
     */
    public static double[] solve(INDArray features, INDArray targets) {
        Nd4jRuntime.configure(); // threads and JavaCPP, once, whatever the entry point
        INDArray x = requireFeatures(features, targets);
        INDArray ones = Nd4j.ones(DataType.DOUBLE, x.size(0), 1);
        return leastSquares(Nd4j.hstack(x, ones), targets);                  // A = [X | 1]
    }

    /**
     * Least squares without a bias (the model ŷ = x·w of section 1).
     *
     * @return [w_1 … w_n], the minimiser of (1/N) Σ (x·w − y)²
     * @throws SingularSystemException when N &lt; n or X is (nearly) rank deficient
     */
    public static double[] solveWithoutBias(INDArray features, INDArray targets) {
        return leastSquares(requireFeatures(features, targets), targets);     // A = X
    }

    private static double[] leastSquares(INDArray a, INDArray targets) {
        long rows = a.size(0);
        long parameters = a.size(1);
        if (rows < parameters) {
            throw new SingularSystemException(rows + " rows cannot determine " + parameters + " parameters");
        }
        requireFullRank(a);
        INDArray y = targets.castTo(DataType.DOUBLE).reshape(rows, 1);
        INDArray aTa = a.transpose().mmul(a);                                 // AᵀA, (n+1) × (n+1)
        INDArray aTy = a.transpose().mmul(y);                                 // Aᵀy, (n+1) × 1
        double[] theta = Nd4j.linalg().solve(aTa, aTy).toDoubleVector();     // (AᵀA) θ = Aᵀy
        for (double value : theta) {
            if (!Double.isFinite(value)) {
                throw new SingularSystemException("the normal equations are singular: the solution is "
                        + Arrays.toString(theta));
            }
        }
        return theta;
    }

    /** Singular values of A by LAPACK's gesvd; rejects σ_min/σ_max below the threshold. */
    private static void requireFullRank(INDArray a) {
        long columns = a.size(1);
        INDArray singularValues = Nd4j.create(DataType.DOUBLE, columns);
        Nd4j.getBlasWrapper().lapack().gesvd(a.dup('f'), singularValues, null, null); // gesvd overwrites its input
        double largest = singularValues.maxNumber().doubleValue();
        double smallest = singularValues.minNumber().doubleValue();
        if (!(smallest >= largest * RELATIVE_SINGULAR_VALUE_THRESHOLD) || largest == 0) {
            throw new SingularSystemException("the normal equations are singular: some feature columns (with the "
                    + "column of ones for the bias) are linear combinations of the others; smallest/largest "
                    + "singular value = " + smallest / largest + " < " + RELATIVE_SINGULAR_VALUE_THRESHOLD);
        }
    }

    private static INDArray requireFeatures(INDArray features, INDArray targets) {
        if (features.rank() != 2 || features.size(0) < 1 || features.size(1) < 1) {
            throw new IllegalArgumentException("features must have shape [N, n] with N, n ≥ 1, got "
                    + Arrays.toString(features.shape()));
        }
        if (targets.length() != features.size(0)) {
            throw new IllegalArgumentException(features.size(0) + " examples need " + features.size(0)
                    + " targets, got " + targets.length());
        }
        return features.castTo(DataType.DOUBLE);
    }
}
