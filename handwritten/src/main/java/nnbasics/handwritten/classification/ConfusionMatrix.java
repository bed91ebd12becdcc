package nnbasics.handwritten.classification;

import java.util.Arrays;
import java.util.List;

/**
 * How often each actual class was predicted as each class. The diagonal holds the correct predictions.
 * The record copies its arrays on the way in and out.
 *
 * @param classes the class names; row and column k are {@code classes.get(k)}
 * @param counts  counts[actual][predicted], K × K, no negative count
 */
public record ConfusionMatrix(List<String> classes, int[][] counts) {

    /** @throws IllegalArgumentException if {@code counts} is not K × K or holds a negative count */
    public ConfusionMatrix {
        classes = List.copyOf(classes);
        if (counts.length != classes.size()) {
            throw new IllegalArgumentException(classes.size() + " classes but " + counts.length + " rows of counts");
        }
        int[][] copy = new int[counts.length][];
        for (int actual = 0; actual < counts.length; actual++) {
            if (counts[actual].length != classes.size()) {
                throw new IllegalArgumentException("row " + actual + " has " + counts[actual].length + " counts, "
                        + "expected " + classes.size());
            }
            for (int count : counts[actual]) {
                if (count < 0) {
                    throw new IllegalArgumentException("negative count " + count + " in row " + actual);
                }
            }
            copy[actual] = counts[actual].clone();
        }
        counts = copy;
    }

    /** @return a copy of counts[actual][predicted] */
    @Override
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int actual = 0; actual < counts.length; actual++) {
            copy[actual] = counts[actual].clone();
        }
        return copy;
    }

    /** @return the number of examples counted, Σ counts */
    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int count : row) {
                total += count;
            }
        }
        return total;
    }

    /**
     * @return the share of correct predictions, Σ_k counts[k][k] / Σ counts
     * @throws IllegalStateException if nothing was counted
     */
    public double accuracy() {
        int total = total();
        if (total == 0) {
            throw new IllegalStateException("an empty confusion matrix has no accuracy");
        }
        int correct = 0;
        for (int k = 0; k < counts.length; k++) {
            correct += counts[k][k];                     // the diagonal: predicted = actual
        }
        return (double) correct / total;
    }

    /**
     * @param counts counts[actual][predicted], at least one counted
     * @return the share of the counts on the diagonal, Σ_k counts[k][k] / Σ counts
     */
    public static double accuracy(int[][] counts) {
        int correct = 0;
        int total = 0;
        for (int actual = 0; actual < counts.length; actual++) {
            for (int predicted = 0; predicted < counts[actual].length; predicted++) {
                total += counts[actual][predicted];
                correct += actual == predicted ? counts[actual][predicted] : 0;
            }
        }
        return (double) correct / total;
    }

    /** Two matrices are equal when their classes and every count are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ConfusionMatrix that
                && classes.equals(that.classes)
                && Arrays.deepEquals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return 31 * classes.hashCode() + Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return "ConfusionMatrix[classes=" + classes + ", counts=" + Arrays.deepToString(counts) + "]";
    }
}
