package nnbasics.handwritten.features;

import java.util.Arrays;

/**
 * Standardisation: every feature is shifted and scaled to mean 0 and standard deviation 1,
 * z_j = (x_j − μ_j) / σ_j, with μ and σ measured on the training features.
 *
 * <p>σ is the <em>population</em> standard deviation (divide by n, not n − 1), the convention of ND4J's
 * {@code NormalizerStandardize}, so that both engines see the same z.
 *
 * <p>A linear model trained on z is a linear model on x with other numbers:
 * <pre>
 * ŷ = Σ_j w_j z_j + b
 *   = Σ_j w_j (x_j − μ_j) / σ_j + b
 *   = Σ_j (w_j / σ_j) x_j + (b − Σ_j w_j μ_j / σ_j)
 *   = Σ_j w_raw_j x_j + b_raw,   w_raw_j = w_j / σ_j,   b_raw = b − Σ_j w_j μ_j / σ_j
 * </pre>
 *
 * @param means              μ_j, one per feature
 * @param standardDeviations σ_j &gt; 0, one per feature
 */
public record Standardizer(double[] means, double[] standardDeviations) {

    /**
     * @throws IllegalArgumentException if the arrays are empty or differ in length, a mean is not finite, or a
     *                                  standard deviation is not finite and positive
     */
    public Standardizer {
        if (means.length == 0 || means.length != standardDeviations.length) {
            throw new IllegalArgumentException("expected as many means as standard deviations (at least one), got "
                    + means.length + " and " + standardDeviations.length);
        }
        for (int j = 0; j < means.length; j++) {
            if (!Double.isFinite(means[j]) || !Double.isFinite(standardDeviations[j])
                    || standardDeviations[j] <= 0) {
                throw new IllegalArgumentException("feature " + j + ": expected a finite mean and a finite positive "
                        + "standard deviation, got " + means[j] + " and " + standardDeviations[j]);
            }
        }
        means = means.clone();
        standardDeviations = standardDeviations.clone();
    }

    /**
     * Measures μ and σ of every feature.
     *
     * @param features row-major [example][feature], rectangular, at least one example and one feature, finite
     * @return the standardiser for these features
     * @throws ConstantFeatureException if a feature has the same value in every example (σ = 0)
     * @throws IllegalArgumentException if the array is empty, ragged or holds a non-finite value
     */
    public static Standardizer fit(double[][] features) {
        int n = features.length;
        int m = requireRectangular(features, -1);
        double[] means = new double[m];
        double[] deviations = new double[m];
        for (int j = 0; j < m; j++) {
            double sum = 0;
            for (double[] row : features) {
                sum += row[j];
            }
            means[j] = sum / n;                                       // μ_j = (1/n) Σ_i x_ij
            double squares = 0;
            boolean constant = true;
            for (double[] row : features) {
                double d = row[j] - means[j];
                squares += d * d;
                constant &= row[j] == features[0][j];
            }
            deviations[j] = Math.sqrt(squares / n);                   // σ_j = √((1/n) Σ_i (x_ij − μ_j)²)
            if (constant || deviations[j] == 0) {
                throw new ConstantFeatureException(j, features[0][j]);
            }
        }
        return new Standardizer(means, deviations);
    }

    /**
     * @param features row-major [example][feature], with as many features as this standardiser
     * @return a new array with z_ij = (x_ij − μ_j) / σ_j
     */
    public double[][] transform(double[][] features) {
        requireRectangular(features, means.length);
        double[][] z = new double[features.length][means.length];
        for (int i = 0; i < features.length; i++) {
            for (int j = 0; j < means.length; j++) {
                z[i][j] = (features[i][j] - means[j]) / standardDeviations[j];   // z = (x − μ) / σ
            }
        }
        return z;
    }

    /**
     * {@link #fit(double[][])} on column-major features, [feature][example] (the same sums in the same order), so
     * that a large file's columns are standardised without a row-major copy.
     */
    public static Standardizer fitColumns(double[][] columns) {
        if (columns.length == 0 || columns[0].length == 0) {
            throw new IllegalArgumentException("expected at least one example with at least one feature");
        }
        int n = columns[0].length;
        double[] means = new double[columns.length];
        double[] deviations = new double[columns.length];
        for (int j = 0; j < columns.length; j++) {
            double[] column = columns[j];
            if (column.length != n) {
                throw new IllegalArgumentException("feature " + j + " has " + column.length + " examples, expected "
                        + n);
            }
            double sum = 0;
            for (double value : column) {
                sum += value;
            }
            means[j] = sum / n;                                       // μ_j = (1/n) Σ_i x_ij
            double squares = 0;
            boolean constant = true;
            for (double value : column) {
                double d = value - means[j];
                squares += d * d;
                constant &= value == column[0];
            }
            deviations[j] = Math.sqrt(squares / n);                   // σ_j = √((1/n) Σ_i (x_ij − μ_j)²)
            if (constant || deviations[j] == 0) {
                throw new ConstantFeatureException(j, column[0]);
            }
        }
        return new Standardizer(means, deviations);
    }

    /** {@link #transform(double[][])} on column-major features, [feature][example]: new columns of z-scores. */
    public double[][] transformColumns(double[][] columns) {
        if (columns.length != means.length) {
            throw new IllegalArgumentException("expected " + means.length + " features, got " + columns.length);
        }
        double[][] z = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            z[j] = new double[columns[j].length];
            for (int i = 0; i < z[j].length; i++) {
                z[j][i] = (columns[j][i] - means[j]) / standardDeviations[j];     // z = (x − μ) / σ
            }
        }
        return z;
    }

    /**
     * @param standardizedWeights w_j of a model trained on standardised features
     * @return w_raw_j = w_j / σ_j, the weights of the same model on raw features
     */
    public double[] rawWeights(double[] standardizedWeights) {
        requireFeatureCount(standardizedWeights);
        double[] raw = new double[means.length];
        for (int j = 0; j < raw.length; j++) {
            raw[j] = standardizedWeights[j] / standardDeviations[j];          // w_raw_j = w_j / σ_j
        }
        return raw;
    }

    /**
     * @param standardizedWeights w_j of a model trained on standardised features
     * @param standardizedBias    b of that model
     * @return b_raw = b − Σ_j w_j μ_j / σ_j, the bias of the same model on raw features
     */
    public double rawBias(double[] standardizedWeights, double standardizedBias) {
        requireFeatureCount(standardizedWeights);
        double shift = 0;
        for (int j = 0; j < means.length; j++) {
            shift += standardizedWeights[j] * means[j] / standardDeviations[j];   // Σ_j w_j μ_j / σ_j
        }
        return standardizedBias - shift;                                          // b_raw = b − Σ_j w_j μ_j / σ_j
    }

    /** @return a copy of μ */
    @Override
    public double[] means() {
        return means.clone();
    }

    /** @return a copy of σ */
    @Override
    public double[] standardDeviations() {
        return standardDeviations.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Standardizer that && Arrays.equals(means, that.means)
                && Arrays.equals(standardDeviations, that.standardDeviations);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(means) + Arrays.hashCode(standardDeviations);
    }

    @Override
    public String toString() {
        return "Standardizer[means=" + Arrays.toString(means) + ", standardDeviations="
                + Arrays.toString(standardDeviations) + "]";
    }

    private void requireFeatureCount(double[] weights) {
        if (weights.length != means.length) {
            throw new IllegalArgumentException("expected " + means.length + " weights, got " + weights.length);
        }
    }

    /** @return the number of columns; {@code expectedColumns} &lt; 0 accepts any number (at least one) */
    private static int requireRectangular(double[][] features, int expectedColumns) {
        if (features.length == 0 || features[0].length == 0) {
            throw new IllegalArgumentException("expected at least one example with at least one feature");
        }
        int m = expectedColumns < 0 ? features[0].length : expectedColumns;
        for (int i = 0; i < features.length; i++) {
            if (features[i].length != m) {
                throw new IllegalArgumentException("example " + i + " has " + features[i].length
                        + " features, expected " + m);
            }
            for (int j = 0; j < m; j++) {
                if (!Double.isFinite(features[i][j])) {
                    throw new IllegalArgumentException("example " + i + ", feature " + j + " is " + features[i][j]
                            + ", expected a finite number");
                }
            }
        }
        return m;
    }
}
