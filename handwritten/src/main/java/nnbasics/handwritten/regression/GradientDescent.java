package nnbasics.handwritten.regression;

/**
 * One step of full-batch gradient descent on MSE, with a learning rate per parameter:
 * <pre>
 * w_j ← w_j − η_j ∂L/∂w_j
 * b   ← b   − η_b ∂L/∂b
 * </pre>
 */
public final class GradientDescent {

    private GradientDescent() {
    }

    /**
     * Predictions, loss, gradient, update — in that order, on all examples at once.
     *
     * @param model the parameters to start from
     * @param data  the examples
     * @param rates the learning rates (on MSE, no ½)
     * @return the updated model and the loss before the update
     */
    public static StepResult step(LinearModel model, RegressionData data, LearningRates rates) {
        MeanSquaredError.requireSameFeatureCount(model, data);
        if (rates.weights().length != data.featureCount()) {
            throw new IllegalArgumentException(rates.weights().length + " weight rates for "
                    + data.featureCount() + " features");
        }
        double[] predictions = MeanSquaredError.predictions(model, data);      // ŷ_i = x_i·w + b
        double loss = MeanSquaredError.loss(predictions, data);               // L = (1/n) Σ (ŷ_i − y_i)²
        Gradient gradient = MeanSquaredError.gradient(predictions, data);     // ∂L/∂w_j, ∂L/∂b
        double[] w = model.weights();
        double[] dW = gradient.weights();
        double[] rate = rates.weights();
        for (int j = 0; j < w.length; j++) {
            w[j] -= rate[j] * dW[j];                                          // w_j ← w_j − η_j ∂L/∂w_j
        }
        double b = model.bias();
        b -= rates.bias() * gradient.bias();                                  // b ← b − η_b ∂L/∂b
        return new StepResult(new LinearModel(w, b), loss);
    }
}
