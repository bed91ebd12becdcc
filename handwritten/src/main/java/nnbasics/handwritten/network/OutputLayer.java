package nnbasics.handwritten.network;

/**
 * The output layer's activation and loss, the one choice that makes a network a classifier or a regression
 * ({@code docs/derivations.md}, sections 11 and 16). Both pairs give the same simple δ at the output, which is why
 * they are paired: the loss's derivative cancels the activation's.
 *
 * <pre>
 * SOFTMAX_CROSS_ENTROPY   p = softmax(z_L),  L = −(1/B) Σ_i log p_{i,y_i},          δ_L = (p − y) / B
 * IDENTITY_MSE            ŷ = z_L,           L = (1/(B·K)) Σ_i Σ_k (ŷ_ik − y_ik)²,  δ_L = 2 (ŷ − y) / (B·K)
 * </pre>
 *
 * DL4J's {@code OutputLayer} with {@code Activation.SOFTMAX} and {@code LossMCXENT}, or with
 * {@code Activation.IDENTITY} and {@code LossMSE} (K = nOut, the number of outputs).
 */
public enum OutputLayer {
    /** Softmax and the mean cross-entropy ({@link SoftmaxOutput}): a classifier, at least 2 outputs. */
    SOFTMAX_CROSS_ENTROPY("softmax", 2),
    /** The identity and the mean squared error as DL4J's {@code LossMSE} ({@link IdentityOutput}): a regression. */
    IDENTITY_MSE("identity", 1);

    private final String label;
    private final int minimumOutputs;

    OutputLayer(String label, int minimumOutputs) {
        this.label = label;
        this.minimumOutputs = minimumOutputs;
    }

    /** @return the output activation's name in an architecture, {@code softmax} or {@code identity} */
    public String label() {
        return label;
    }

    /** @return the fewest outputs the layer may have: 2 classes for softmax, 1 value for a regression */
    public int minimumOutputs() {
        return minimumOutputs;
    }

    /**
     * @param z a row's outputs before the activation; not modified
     * @return a_L of the row: p = softmax(z), or ŷ = z (a copy)
     */
    double[] activate(double[] z) {
        return this == SOFTMAX_CROSS_ENTROPY ? SoftmaxOutput.softmax(z) : z.clone();
    }
}
