package nnbasics.handwritten.regression;

import java.util.Arrays;

/**
 * The gradient of a loss with respect to a linear model's parameters.
 *
 * @param weights ∂L/∂w_j, one per weight
 * @param bias    ∂L/∂b
 */
public record Gradient(double[] weights, double bias) {

    public Gradient {
        weights = weights.clone();
    }

    /** @return a copy of ∂L/∂w */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Gradient that && Arrays.equals(weights, that.weights)
                && Double.compare(bias, that.bias) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Double.hashCode(bias);
    }

    @Override
    public String toString() {
        return "Gradient[weights=" + Arrays.toString(weights) + ", bias=" + bias + "]";
    }
}
