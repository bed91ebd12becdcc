package nnbasics.dl4j.regression;

import java.util.Arrays;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Gives every weight its own learning rate η_j although the network has one rate η for all of its weights.
 *
 * <p>The guide's widgets use a separate rate per parameter (1e−8 for the area's weight, 0.01 for the
 * bathrooms' weight). DL4J's {@code Sgd} has one rate per parameter array (W) and one for the bias, so
 * the rates are obtained by an exact change of variables instead:
 *
 * <pre>
 *   Feed the features scaled and hold the weights divided by the same factor s_j &gt; 0:
 *     x'_j = s_j · x_j,        w'_j = w_j / s_j.
 *   The prediction does not change:
 *     ŷ = Σ_j x'_j w'_j + b = Σ_j (s_j x_j)(w_j / s_j) + b = Σ_j x_j w_j + b,
 *   so the loss is the same function, read through w_j = s_j · w'_j. By the chain rule
 *     ∂L/∂w'_j = ∂L/∂w_j · ∂w_j/∂w'_j = s_j · ∂L/∂w_j.
 *   One SGD step of the network, with its one rate η, on w'_j:
 *     w'_j ← w'_j − η · ∂L/∂w'_j = w'_j − η · s_j · ∂L/∂w_j.
 *   Multiply by s_j to read w_j back:
 *     w_j  ← w_j − η · s_j² · ∂L/∂w_j.
 *   Choose s_j² = η_j / η, that is s_j = √(η_j / η):
 *     w_j  ← w_j − η_j · ∂L/∂w_j,
 *   which is gradient descent with weight j's own rate η_j. The bias is not scaled: it has its own updater.
 * </pre>
 *
 * <p>η is the largest of the rates, so every s_j ≤ 1; when all rates are equal every s_j = √1 = 1
 * exactly and the reparametrisation changes nothing, not even the rounding.
 */
public final class PerWeightLearningRates {

    private final double networkRate;
    private final double[] scales;

    /**
     * @param weightRates η_j for each weight, on MSE without ½; each finite and &gt; 0 (a weight with
     *                    rate 0 would need s_j = 0 and w'_j = w_j / 0)
     */
    public PerWeightLearningRates(double[] weightRates) {
        if (weightRates.length == 0) {
            throw new IllegalArgumentException("need at least one weight rate");
        }
        double largest = 0;
        for (int j = 0; j < weightRates.length; j++) {
            double rate = weightRates[j];
            if (!(rate > 0) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("weight rate " + j + " must be a finite number > 0, got "
                        + rate + " in " + Arrays.toString(weightRates));
            }
            largest = Math.max(largest, rate);
        }
        this.networkRate = largest;                                  // η = max_j η_j
        this.scales = new double[weightRates.length];
        for (int j = 0; j < weightRates.length; j++) {
            scales[j] = Math.sqrt(weightRates[j] / networkRate);     // s_j = √(η_j / η) ≤ 1
        }
    }

    /** η, the one rate the network's weight updater uses: the largest of the weight rates. */
    public double networkRate() {
        return networkRate;
    }

    /**
     * x'_ij = s_j · x_ij, a new [N, n] array (the input is not changed); when every s_j = 1 (equal rates), x itself
     * in double precision, since multiplying by 1 changes nothing and a large x is then not held twice.
     */
    public INDArray scaleFeatures(INDArray features) {
        if (features.rank() != 2 || features.size(1) != scales.length) {
            throw new IllegalArgumentException("features must have shape [N, " + scales.length + "], got "
                    + Arrays.toString(features.shape()));
        }
        boolean allOne = Arrays.stream(scales).allMatch(s -> s == 1);
        if (allOne) {
            return features.castTo(DataType.DOUBLE);       // x'_j = 1 · x_j = x_j exactly: no copy of a large x
        }
        return features.castTo(DataType.DOUBLE).mulRowVector(Nd4j.createFromArray(scales));
    }

    /** w'_j = w_j / s_j: the weights the network must hold to predict with the raw weights w. */
    public double[] toNetwork(double[] weights) {
        requireLength(weights);
        double[] networkWeights = new double[weights.length];
        for (int j = 0; j < weights.length; j++) {
            networkWeights[j] = weights[j] / scales[j];
        }
        return networkWeights;
    }

    /** w_j = s_j · w'_j: the raw weights from the weights the network holds. */
    public double[] fromNetwork(double[] networkWeights) {
        requireLength(networkWeights);
        double[] weights = new double[networkWeights.length];
        for (int j = 0; j < networkWeights.length; j++) {
            weights[j] = scales[j] * networkWeights[j];
        }
        return weights;
    }

    private void requireLength(double[] weights) {
        if (weights.length != scales.length) {
            throw new IllegalArgumentException("expected " + scales.length + " weights, got " + weights.length
                    + ": " + Arrays.toString(weights));
        }
    }
}
