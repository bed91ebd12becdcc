package nnbasics.handwritten.classification;

/** The two losses a {@link SoftmaxModel} can be trained with. */
public enum ClassificationLoss {

    /** {@link CrossEntropy}: L = −(1/N) Σ_i log p_{i,y_i}, ∂L/∂z = (p − y)/N. DL4J's {@code MCXENT}. */
    CROSS_ENTROPY,

    /**
     * {@link SquaredError}: L = Σ_i Σ_k (p_ik − y_ik)² / (N·K), ∂L/∂z = Jᵀ · 2(p − y)/(N·K). DL4J's {@code MSE}.
     * The notebook's cost Σ(p − y)²/(2·N·K) is half of it, so its learning rate 1e−6 is 5e−7 here.
     */
    SQUARED_ERROR;

    /** @return this loss at {@code model} on {@code data} */
    public double loss(SoftmaxModel model, ClassificationData data) {
        return switch (this) {
            case CROSS_ENTROPY -> CrossEntropy.loss(model, data);
            case SQUARED_ERROR -> SquaredError.loss(model, data);
        };
    }

    /** @return the gradient of this loss at {@code model} on {@code data} */
    public SoftmaxGradient gradient(SoftmaxModel model, ClassificationData data) {
        return switch (this) {
            case CROSS_ENTROPY -> CrossEntropy.gradient(model, data);
            case SQUARED_ERROR -> SquaredError.gradient(model, data);
        };
    }
}
