package nnbasics.handwritten.regression;

/**
 * Gradient descent that remembers where it is: the twin of the DL4J {@code RegressionTrainer}, whose network
 * holds its parameters between calls to {@code fit}. Each {@link #step()} is one {@link GradientDescent#step}.
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
     * One full-batch update.
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

    /** @return the loss at the current parameters */
    public double loss() {
        return MeanSquaredError.loss(model, data);
    }
}
