package nnbasics.handwritten.classification;

import java.nio.file.Path;
import java.util.List;

import nnbasics.handwritten.data.Table;
import nnbasics.handwritten.features.Standardizer;

/** The guide's ten labelled houses (section 7), read from {@code data/houses-labelled.csv}. */
final class LabelledHouses {

    /** The feature columns of the file, in the guide's order. */
    static final List<String> FEATURES = List.of("area", "bathrooms");

    /** The classes in sorted order, as {@link ClassificationData#from} derives them: 0 = bad, 1 = good. */
    static final List<String> CLASSES = List.of("bad", "good");

    static final int BAD = 0;
    static final int GOOD = 1;

    private LabelledHouses() {
    }

    /** The data folder: the system property {@code nnbasics.dataDir} set by surefire, else {@code ../data}. */
    static Path dataDir() {
        String dir = System.getProperty("nnbasics.dataDir");
        return dir == null ? Path.of("..", "data") : Path.of(dir);
    }

    /** @return the ten houses with raw features (area in sq ft, bathrooms) */
    static ClassificationData raw() {
        Table table = Table.read(dataDir().resolve("houses-labelled.csv"));
        return ClassificationData.from(table, FEATURES, "label", null);
    }

    /** @return the ten houses with each feature standardised to mean 0 and (population) standard deviation 1 */
    static ClassificationData standardized() {
        ClassificationData raw = raw();
        double[][] z = Standardizer.fit(raw.features()).transform(raw.features());
        return new ClassificationData(z, raw.labels(), raw.classes());
    }
}
