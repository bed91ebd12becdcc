package nnbasics.dl4j.classification;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import nnbasics.dl4j.data.CsvException;
import nnbasics.dl4j.data.CsvMatrix;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Reads a labelled CSV file the DataVec way into one {@link DataSet}: features [N, nIn] in the order asked for,
 * one-hot labels [N, K] in the order of the class names, both in double precision ({@link CsvMatrix} reads the
 * file, checks every cell and names a bad one by file, line and column).
 */
public final class LabelledCsv {

    private LabelledCsv() {
    }

    /**
     * @param file           a CSV file whose first line names the columns
     * @param featureColumns the feature columns, in the order wanted in the features
     * @param labelColumn    the column holding the class names
     * @param classes        the class names; label k of the one-hot encoding is {@code classes.get(k)}
     * @return all rows as one DataSet in double precision
     * @throws CsvException             for a missing or empty file, a missing column, a row with the wrong number of
     *                                  cells, a feature cell that is not a finite number, a label not among the
     *                                  classes, or no data rows
     * @throws IllegalArgumentException for empty or repeated feature columns or class names, or a label column that
     *                                  is also a feature
     */
    public static DataSet read(Path file, List<String> featureColumns, String labelColumn, List<String> classes) {
        checkArguments(featureColumns, labelColumn, classes);
        INDArray all = CsvMatrix.read(file, featureColumns, labelColumn, classes);
        int n = featureColumns.size();
        INDArray features = all.get(NDArrayIndex.all(), NDArrayIndex.interval(0, n)).dup();
        INDArray labels = all.get(NDArrayIndex.all(), NDArrayIndex.interval(n, n + classes.size())).dup();
        return new DataSet(features, labels);
    }

    private static void checkArguments(List<String> featureColumns, String labelColumn, List<String> classes) {
        if (featureColumns.isEmpty()) {
            throw new IllegalArgumentException("at least one feature column is needed");
        }
        if (new HashSet<>(featureColumns).size() != featureColumns.size()) {
            throw new IllegalArgumentException("a feature column is named twice: " + featureColumns);
        }
        if (featureColumns.contains(labelColumn)) {
            throw new IllegalArgumentException("the label column \"" + labelColumn + "\" is also a feature");
        }
        if (classes.isEmpty() || new HashSet<>(classes).size() != classes.size()) {
            throw new IllegalArgumentException("the class names must be non-empty and distinct: " + classes);
        }
    }
}
