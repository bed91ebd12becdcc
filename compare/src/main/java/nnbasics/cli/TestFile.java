package nnbasics.cli;

import java.nio.file.Path;
import java.util.List;
import nnbasics.dl4j.classification.LabelledCsv;
import nnbasics.dl4j.data.CsvException;
import nnbasics.handwritten.data.DataException;
import nnbasics.handwritten.data.Table;

/**
 * Checks that a {@code --test} file can be evaluated by a model trained on another file: its columns, every feature
 * cell and every label, before any training.
 */
final class TestFile {

    private TestFile() {
    }

    /**
     * Reads the whole {@code --test} file up front, with the hand-written reader and, when DL4J trains, with
     * DataVec's as well, and checks it; every mistake is reported as {@code --test FILE…}.
     *
     * @param defaultFeatures true when the features were not named
     * @param dl4j            true when DL4J trains, and so reads the file its own way after training
     */
    static void read(Path file, List<String> features, boolean defaultFeatures, String label, List<String> classes,
                     boolean dl4j) {
        try {
            check(file, Table.read(file), features, defaultFeatures, label, classes);
            if (dl4j) {
                LabelledCsv.read(file, features, label, classes);
            }
        } catch (DataException | CsvException e) {
            throw new UserError("--test " + e.getMessage());
        }
    }

    /**
     * @param defaultFeatures true when the features were not named: then the test file's numeric columns must be
     *                        exactly the training file's
     */
    static void check(Path file, Table table, List<String> features, boolean defaultFeatures, String label,
                      List<String> classes) {
        table.columnIndex(label);
        if (defaultFeatures) {
            List<String> own = Columns.numericExcept(table, label);
            if (!own.equals(features)) {
                throw new UserError("--test " + file + ": its feature columns " + own
                        + " differ from the training file's " + features);
            }
        }
        for (String feature : features) {
            if (!table.columns().contains(feature)) {
                throw new UserError("--test " + file + ": no column \"" + feature + "\", which the model was trained on;"
                        + " its columns are " + String.join(", ", table.columns()));
            }
        }
        table.numericColumns(features);      // every feature cell, now: a bad one is reported before training
        List<String> labels = table.stringColumn(label);
        for (int i = 0; i < labels.size(); i++) {
            if (!classes.contains(labels.get(i))) {
                throw new UserError("--test " + file + ":" + table.rows().get(i).line() + ": class \"" + labels.get(i)
                        + "\" never appears in the training file, whose classes are " + String.join(", ", classes));
            }
        }
    }
}
