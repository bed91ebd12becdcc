package nnbasics.handwritten.mnist;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real MNIST files: {@code data/mnist/} (surefire sets {@code nnbasics.dataDir}; from an IDE, ../data). */
public final class MnistFilesOnDisk {

    private MnistFilesOnDisk() {
    }

    /** @return the folder, after checking that the four files are there (the build fetches them: data/mnist/fetch) */
    public static Path dir() {
        Path dir = Path.of(System.getProperty("nnbasics.dataDir", "../data")).resolve("mnist");
        for (String name : new String[] {MnistData.TRAIN_IMAGES, MnistData.TRAIN_LABELS, MnistData.TEST_IMAGES,
                MnistData.TEST_LABELS}) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                fail(dir.resolve(name) + " is missing: run data/mnist/fetch (mvn verify from the project root does)");
            }
        }
        return dir;
    }
}
