package nnbasics.handwritten.classification;

import java.util.Arrays;

import nnbasics.handwritten.features.Standardizer;

/**
 * Softmax regression: one weight per (feature, class) pair and one bias per class, then softmax (guide, section 7).
 *
 * <pre>
 * z_k = (Σ_j x_j W_jk) + b_k      one logit per class
 * p   = softmax(z)                one probability per class
 * </pre>
 *
 * <p>The record copies its arrays on the way in and out, so a model never changes.
 *
 * @param weights [feature][class], the layout of DL4J's W ([nIn, nOut]); rectangular, at least 1 × 1
 * @param bias    one per class
 */
public record SoftmaxModel(double[][] weights, double[] bias) {

    /** @throws IllegalArgumentException if the weights are empty or ragged, or the bias has the wrong length */
    public SoftmaxModel {
        if (weights.length == 0 || weights[0].length == 0) {
            throw new IllegalArgumentException("a softmax model needs at least one feature and one class");
        }
        for (int j = 0; j < weights.length; j++) {
            if (weights[j].length != weights[0].length) {
                throw new IllegalArgumentException("weights row " + j + " has " + weights[j].length
                        + " classes, row 0 has " + weights[0].length);
            }
        }
        if (bias.length != weights[0].length) {
            throw new IllegalArgumentException(weights[0].length + " classes in the weights but " + bias.length
                    + " biases");
        }
        weights = Matrices.copy(weights);
        bias = bias.clone();
    }

    /**
     * All weights and biases zero: every class gets the same probability 1/K.
     *
     * @param features the number of input features
     * @param classes  the number of classes
     * @return the model that the notebook (section 8) starts from
     */
    public static SoftmaxModel zero(int features, int classes) {
        return new SoftmaxModel(new double[features][classes], new double[classes]);
    }

    /** @return a copy of the weights, [feature][class] */
    @Override
    public double[][] weights() {
        return Matrices.copy(weights);
    }

    /** @return a copy of the biases, one per class */
    @Override
    public double[] bias() {
        return bias.clone();
    }

    /** @return the number of input features */
    public int featureCount() {
        return weights.length;
    }

    /** @return the number of classes */
    public int classCount() {
        return bias.length;
    }

    /**
     * @param x one example's features
     * @return z with z_k = (Σ_j x_j W_jk) + b_k
     */
    public double[] logits(double[] x) {
        if (x.length != weights.length) {
            throw new IllegalArgumentException("the model has " + weights.length + " features, the example has "
                    + x.length);
        }
        double[] z = new double[bias.length];
        for (int k = 0; k < z.length; k++) {
            double sum = 0;
            for (int j = 0; j < x.length; j++) {
                sum += x[j] * weights[j][k];             // Σ_j x_j W_jk
            }
            z[k] = sum + bias[k];                        // z_k = (Σ_j x_j W_jk) + b_k, as SoftmaxTrainer
        }
        return z;
    }

    /**
     * @param x one example's features
     * @return p = softmax(z), one probability per class
     */
    public double[] probabilities(double[] x) {
        return Softmax.of(logits(x));
    }

    /**
     * @param features [example][feature]
     * @return [example][class], one row of probabilities per example
     */
    public double[][] probabilities(double[][] features) {
        double[][] p = new double[features.length][];
        for (int i = 0; i < features.length; i++) {
            p[i] = probabilities(features[i]);
        }
        return p;
    }

    /**
     * @param x one example's features
     * @return the class with the largest probability (the first such on a tie)
     */
    public int predict(double[] x) {
        double[] p = probabilities(x);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }

    /**
     * The same model for raw features, when this one was trained on standardised ones.
     *
     * <pre>
     * z_k = Σ_j ((x_j − μ_j) / σ_j) W_jk + b_k
     *     = Σ_j x_j (W_jk / σ_j) + (b_k − Σ_j W_jk μ_j / σ_j)
     * </pre>
     *
     * Each class's column of weights maps back exactly as a linear model's weights do, so
     * {@link Standardizer#rawWeights} and {@link Standardizer#rawBias} do it, one class at a time.
     *
     * @param standardizer the standardiser the training features went through
     * @return a model with the same logits on raw features as this one on standardised features
     */
    public SoftmaxModel toRawUnits(Standardizer standardizer) {
        double[][] rawWeights = new double[weights.length][bias.length];
        double[] rawBias = new double[bias.length];
        for (int k = 0; k < bias.length; k++) {
            double[] column = Matrices.column(weights, k);
            double[] rawColumn = standardizer.rawWeights(column);           // W_jk / σ_j
            for (int j = 0; j < weights.length; j++) {
                rawWeights[j][k] = rawColumn[j];
            }
            rawBias[k] = standardizer.rawBias(column, bias[k]);             // b_k − Σ_j W_jk μ_j / σ_j
        }
        return new SoftmaxModel(rawWeights, rawBias);
    }

    /** Two models are equal when their weights and biases are equal number for number. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SoftmaxModel that
                && Arrays.deepEquals(weights, that.weights)
                && Arrays.equals(bias, that.bias);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(weights) + Arrays.hashCode(bias);
    }

    @Override
    public String toString() {
        return "SoftmaxModel[weights=" + Arrays.deepToString(weights) + ", bias=" + Arrays.toString(bias) + "]";
    }
}
