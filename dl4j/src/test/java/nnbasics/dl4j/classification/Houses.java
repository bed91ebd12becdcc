package nnbasics.dl4j.classification;

import java.nio.file.Path;
import java.util.List;

import org.nd4j.linalg.dataset.DataSet;

/** The ten labelled houses of the guide (section 7), as the tests read them. */
final class Houses {

    static final List<String> FEATURES = List.of("area", "bathrooms");
    static final String LABEL = "label";
    /**
     * The classes sorted by name, as the command line and the hand-written fixtures order them: class 0 is "bad",
     * class 1 is "good".
     */
    static final List<String> CLASSES = List.of("bad", "good");

    private Houses() {
    }

    /** @return the data folder: the system property {@code nnbasics.dataDir}, else ../data */
    static Path dataDir() {
        String dir = System.getProperty("nnbasics.dataDir");
        return dir != null ? Path.of(dir) : Path.of("..", "data");
    }

    static Path labelledFile() {
        return dataDir().resolve("houses-labelled.csv");
    }

    /** @return raw features [10, 2] (area, bathrooms) and one-hot labels [10, 2] (bad, good) */
    static DataSet labelled() {
        return LabelledCsv.read(labelledFile(), FEATURES, LABEL, CLASSES);
    }
}
