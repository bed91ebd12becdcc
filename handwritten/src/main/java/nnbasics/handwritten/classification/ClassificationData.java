package nnbasics.handwritten.classification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nnbasics.handwritten.data.DataException;
import nnbasics.handwritten.data.Table;

/**
 * Labelled examples for a classifier: one row of features and one class per example.
 *
 * <p>The record checks its arrays but does not copy them (a data set can be large): treat them as read-only.
 *
 * @param features row-major, [example][feature]; rectangular, at least one row and one column
 * @param labels   one per row, each an index into {@code classes}
 * @param classes  the class names, at least two, no duplicates; label k means {@code classes.get(k)}
 */
public record ClassificationData(double[][] features, int[] labels, List<String> classes) {

    /**
     * @throws IllegalArgumentException if the arrays are empty, ragged or of different lengths, a label is out of
     *                                  range, or there are fewer than two classes or a duplicate class name
     */
    public ClassificationData {
        if (features.length == 0) {
            throw new IllegalArgumentException("classification data needs at least one example");
        }
        int featureCount = features[0].length;
        if (featureCount == 0) {
            throw new IllegalArgumentException("classification data needs at least one feature");
        }
        for (int i = 0; i < features.length; i++) {
            if (features[i].length != featureCount) {
                throw new IllegalArgumentException("row " + i + " has " + features[i].length
                        + " features, row 0 has " + featureCount);
            }
        }
        if (labels.length != features.length) {
            throw new IllegalArgumentException(features.length + " rows of features but " + labels.length + " labels");
        }
        classes = List.copyOf(classes);
        if (classes.size() < 2) {
            throw new IllegalArgumentException("a classifier needs at least two classes, found " + classes);
        }
        if (new HashSet<>(classes).size() != classes.size()) {
            throw new IllegalArgumentException("duplicate class name in " + classes);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes.size()) {
                throw new IllegalArgumentException("label " + labels[i] + " of row " + i + " is not an index into "
                        + classes);
            }
        }
    }

    /**
     * Reads labelled examples from a table.
     *
     * @param table          the file, as read by {@link Table#read}
     * @param featureColumns the numeric columns to use as features, in this order
     * @param labelColumn    the column that holds each row's class name
     * @param classes        the class names (label k means {@code classes.get(k)}), or {@code null} for the sorted
     *                       distinct values of the label column
     * @throws DataException            for a feature cell that is not a finite number, a label that is not one of
     *                                  {@code classes} (naming file, line and column), or, when the classes are
     *                                  taken from this table ({@code classes == null}, i.e. training data), a
     *                                  label column that holds only one class (an evaluation file may)
     * @throws IllegalArgumentException if the label column is also a feature column, or {@code classes} has fewer
     *                                  than two or duplicate names
     */
    public static ClassificationData from(Table table, List<String> featureColumns, String labelColumn,
                                          List<String> classes) {
        if (featureColumns.contains(labelColumn)) {
            throw new IllegalArgumentException("the label column \"" + labelColumn + "\" is also a feature column");
        }
        double[][] features = table.numericColumns(featureColumns);
        List<String> names = table.stringColumn(labelColumn);
        String column = "column \"" + labelColumn + "\" (" + (table.columnIndex(labelColumn) + 1) + ")";
        Set<String> distinct = new TreeSet<>(names);
        if (classes == null && distinct.size() < 2) {
            throw new DataException(table.file() + ": " + column + ": expected at least two classes, found only "
                    + quoted(distinct.iterator().next()) + " in every row");
        }
        List<String> classList = classes == null ? new ArrayList<>(distinct) : classes;
        int[] labels = new int[names.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = classList.indexOf(names.get(i));
            if (labels[i] < 0) {
                throw new DataException(table.file() + ":" + table.rows().get(i).line() + ": " + column
                        + ": expected one of " + classList + ", found " + quoted(names.get(i)));
            }
        }
        return new ClassificationData(features, labels, classList);
    }

    /** A cell as the data package's messages show it: in quotes, with quotes and line breaks escaped. */
    private static String quoted(String cell) {
        return "\"" + cell.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }

    /**
     * The labels as one-hot rows: y[i][k] = 1 if example i has class k, else 0.
     *
     * @return a new array, [example][class]
     */
    public double[][] oneHot() {
        double[][] y = new double[labels.length][classes.size()];
        for (int i = 0; i < labels.length; i++) {
            y[i][labels[i]] = 1;
        }
        return y;
    }

    /** @return the number of examples, N */
    public int size() {
        return features.length;
    }

    /** @return the number of features per example */
    public int featureCount() {
        return features[0].length;
    }

    /** @return the number of classes, K */
    public int classCount() {
        return classes.size();
    }
}
