package nnbasics.dl4j.classification;

import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerStandardize;

/**
 * Feature standardisation with ND4J's {@link NormalizerStandardize}, z_j = (x_j − μ_j)/σ_j, fitted on the training
 * data only, and the way back from a softmax model trained on z to the same model on raw x.
 *
 * <pre>
 * z_j = (x_j − μ_j)/σ_j
 * Σ_j z_j W_jk + b_k = Σ_j x_j (W_jk/σ_j) + (b_k − Σ_j W_jk μ_j/σ_j)
 *   ⇒ W_raw_jk = W_jk/σ_j,   b_raw_k = b_k − Σ_j W_jk μ_j/σ_j
 * </pre>
 * μ and σ are read from the normaliser; σ is the population standard deviation (divide by N), as the tests pin.
 */
public final class Standardization {

    private Standardization() {
    }

    /**
     * @param training the training data; only its features are used, the labels stay as they are
     * @return a normaliser holding μ and σ of each feature column
     */
    public static NormalizerStandardize fit(DataSet training) {
        NormalizerStandardize normalizer = new NormalizerStandardize();
        normalizer.fit(training);
        return normalizer;
    }

    /**
     * @param normalizer a fitted normaliser
     * @param data       raw data; not changed
     * @return a copy with standardised features z = (x − μ)/σ and the same labels
     */
    public static DataSet transform(NormalizerStandardize normalizer, DataSet data) {
        DataSet copy = data.copy();
        normalizer.transform(copy);
        return copy;
    }

    /**
     * @param normalizer          the normaliser the weights were trained behind
     * @param standardizedWeights W on standardised features, [feature][class]
     * @return W_raw_jk = W_jk / σ_j
     */
    public static double[][] rawWeights(NormalizerStandardize normalizer, double[][] standardizedWeights) {
        double[] sigma = normalizer.getStd().toDoubleVector();
        checkFeatures(sigma.length, standardizedWeights.length);
        double[][] raw = new double[standardizedWeights.length][];
        for (int j = 0; j < raw.length; j++) {
            raw[j] = new double[standardizedWeights[j].length];
            for (int k = 0; k < raw[j].length; k++) {
                raw[j][k] = standardizedWeights[j][k] / sigma[j];
            }
        }
        return raw;
    }

    /**
     * @param normalizer          the normaliser the model was trained behind
     * @param standardizedWeights W on standardised features, [feature][class]
     * @param standardizedBias    b on standardised features, one per class
     * @return b_raw_k = b_k − Σ_j W_jk μ_j / σ_j
     */
    public static double[] rawBias(NormalizerStandardize normalizer, double[][] standardizedWeights,
                                   double[] standardizedBias) {
        double[] mu = normalizer.getMean().toDoubleVector();
        double[] sigma = normalizer.getStd().toDoubleVector();
        checkFeatures(sigma.length, standardizedWeights.length);
        double[] raw = standardizedBias.clone();
        for (int k = 0; k < raw.length; k++) {
            for (int j = 0; j < standardizedWeights.length; j++) {
                raw[k] -= standardizedWeights[j][k] * mu[j] / sigma[j];
            }
        }
        return raw;
    }

    private static void checkFeatures(int normalizerFeatures, int weightRows) {
        if (normalizerFeatures != weightRows) {
            throw new IllegalArgumentException("the normaliser has " + normalizerFeatures
                    + " features, the weights have " + weightRows + " rows");
        }
    }
}
