package nnbasics.handwritten.regression;

/**
 * Full-batch gradient descent on mean squared error that remembers where it is: the twin of the DL4J
 * {@code RegressionTrainer}, whose network holds its parameters between calls to {@code fit}, with the same
 * constructor arguments (data, start, learning rates), the same step and the same read-outs ({@link #model()},
 * {@link #weights()}, {@link #bias()}, {@link #loss()}, {@link #predictions()}). Each {@link #step()} is one
 * {@link GradientDescent#step}.
 *
 * <p>No bias ({@link LearningRates#withoutBias()}: bias rate 0, from b = 0): b stays 0 and is never updated,
 * b ← b − 0·∂L/∂b, so ŷ = x·w; {@link #bias()} reads 0. The DL4J twin says the same with the same rates by building
 * its layer without a bias parameter.
 */
public final class RegressionTrainer {

    private final RegressionData data;
    private final LearningRates rates;
    private LinearModel model;

    /**
     * @param data  the examples, all used in every step
     * @param start the parameters to start from
     * @param rates the learning rates, on MSE (no ½)
     * @throws IllegalArgumentException if the model or the rates do not have one weight per feature
     */
    public RegressionTrainer(RegressionData data, LinearModel start, LearningRates rates) {
        MeanSquaredError.requireSameFeatureCount(start, data);
        if (rates.weights().length != data.featureCount()) {
            throw new IllegalArgumentException(rates.weights().length + " weight rates for "
                    + data.featureCount() + " features");
        }
        this.data = data;
        this.model = start;
        this.rates = rates;
    }

    /**
     * One full-batch update, {@link GradientDescent#step}, which computes in this order
     * <pre>
     *   ŷ_i = x_i·w + b                                  the predictions
     *   L   = (1/N) Σ_i (ŷ_i − y_i)²                     the loss
     *   ∂L/∂w_j = (2/N) Σ_i (ŷ_i − y_i) x_ij,  ∂L/∂b     the gradient
     *   w_j ← w_j − η_j ∂L/∂w_j,  b ← b − η_b ∂L/∂b      the update
     * </pre>
     *
     * @return the loss before the update
     */
    public double step() {
        StepResult result = GradientDescent.step(model, data, rates);
        model = result.model();
        return result.loss();
    }

    /** @return the current parameters */
    public LinearModel model() {
        return model;
    }

    /** @return the current weights w_j, one per feature */
    public double[] weights() {
        return model.weights();
    }

    /** @return the current bias b (0 for a model without bias) */
    public double bias() {
        return model.bias();
    }

    /** @return L = (1/N) Σ (ŷ − y)² at the current parameters (no update) */
    public double loss() {
        return MeanSquaredError.loss(model, data);
    }

    /** @return ŷ_i = x_i·w + b for every example, at the current parameters */
    public double[] predictions() {
        return MeanSquaredError.predictions(model, data);
    }
}
