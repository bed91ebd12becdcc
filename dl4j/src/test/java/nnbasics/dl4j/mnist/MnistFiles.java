package nnbasics.dl4j.mnist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real MNIST files in data/mnist (placed there by data/mnist/fetch), and small IDX files made up for tests. */
final class MnistFiles {

    static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

    private MnistFiles() {
    }

    /**
     * data/mnist; the tests that need it fail (saying so) until data/mnist/fetch has run — `mvn verify` runs it
     * first, so a skipped MNIST test can never pass CI unnoticed.
     */
    static Path folder() {
        Path folder = Path.of(System.getProperty("nnbasics.dataDir", "../data")).resolve("mnist");
        assertTrue(Files.isRegularFile(folder.resolve(TRAIN_IMAGES)) && Files.isRegularFile(folder.resolve(TEST_LABELS)),
                "MNIST is not in " + folder.toAbsolutePath() + ": run data/mnist/fetch");
        return folder;
    }

    /** An IDX3 image file: magic, count, rows, cols, then the pixels. */
    static Path images(Path file, int magic, int count, int rows, int cols, byte[] pixels) {
        ByteBuffer bytes = ByteBuffer.allocate(16 + pixels.length);
        bytes.putInt(magic).putInt(count).putInt(rows).putInt(cols).put(pixels);
        return write(file, bytes.array());
    }

    /** An IDX1 label file: magic, count, then the labels. */
    static Path labels(Path file, int magic, int count, byte[] labels) {
        ByteBuffer bytes = ByteBuffer.allocate(8 + labels.length);
        bytes.putInt(magic).putInt(count).put(labels);
        return write(file, bytes.array());
    }

    static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
