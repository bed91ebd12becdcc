package nnbasics.handwritten.classification;

import java.util.Arrays;

/**
 * The gradient of a loss with respect to a {@link SoftmaxModel}'s parameters, in the model's layout.
 *
 * <p>Both losses reach it the same way: first ∂L/∂z for every example's logits, then through z_k = Σ_j x_j W_jk + b_k
 * (see {@link #fromLogitGradients}). The record copies its arrays on the way in and out.
 *
 * @param weights ∂L/∂W_jk, [feature][class]
 * @param bias    ∂L/∂b_k, one per class
 */
public record SoftmaxGradient(double[][] weights, double[] bias) {

    public SoftmaxGradient {
        weights = Matrices.copy(weights);
        bias = bias.clone();
    }

    /**
     * From the gradient with respect to every example's logits to the gradient with respect to the parameters.
     *
     * <pre>
     * z_ik = Σ_j x_ij W_jk + b_k    ⇒   ∂z_ik/∂W_jk = x_ij,   ∂z_ik/∂b_k = 1
     * ∂L/∂W_jk = Σ_i ∂L/∂z_ik · x_ij
     * ∂L/∂b_k  = Σ_i ∂L/∂z_ik
     * </pre>
     *
     * @param features       [example][feature]
     * @param logitGradients ∂L/∂z, [example][class]
     */
    static SoftmaxGradient fromLogitGradients(double[][] features, double[][] logitGradients) {
        int classes = logitGradients[0].length;
        double[][] dW = new double[features[0].length][classes];
        double[] dB = new double[classes];
        for (int i = 0; i < features.length; i++) {
            for (int k = 0; k < classes; k++) {
                for (int j = 0; j < features[i].length; j++) {
                    dW[j][k] += logitGradients[i][k] * features[i][j];   // ∂L/∂W_jk = Σ_i ∂L/∂z_ik · x_ij
                }
                dB[k] += logitGradients[i][k];                          // ∂L/∂b_k  = Σ_i ∂L/∂z_ik
            }
        }
        return new SoftmaxGradient(dW, dB);
    }

    /** @return a copy of ∂L/∂W, [feature][class] */
    @Override
    public double[][] weights() {
        return Matrices.copy(weights);
    }

    /** @return a copy of ∂L/∂b */
    @Override
    public double[] bias() {
        return bias.clone();
    }

    /** @return the Euclidean norm over every weight and bias entry, √(Σ_jk (∂L/∂W_jk)² + Σ_k (∂L/∂b_k)²) */
    public double norm() {
        double sum = 0;
        for (double[] row : weights) {
            for (double g : row) {
                sum += g * g;
            }
        }
        for (double g : bias) {
            sum += g * g;
        }
        return Math.sqrt(sum);
    }

    /** Two gradients are equal when they are equal number for number. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SoftmaxGradient that
                && Arrays.deepEquals(weights, that.weights)
                && Arrays.equals(bias, that.bias);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(weights) + Arrays.hashCode(bias);
    }

    @Override
    public String toString() {
        return "SoftmaxGradient[weights=" + Arrays.deepToString(weights) + ", bias=" + Arrays.toString(bias) + "]";
    }
}
