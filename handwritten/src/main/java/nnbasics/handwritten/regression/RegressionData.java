package nnbasics.handwritten.regression;

import java.util.Arrays;

/**
 * Examples for regression: one row of features and one target per example, held column by column (one
 * {@code double[]} per feature, 8 bytes a value: a row-major {@code double[][]} costs a 16-byte array header and a
 * reference per row on top, three times the numbers for two features).
 *
 * <p>A class rather than a record: the numbers are kept column-major whatever form they arrive in, and the arrays
 * need value semantics in {@code equals}.
 */
public final class RegressionData {

    /** x, [feature][example]. */
    private final double[][] columns;
    /** y, one per example. */
    private final double[] targets;

    /**
     * @param features row-major [example][feature]; rectangular, at least one example and one feature, all finite
     * @param targets  y_i, one per example, finite
     * @throws IllegalArgumentException if the data is empty, ragged, has a target count different from the example
     *                                  count, or holds a value that is not finite
     */
    public RegressionData(double[][] features, double[] targets) {
        this(transpose(features), targets.clone(), targets.length);
    }

    private RegressionData(double[][] columns, double[] targets, int examples) {
        if (examples == 0 || columns.length == 0) {
            throw new IllegalArgumentException("expected at least one example with at least one feature");
        }
        for (int j = 0; j < columns.length; j++) {
            if (columns[j].length != targets.length) {
                throw new IllegalArgumentException(columns[j].length + " examples but " + targets.length
                        + " targets");
            }
            requireFinite(columns[j], j);
        }
        requireFinite(targets, -1);
        this.columns = columns;
        this.targets = targets;
    }

    /**
     * The same from columns, without copying them: a large file is held once. The caller hands the arrays over
     * and must not change them afterwards.
     *
     * @param columns x, [feature][example], each as long as {@code targets}
     * @param targets y, one per example
     * @throws IllegalArgumentException as the constructor
     */
    public static RegressionData ofColumns(double[][] columns, double[] targets) {
        return new RegressionData(columns.clone(), targets, targets.length);
    }

    /** @return the number of examples, n */
    public int size() {
        return targets.length;
    }

    /** @return the number of features per example, m */
    public int featureCount() {
        return columns.length;
    }

    /**
     * @param n how many examples to keep, 1 … {@link #size()}
     * @return the first n examples (the guide's sections 1–4 use the first three houses)
     */
    public RegressionData firstRows(int n) {
        if (n < 1 || n > size()) {
            throw new IllegalArgumentException("expected 1 to " + size() + " rows, got " + n);
        }
        double[][] first = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            first[j] = Arrays.copyOf(columns[j], n);
        }
        return new RegressionData(first, Arrays.copyOf(targets, n), n);
    }

    /** @return a copy of the features, row-major [example][feature] */
    public double[][] features() {
        double[][] rows = new double[targets.length][columns.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                rows[i][j] = columns[j][i];
            }
        }
        return rows;
    }

    /** @return a copy of the targets */
    public double[] targets() {
        return targets.clone();
    }

    /**
     * @param feature j, 0 … {@link #featureCount()} − 1
     * @return a copy of feature j's values, one per example
     */
    public double[] column(int feature) {
        return columns[feature].clone();
    }

    /** x_ij, without copying anything. */
    double feature(int example, int feature) {
        return columns[feature][example];
    }

    /** y_i, without copying anything. */
    double target(int example) {
        return targets[example];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegressionData that && Arrays.deepEquals(columns, that.columns)
                && Arrays.equals(targets, that.targets);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(columns) + Arrays.hashCode(targets);
    }

    @Override
    public String toString() {
        return "RegressionData[features=" + Arrays.deepToString(features()) + ", targets="
                + Arrays.toString(targets) + "]";
    }

    private static double[][] transpose(double[][] rows) {
        if (rows.length == 0 || rows[0].length == 0) {
            throw new IllegalArgumentException("expected at least one example with at least one feature");
        }
        double[][] columns = new double[rows[0].length][rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != rows[0].length) {
                throw new IllegalArgumentException("example " + i + " has " + rows[i].length
                        + " features, expected " + rows[0].length);
            }
            for (int j = 0; j < rows[i].length; j++) {
                columns[j][i] = rows[i][j];
            }
        }
        return columns;
    }

    private static void requireFinite(double[] values, int feature) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException((feature < 0 ? "targets, value " + i
                        : "example " + i + ", value " + feature) + " is " + values[i] + ", expected a finite number");
            }
        }
    }
}
