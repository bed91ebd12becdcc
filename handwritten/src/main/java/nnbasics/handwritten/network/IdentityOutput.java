package nnbasics.handwritten.network;

/**
 * The output layer of a regression network: the identity, then the mean squared error exactly as DL4J's
 * {@code LossMSE} computes it, and ∂L/∂z at the output ({@code docs/derivations.md}, section 16). DL4J's
 * {@code OutputLayer} with {@code Activation.IDENTITY} and {@code LossFunction.MSE}.
 *
 * <pre>
 * ŷ_ik = z_ik                                          the identity: the output is the pre-activation
 * L    = (1/(B·K)) Σ_i Σ_k (ŷ_ik − y_ik)²              K = nOut outputs: LossMSE averages over the outputs AND
 *                                                      the rows (LossL2's sum / nOut, then / B in the score)
 * δ_ik = ∂L/∂z_ik = 2 (ŷ_ik − y_ik) / (B·K)            no ½ in L, so the 2 of the square's derivative stays
 * </pre>
 *
 * <p>With one output (K = 1) L is the mean squared error of a linear fit, without the guide's ½: the loss the
 * command {@code fit} reports for a linear model too.
 */
public final class IdentityOutput {

    private IdentityOutput() {
    }

    /**
     * @param prediction a row's outputs ŷ_i
     * @param target     its targets y_i, as many
     * @return Σ_k (ŷ_ik − y_ik)², the row's squared error (the caller adds the rows in order and divides by B·K)
     */
    public static double rowLoss(double[] prediction, double[] target) {
        double sum = 0;
        for (int k = 0; k < prediction.length; k++) {
            double error = prediction[k] - target[k];               // ŷ_ik − y_ik
            sum += error * error;                                  // Σ_k (ŷ_ik − y_ik)²
        }
        return sum;
    }

    /**
     * δ at the output, for one row.
     *
     * @param prediction the row's outputs ŷ_i
     * @param target     its targets y_i
     * @param batch      B, the number of rows in the batch
     * @param delta      receives δ_ik = 2 (ŷ_ik − y_ik) / (B·K)
     */
    public static void delta(double[] prediction, double[] target, int batch, double[] delta) {
        int outputs = prediction.length;
        for (int k = 0; k < outputs; k++) {
            delta[k] = 2 * (prediction[k] - target[k]) / ((double) batch * outputs);   // 2 (ŷ_ik − y_ik) / (B·K)
        }
    }
}
