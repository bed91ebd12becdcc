package nnbasics.handwritten.classification;

/**
 * Squared error between the probabilities and the one-hot labels: DL4J's {@code MSE} on a softmax output, and
 * (halved) the cost of the guide's companion notebook (section 8).
 *
 * <pre>
 * L = (1/(N·K)) Σ_i Σ_k (p_ik − y_ik)²                     the notebook's cost Σ(p − y)²/(2·N·K) is L/2
 * ∂L/∂p_ik = 2 (p_ik − y_ik) / (N·K)
 *
 * For one example (drop i), with p = softmax(z) and J_kl = ∂p_k/∂z_l = p_k (δ_kl − p_l):
 * ∂L/∂z_l = Σ_k ∂L/∂p_k · ∂p_k/∂z_l                         chain rule: every p_k depends on every z_l
 *         = Σ_k J_kl ∂L/∂p_k
 *         = (Jᵀ ∂L/∂p)_l
 *         = p_l (∂L/∂p_l − Σ_k p_k ∂L/∂p_k)                 J = diag(p) − p pᵀ multiplied out; the code uses J
 * </pre>
 *
 * Then {@link SoftmaxGradient#fromLogitGradients} carries ∂L/∂z to W and b. Where p is near 0 or 1, J → 0 and this
 * gradient vanishes even when p is wrong; cross-entropy's p − y does not.
 */
public final class SquaredError {

    private SquaredError() {
    }

    /** @return L = (1/(N·K)) Σ_i Σ_k (p_ik − y_ik)² */
    public static double loss(SoftmaxModel model, ClassificationData data) {
        Compatibility.check(model, data);
        double[][] p = model.probabilities(data.features());
        double[][] y = data.oneHot();
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            for (int k = 0; k < p[i].length; k++) {
                double error = p[i][k] - y[i][k];
                sum += error * error;                                            // Σ_i Σ_k (p_ik − y_ik)²
            }
        }
        return sum / ((double) data.size() * data.classCount());                 // L = Σ / (N·K)
    }

    /** @return ∂L/∂W and ∂L/∂b, through ∂L/∂z_i = J_iᵀ ∂L/∂p_i */
    public static SoftmaxGradient gradient(SoftmaxModel model, ClassificationData data) {
        Compatibility.check(model, data);
        double[][] p = model.probabilities(data.features());
        double[][] y = data.oneHot();
        int n = data.size();
        int classes = data.classCount();
        double[][] dZ = new double[n][classes];
        for (int i = 0; i < n; i++) {
            double[] dP = new double[classes];
            for (int k = 0; k < classes; k++) {
                dP[k] = 2 * (p[i][k] - y[i][k]) / ((double) n * classes);        // ∂L/∂p_ik = 2 (p_ik − y_ik)/(N·K)
            }
            double[][] jacobian = Softmax.jacobian(p[i]);
            for (int l = 0; l < classes; l++) {
                for (int k = 0; k < classes; k++) {
                    dZ[i][l] += jacobian[k][l] * dP[k];                          // ∂L/∂z_il = Σ_k J_kl ∂L/∂p_ik
                }
            }
        }
        return SoftmaxGradient.fromLogitGradients(data.features(), dZ);
    }
}
