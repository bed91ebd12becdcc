package nnbasics.handwritten.kernels;

import nnbasics.handwritten.classification.FlatData;

/**
 * The nonzero features of every row of a data set, one row after another: built once per training set, so that a
 * batch reads each row's few nonzero entries (MNIST: about 150 of 784) contiguously instead of scanning the whole
 * row in the 376 MB of doubles, twice per batch.
 *
 * <pre>
 * row i's nonzero features are (columns[p], values[p]) for p = starts[i] … starts[i + 1] − 1, columns increasing
 * values[p] = features[i·featureCount + columns[p]]        the same double, copied
 * </pre>
 *
 * @param features the features indexed (the same array, compared by identity to find out whether the index fits)
 * @param starts   rows + 1 offsets into {@code columns} and {@code values}
 * @param columns  the feature index j of every entry
 * @param values   its value, never 0
 */
record SparseRows(double[] features, int[] starts, int[] columns, double[] values) {

    /** @return the index of every row of {@code data} (two passes over the features) */
    static SparseRows of(FlatData data) {
        double[] x = data.features();
        int total = 0;
        for (double value : x) {
            if (value != 0) {
                total++;
            }
        }
        int[] starts = new int[data.size() + 1];
        int[] columns = new int[total];
        double[] values = new double[total];
        int next = 0;
        for (int i = 0; i < data.size(); i++) {
            starts[i] = next;
            int offset = i * data.featureCount();
            for (int j = 0; j < data.featureCount(); j++) {
                if (x[offset + j] != 0) {
                    columns[next] = j;
                    values[next++] = x[offset + j];
                }
            }
        }
        starts[data.size()] = next;
        return new SparseRows(x, starts, columns, values);
    }

    /** @return whether this index was built from {@code data}'s features (the very same array) */
    boolean indexes(FlatData data) {
        return features == data.features();
    }
}
