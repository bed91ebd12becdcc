package nnbasics.handwritten.network;

import java.util.Arrays;

import nnbasics.handwritten.regression.RegressionData;

/**
 * Examples for a regression network, flat and row-major as the network's loops read them: feature j of example i
 * at {@code features[i·featureCount + j]}, its target k at {@code targets[i·outputCount + k]}. The regression twin
 * of {@code classification.FlatData}, whose labels are classes; here the targets are numbers.
 *
 * @param features     row-major, size × featureCount; shared, not copied
 * @param targets      row-major, size × outputCount; shared, not copied
 * @param featureCount the number of features per example, at least 1
 * @param outputCount  the number of targets per example, at least 1
 */
public record RegressionRows(double[] features, double[] targets, int featureCount, int outputCount) {

    /** @throws IllegalArgumentException if the sizes disagree or there is no example */
    public RegressionRows {
        if (featureCount < 1 || outputCount < 1) {
            throw new IllegalArgumentException("need at least 1 feature and 1 target, found " + featureCount
                    + " and " + outputCount);
        }
        if (targets.length == 0 || targets.length % outputCount != 0
                || features.length != (long) (targets.length / outputCount) * featureCount) {
            throw new IllegalArgumentException(targets.length + " target values of " + outputCount + " per example "
                    + "and " + features.length + " feature values of " + featureCount + " per example do not make "
                    + "the same number of examples (at least one)");
        }
    }

    /** @return the examples of {@code data}, one target each, copied into flat arrays */
    public static RegressionRows of(RegressionData data) {
        return new RegressionRows(flatten(data.features()), data.targets(), data.featureCount(), 1);
    }

    private static double[] flatten(double[][] rows) {
        int width = rows[0].length;
        double[] flat = new double[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * width, width);
        }
        return flat;
    }

    /** @return the number of examples */
    public int size() {
        return targets.length / outputCount;
    }

    /** @return a copy of example i's features */
    public double[] row(int i) {
        return Arrays.copyOfRange(features, i * featureCount, (i + 1) * featureCount);
    }

    /** @return a copy of example i's targets y_i */
    public double[] target(int i) {
        return Arrays.copyOfRange(targets, i * outputCount, (i + 1) * outputCount);
    }

    /** @throws IllegalArgumentException unless {@code rows[from … to−1]} is a batch of at least one example */
    int checkBatch(int[] rows, int from, int to) {
        if (from < 0 || to > rows.length || to - from < 1) {
            throw new IllegalArgumentException("positions " + from + " … " + (to - 1) + " of " + rows.length
                    + " rows are not a batch of at least one row");
        }
        for (int r = from; r < to; r++) {
            if (rows[r] < 0 || rows[r] >= size()) {
                throw new IllegalArgumentException("row " + rows[r] + " is not a row of the " + size()
                        + " examples");
            }
        }
        return to - from;
    }

    /** Arrays shared, so the default {@code toString} would print addresses; this one prints the shape. */
    @Override
    public String toString() {
        return "RegressionRows[size=" + size() + ", featureCount=" + featureCount + ", outputCount=" + outputCount
                + "]";
    }
}
