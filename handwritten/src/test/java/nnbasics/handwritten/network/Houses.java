package nnbasics.handwritten.network;

import java.nio.file.Path;
import java.util.List;

import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.data.Table;
import nnbasics.handwritten.features.Standardizer;

/** The guide's ten labelled houses ({@code data/houses-labelled.csv}), each feature standardised. */
final class Houses {

    private Houses() {
    }

    /** The data folder: the system property {@code nnbasics.dataDir} set by surefire, else {@code ../data}. */
    private static Path dataDir() {
        String dir = System.getProperty("nnbasics.dataDir");
        return dir == null ? Path.of("..", "data") : Path.of(dir);
    }

    /** @return the ten houses, area and bathrooms standardised to mean 0 and standard deviation 1; 0 = bad, 1 = good */
    static ClassificationData standardized() {
        Table table = Table.read(dataDir().resolve("houses-labelled.csv"));
        ClassificationData raw = ClassificationData.from(table, List.of("area", "bathrooms"), "label", null);
        double[][] z = Standardizer.fit(raw.features()).transform(raw.features());
        return new ClassificationData(z, raw.labels(), raw.classes());
    }
}
