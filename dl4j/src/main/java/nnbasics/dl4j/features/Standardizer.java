package nnbasics.dl4j.features;

import java.util.Arrays;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerStandardize;
import org.nd4j.linalg.factory.Nd4j;
import nnbasics.dl4j.runtime.Nd4jRuntime;

/**
 * Feature standardisation with ND4J's {@link NormalizerStandardize}, fitted on the training features only, and
 * the way back to raw units for a linear model (w, b) or a softmax model (W [feature][class], b [class]): the twin
 * of the hand-written {@code Standardizer}, the one standardiser of the DL4J side.
 *
 * <pre>
 *   μ_j = (1/N) Σ_i x_ij                      the normaliser's mean
 *   σ_j = √((1/N) Σ_i (x_ij − μ_j)²)          the normaliser's standard deviation: population, divided by N
 *   z_ij = (x_ij − μ_j) / σ_j                 transform
 *
 *   A model trained on z predicts ŷ = Σ_j w_j z_j + b = Σ_j (w_j/σ_j) x_j + (b − Σ_j w_j μ_j/σ_j), so in raw units
 *   w_raw_j = w_j / σ_j,    b_raw = b − Σ_j w_j μ_j / σ_j;
 *   for softmax, column by column: W_raw_jk = W_jk / σ_j,  b_raw_k = b_k − Σ_j W_jk μ_j / σ_j.
 * </pre>
 *
 * <p>μ and σ are read from the normaliser, so whatever ND4J computes is what the mapping uses.
 * ND4J replaces a zero σ by {@code Nd4j.EPS_THRESHOLD} (1e−5) and carries on; this class refuses a constant
 * feature instead, because its standardised values would be meaningless.
 */
public final class Standardizer {

    private final NormalizerStandardize normalizer;
    private final double[] means;
    private final double[] standardDeviations;

    private Standardizer(NormalizerStandardize normalizer) {
        this.normalizer = normalizer;
        this.means = normalizer.getMean().toDoubleVector();
        this.standardDeviations = normalizer.getStd().toDoubleVector();
    }

    /**
     * Fits μ and σ of every feature column.
     *
     * @param features x, shape [N, n]
     * @throws IllegalArgumentException if a column is constant (σ = 0)
     */
    public static Standardizer fit(INDArray features) {
        Nd4jRuntime.configure(); // threads and JavaCPP, once, whatever the entry point
        if (features.rank() != 2 || features.size(0) < 1 || features.size(1) < 1) {
            throw new IllegalArgumentException("features must have shape [N, n] with N, n ≥ 1, got "
                    + Arrays.toString(features.shape()));
        }
        INDArray x = features.castTo(DataType.DOUBLE);
        double[] lowest = x.min(0).toDoubleVector();
        double[] highest = x.max(0).toDoubleVector();
        for (int j = 0; j < lowest.length; j++) {
            if (lowest[j] == highest[j]) {
                throw new IllegalArgumentException("feature column " + (j + 1) + " is constant (every value is "
                        + lowest[j] + "): its standard deviation is 0, so it cannot be standardised");
            }
        }
        NormalizerStandardize normalizer = new NormalizerStandardize();
        normalizer.fit(new DataSet(x, Nd4j.zeros(DataType.DOUBLE, x.size(0), 1))); // labels unused: features only
        return new Standardizer(normalizer);
    }

    /** @return ND4J's normaliser itself, e.g. to keep it in a model zip ({@code ModelSerializer}) */
    public NormalizerStandardize normalizer() {
        return normalizer;
    }

    /** μ_j of every feature. */
    public double[] means() {
        return means.clone();
    }

    /** σ_j of every feature (population: divided by N). */
    public double[] standardDeviations() {
        return standardDeviations.clone();
    }

    /** z_ij = (x_ij − μ_j) / σ_j, a new array (ND4J transforms in place, so a copy is transformed). */
    public INDArray transform(INDArray features) {
        if (features.rank() != 2 || features.size(1) != means.length) {
            throw new IllegalArgumentException("features must have shape [N, " + means.length + "], got "
                    + Arrays.toString(features.shape()));
        }
        INDArray z = features.castTo(DataType.DOUBLE).dup();
        normalizer.transform(z);
        return z;
    }

    /** The same z-scores of a data set's features (a copy; the labels stay as they are). */
    public DataSet transform(DataSet data) {
        return new DataSet(transform(data.getFeatures()), data.getLabels());
    }

    /** W_raw_jk = W_jk / σ_j, for a softmax model's weights [feature][class]. */
    public double[][] rawWeights(double[][] standardizedWeights) {
        requireRows(standardizedWeights);
        double[][] raw = new double[standardizedWeights.length][];
        for (int j = 0; j < raw.length; j++) {
            raw[j] = new double[standardizedWeights[j].length];
            for (int k = 0; k < raw[j].length; k++) {
                raw[j][k] = standardizedWeights[j][k] / standardDeviations[j];
            }
        }
        return raw;
    }

    /** b_raw_k = b_k − Σ_j W_jk μ_j / σ_j, for a softmax model's biases. */
    public double[] rawBias(double[][] standardizedWeights, double[] standardizedBias) {
        requireRows(standardizedWeights);
        double[] raw = standardizedBias.clone();
        for (int k = 0; k < raw.length; k++) {
            for (int j = 0; j < standardizedWeights.length; j++) {
                raw[k] -= standardizedWeights[j][k] * means[j] / standardDeviations[j];
            }
        }
        return raw;
    }

    /** w_raw_j = w_j / σ_j. */
    public double[] rawWeights(double[] standardizedWeights) {
        requireLength(standardizedWeights);
        double[] raw = new double[standardizedWeights.length];
        for (int j = 0; j < raw.length; j++) {
            raw[j] = standardizedWeights[j] / standardDeviations[j];
        }
        return raw;
    }

    /** b_raw = b − Σ_j w_j μ_j / σ_j. */
    public double rawBias(double[] standardizedWeights, double standardizedBias) {
        requireLength(standardizedWeights);
        double raw = standardizedBias;
        for (int j = 0; j < standardizedWeights.length; j++) {
            raw -= standardizedWeights[j] * means[j] / standardDeviations[j];
        }
        return raw;
    }

    private void requireRows(double[][] weights) {
        if (weights.length != means.length) {
            throw new IllegalArgumentException("the normaliser has " + means.length + " features, the weights have "
                    + weights.length + " rows");
        }
    }

    private void requireLength(double[] weights) {
        if (weights.length != means.length) {
            throw new IllegalArgumentException("expected " + means.length + " weights, got " + weights.length
                    + ": " + Arrays.toString(weights));
        }
    }
}
