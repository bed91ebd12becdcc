package nnbasics.dl4j.classification;

import java.util.List;

/**
 * What DL4J's {@code Evaluation} says about a classifier, in plain Java values.
 *
 * @param classes  the class names; index k of counts is {@code classes.get(k)}
 * @param counts   counts[actual][predicted], K × K
 * @param accuracy {@code Evaluation.accuracy()}: the correct predictions over all examples
 */
public record ConfusionMatrix(List<String> classes, int[][] counts, double accuracy) {

    /** @throws IllegalArgumentException if counts is not K × K for the K classes */
    public ConfusionMatrix {
        classes = List.copyOf(classes);
        if (counts.length != classes.size()) {
            throw new IllegalArgumentException(classes.size() + " classes but " + counts.length + " rows of counts");
        }
        int[][] copy = new int[counts.length][];
        for (int a = 0; a < counts.length; a++) {
            if (counts[a].length != classes.size()) {
                throw new IllegalArgumentException(classes.size() + " classes but counts row " + a + " has "
                        + counts[a].length + " entries");
            }
            copy[a] = counts[a].clone();
        }
        counts = copy;
    }

    /** @return a copy of counts[actual][predicted] */
    @Override
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int a = 0; a < counts.length; a++) {
            copy[a] = counts[a].clone();
        }
        return copy;
    }

    /** @return the number of examples evaluated, Σ counts */
    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int count : row) {
                total += count;
            }
        }
        return total;
    }
}
