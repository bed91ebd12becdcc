package nnbasics.handwritten.mnist;

/**
 * The gradient of the mean cross-entropy of a mini-batch, and that loss, at one set of parameters.
 *
 * @param weights ∂L/∂W, flat row-major [feature][class]: weights[j·10 + k] = ∂L/∂W_jk
 * @param bias    ∂L/∂b, one per class
 * @param loss    L = −(1/B) Σ_i log p_{i,y_i}, at the parameters the gradient was taken at
 */
public record MnistGradient(double[] weights, double[] bias, double loss) {

    /** Copies the arrays in. */
    public MnistGradient {
        weights = weights.clone();
        bias = bias.clone();
    }

    /** @return a copy of ∂L/∂W */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** @return a copy of ∂L/∂b */
    @Override
    public double[] bias() {
        return bias.clone();
    }
}
