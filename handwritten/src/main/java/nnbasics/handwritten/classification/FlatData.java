package nnbasics.handwritten.classification;


/**
 * Labelled examples with their features in one flat row-major array, the layout the network's loops read:
 * feature j of example i at {@code features[i·featureCount + j]} (as {@code MnistData.images()}).
 *
 * <p>The arrays are <b>shared, not copied</b> (MNIST's training images take 376 MB): treat them as read-only.
 *
 * @param features     row-major, size × featureCount
 * @param labels       one class index per example, each in [0, classCount)
 * @param featureCount the number of features per example, at least 1
 * @param classCount   the number of classes, at least 2
 */
public record FlatData(double[] features, int[] labels, int featureCount, int classCount) {

    /** @throws IllegalArgumentException if the sizes disagree or a label is out of range */
    public FlatData {
        if (featureCount < 1 || classCount < 2) {
            throw new IllegalArgumentException("need at least 1 feature and 2 classes, found " + featureCount
                    + " and " + classCount);
        }
        if (labels.length == 0 || features.length != (long) labels.length * featureCount) {
            throw new IllegalArgumentException(labels.length + " labels of " + featureCount + " features need "
                    + (long) labels.length * featureCount + " feature values (at least one example), found "
                    + features.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classCount) {
                throw new IllegalArgumentException("label " + labels[i] + " of row " + i + " is not a class 0 … "
                        + (classCount - 1));
            }
        }
    }

    /** @return the same examples, their features copied into one flat array */
    public static FlatData of(ClassificationData data) {
        return new FlatData(flatten(data.features()), data.labels(), data.featureCount(), data.classCount());
    }

    /** @return the rows of a rectangular matrix one after another: flat[i·width + j] = matrix[i][j] */
    public static double[] flatten(double[][] matrix) {
        int width = matrix.length == 0 ? 0 : matrix[0].length;
        double[] flat = new double[matrix.length * width];
        for (int i = 0; i < matrix.length; i++) {
            if (matrix[i].length != width) {
                throw new IllegalArgumentException("row " + i + " has " + matrix[i].length + " values, row 0 has "
                        + width);
            }
            System.arraycopy(matrix[i], 0, flat, i * width, width);
        }
        return flat;
    }

    /**
     * @param i an example
     * @return a copy of its features, featureCount values
     */
    public double[] row(int i) {
        return java.util.Arrays.copyOfRange(features, i * featureCount, (i + 1) * featureCount);
    }

    /**
     * @param rows indices into these examples
     * @param from the batch's first position in {@code rows}
     * @param to   one past its last
     * @return the batch size, to − from
     * @throws IllegalArgumentException if {@code rows[from … to−1]} is not a batch of at least one of these examples
     */
    public int checkBatch(int[] rows, int from, int to) {
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

    /** @return the number of examples */
    public int size() {
        return labels.length;
    }

    /** Arrays shared, so the default {@code toString} would print addresses; this one prints the shape. */
    @Override
    public String toString() {
        return "FlatData[size=" + size() + ", featureCount=" + featureCount + ", classCount=" + classCount + "]";
    }
}
