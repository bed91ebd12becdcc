package nnbasics.handwritten.regression;

import java.util.Arrays;

/**
 * A linear model, ŷ = x·w + b = Σ_j x_j w_j + b: one weight per feature and a bias. In the guide's picture each
 * input node is multiplied by its weight and the products are summed, with the bias, into the output node.
 * The twin of the DL4J {@code LinearModel}, the same record, which also builds the network that computes ŷ.
 *
 * @param weights w_j, one per feature
 * @param bias    b
 */
public record LinearModel(double[] weights, double bias) {

    public LinearModel {
        if (weights.length == 0) {
            throw new IllegalArgumentException("expected at least one weight");
        }
        weights = weights.clone();
    }

    /**
     * @param featureCount the number of features, m ≥ 1
     * @return w = 0, b = 0 (where the guide's gradient descent starts)
     */
    public static LinearModel zero(int featureCount) {
        return new LinearModel(new double[featureCount], 0);
    }

    /**
     * @param x one example's features, as many as there are weights
     * @return ŷ = Σ_j x_j w_j + b
     */
    public double predict(double[] x) {
        if (x.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " features, got " + x.length);
        }
        double sum = 0;
        for (int j = 0; j < weights.length; j++) {
            sum += x[j] * weights[j];                // Σ_j x_j w_j
        }
        return sum + bias;                           // ŷ = x·w + b
    }

    /**
     * @param features row-major [example][feature]
     * @return ŷ_i for every example
     */
    public double[] predict(double[][] features) {
        double[] predictions = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            predictions[i] = predict(features[i]);
        }
        return predictions;
    }

    /** @return a copy of the weights */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** @return the number of weights (features) */
    int featureCount() {
        return weights.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinearModel that && Arrays.equals(weights, that.weights)
                && Double.compare(bias, that.bias) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Double.hashCode(bias);
    }

    @Override
    public String toString() {
        return "LinearModel[weights=" + Arrays.toString(weights) + ", bias=" + bias + "]";
    }
}
