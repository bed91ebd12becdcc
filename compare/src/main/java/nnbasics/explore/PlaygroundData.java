package nnbasics.explore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nnbasics.guide.GuideData;
import nnbasics.dl4j.data.CsvException;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.data.DataException;
import nnbasics.handwritten.data.Table;
import nnbasics.handwritten.features.ConstantFeatureException;
import nnbasics.handwritten.features.Standardizer;

/**
 * The playground's data: a labelled CSV with two numeric feature columns and a label column, checked once up front
 * (read the hand-written way) so that a bad file is one line before either engine is built. Each engine then reads
 * the file again its own way ({@code NetworkTwins}): commons-csv by hand, DataVec for DL4J.
 *
 * @param file     the CSV
 * @param features the two feature columns, x then y of the heat maps
 * @param label    the label column
 * @param raw      the rows as read by hand, raw units; classes sorted by name (the output columns' order)
 */
public record PlaygroundData(Path file, List<String> features, String label, ClassificationData raw) {

    /** The label column of the labelled houses. */
    public static final String HOUSES_LABEL = "label";

    public PlaygroundData {
        features = List.copyOf(features);
    }

    /** The ten labelled houses (area, bathrooms → good / bad), the guide's section 7 data. */
    public static PlaygroundData houses(GuideData data) {
        return csv(data.labelled(), GuideData.FEATURES, HOUSES_LABEL);
    }

    /**
     * A user's CSV, checked.
     *
     * @param file     the CSV, header first
     * @param features exactly two numeric columns
     * @param label    the column of class names (at least two distinct)
     * @throws PlaygroundDataException one line: a missing file, a missing column, a bad cell (file:line: column),
     *                                 not two features, one class only, or a constant feature (nothing to
     *                                 standardise by)
     */
    public static PlaygroundData csv(Path file, List<String> features, String label) {
        if (features == null || features.size() != 2) {
            throw new PlaygroundDataException("--features: the playground needs exactly two feature columns (x and y "
                    + "of the map), got " + (features == null ? "none" : String.join(",", features)));
        }
        if (features.get(0).equals(features.get(1))) {
            throw new PlaygroundDataException("--features: \"" + features.get(0) + "\" is named twice");
        }
        if (features.contains(label)) {
            throw new PlaygroundDataException("--features: \"" + label + "\" is the label; it cannot also be a feature");
        }
        if (!Files.isRegularFile(file)) {
            throw new PlaygroundDataException(file + ": no such file");
        }
        ClassificationData raw;
        try {
            raw = ClassificationData.from(Table.read(file), features, label, null);
        } catch (DataException | CsvException | IllegalArgumentException e) {
            throw new PlaygroundDataException(oneLine(e.getMessage()));
        }
        try {
            Standardizer.fit(raw.features());
        } catch (ConstantFeatureException e) {
            throw new PlaygroundDataException(file + ": column \"" + features.get(e.column()) + "\" is constant; it "
                    + "has no spread to standardise by");
        }
        return new PlaygroundData(file, features, label, raw);
    }

    /**
     * A first guess for a freshly opened CSV: the label is the first column that holds no number (else the last
     * column), the features the first two other columns that hold a number.
     *
     * @return {feature 1, feature 2, label}, or a one-line error for a file with no such columns
     */
    public static List<String> guessColumns(Path file) {
        Table table;
        try {
            table = Table.read(file);
        } catch (DataException | CsvException | IllegalArgumentException e) {
            throw new PlaygroundDataException(oneLine(e.getMessage()));
        }
        String label = null;
        List<String> numeric = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.anyNumber(c)) {   // as classify's default features
                numeric.add(table.columns().get(c));
            } else if (label == null) {
                label = table.columns().get(c);
            }
        }
        if (label == null) {
            label = table.columns().get(table.columns().size() - 1);
            numeric.remove(label);
        }
        if (numeric.size() < 2) {
            throw new PlaygroundDataException(file + ": needs two numeric columns besides the label \"" + label
                    + "\", found " + numeric.size() + " (" + String.join(", ", numeric) + ")");
        }
        return List.of(numeric.get(0), numeric.get(1), label);
    }

    /** "houses-labelled.csv: area, bathrooms → label (10 rows, 2 classes: bad, good)". */
    public String describe() {
        return file.getFileName() + ": " + features.get(0) + ", " + features.get(1) + " → " + label + " ("
                + raw.size() + " rows, " + raw.classCount() + " classes: " + String.join(", ", raw.classes()) + ")";
    }

    private static String oneLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("").strip();
    }
}
