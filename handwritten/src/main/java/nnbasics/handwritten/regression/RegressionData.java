package nnbasics.handwritten.regression;

import java.util.Arrays;

/**
 * Examples for regression: one row of features and one target per example.
 *
 * @param features row-major [example][feature]; rectangular, at least one example and one feature, all finite
 * @param targets  y_i, one per example, finite
 */
public record RegressionData(double[][] features, double[] targets) {

    /**
     * @throws IllegalArgumentException if the data is empty, ragged, has a target count different from the example
     *                                  count, or holds a value that is not finite
     */
    public RegressionData {
        if (features.length == 0 || features[0].length == 0) {
            throw new IllegalArgumentException("expected at least one example with at least one feature");
        }
        if (targets.length != features.length) {
            throw new IllegalArgumentException(features.length + " examples but " + targets.length + " targets");
        }
        double[][] copy = new double[features.length][];
        for (int i = 0; i < features.length; i++) {
            if (features[i].length != features[0].length) {
                throw new IllegalArgumentException("example " + i + " has " + features[i].length
                        + " features, expected " + features[0].length);
            }
            copy[i] = requireFinite(features[i], "example " + i);
        }
        features = copy;
        targets = requireFinite(targets, "targets");
    }

    /** @return the number of examples, n */
    public int size() {
        return targets.length;
    }

    /** @return the number of features per example, m */
    public int featureCount() {
        return features[0].length;
    }

    /**
     * @param n how many examples to keep, 1 … {@link #size()}
     * @return the first n examples (the guide's sections 1–4 use the first three houses)
     */
    public RegressionData firstRows(int n) {
        if (n < 1 || n > size()) {
            throw new IllegalArgumentException("expected 1 to " + size() + " rows, got " + n);
        }
        return new RegressionData(Arrays.copyOf(features, n), Arrays.copyOf(targets, n));
    }

    /** @return a copy of the features, [example][feature] */
    @Override
    public double[][] features() {
        double[][] copy = new double[features.length][];
        for (int i = 0; i < features.length; i++) {
            copy[i] = features[i].clone();
        }
        return copy;
    }

    /** @return a copy of the targets */
    @Override
    public double[] targets() {
        return targets.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegressionData that && Arrays.deepEquals(features, that.features)
                && Arrays.equals(targets, that.targets);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(features) + Arrays.hashCode(targets);
    }

    @Override
    public String toString() {
        return "RegressionData[features=" + Arrays.deepToString(features) + ", targets=" + Arrays.toString(targets)
                + "]";
    }

    private static double[] requireFinite(double[] values, String what) {
        for (int j = 0; j < values.length; j++) {
            if (!Double.isFinite(values[j])) {
                throw new IllegalArgumentException(what + ", value " + j + " is " + values[j]
                        + ", expected a finite number");
            }
        }
        return values.clone();
    }
}
