package nnbasics.handwritten.regression;

import java.util.Arrays;

/**
 * Learning rates for gradient descent on MSE (no ½): one per weight and one for the bias, so that a feature
 * measured in thousands (area) and one measured in units (bathrooms) can each get a step that suits it, as in the
 * guide's widget. The twin of the DL4J {@code LearningRates}, the same record with the same factories.
 *
 * @param weights η_j ≥ 0, one per weight
 * @param bias    η_b ≥ 0 (0 keeps the bias where it starts)
 */
public record LearningRates(double[] weights, double bias) {

    /**
     * @throws IllegalArgumentException if there is no weight rate, or a rate is negative or not finite
     */
    public LearningRates {
        if (weights.length == 0) {
            throw new IllegalArgumentException("expected at least one weight rate");
        }
        for (int j = 0; j < weights.length; j++) {
            requireRate(weights[j], "weight rate " + j);
        }
        requireRate(bias, "bias rate");
        weights = weights.clone();
    }

    /**
     * @param featureCount the number of weights
     * @param rate         η for every weight and for the bias
     * @return the same rate everywhere
     */
    public static LearningRates uniform(int featureCount, double rate) {
        double[] weights = new double[featureCount];
        Arrays.fill(weights, rate);
        return new LearningRates(weights, rate);
    }

    /**
     * Rates on MSE that give the same trajectory as the guide's widget rates on ½·MSE:
     * <pre>
     * ∇(½·L) = ½ ∇L
     * θ − η ∇(½·L) = θ − (η/2) ∇L
     * </pre>
     * so every rate is halved. The widget's 1e−8 (weight) and 1 (bias) become 5e−9 and 0.5 here.
     *
     * @param weightRates the widget's rate per weight, on ½·MSE
     * @param biasRate    the widget's bias rate, on ½·MSE
     * @return the rates on MSE: η_j / 2 and η_b / 2
     */
    public static LearningRates fromHalfMse(double[] weightRates, double biasRate) {
        double[] halves = new double[weightRates.length];
        for (int j = 0; j < halves.length; j++) {
            halves[j] = weightRates[j] / 2;                          // η_j on MSE = η_j on ½·MSE / 2
        }
        return new LearningRates(halves, biasRate / 2);
    }

    /**
     * @return the same weight rates with bias rate 0, for the one-weight, no-bias model of section 1: from b = 0 the
     *         trainer keeps b at 0 and never updates it (b ← b − 0·∂L/∂b), so ŷ = x·w; the DL4J twin's trainer says
     *         the same by building its layer without a bias parameter
     */
    public LearningRates withoutBias() {
        return new LearningRates(weights, 0);
    }

    /** @return a copy of the weight rates */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LearningRates that && Arrays.equals(weights, that.weights)
                && Double.compare(bias, that.bias) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Double.hashCode(bias);
    }

    @Override
    public String toString() {
        return "LearningRates[weights=" + Arrays.toString(weights) + ", bias=" + bias + "]";
    }

    private static void requireRate(double rate, String what) {
        if (!Double.isFinite(rate) || rate < 0) {
            throw new IllegalArgumentException(what + " is " + rate + ", expected a finite number ≥ 0");
        }
    }
}
