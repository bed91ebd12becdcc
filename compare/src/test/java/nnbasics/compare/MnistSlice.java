package nnbasics.compare;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The first images of the real MNIST files as four IDX files of their own, so that a test can train on a slice
 * (a few seconds) while each engine still reads IDX files with its own reader.
 */
public final class MnistSlice {

    private MnistSlice() {
    }

    /**
     * Writes the first {@code train} training and {@code test} test images and labels of {@code data/mnist} into
     * {@code dir}, under the standard names.
     *
     * @return dir
     */
    public static Path write(Path dir, int train, int test) throws IOException {
        Path from = TestData.dir().resolve("mnist");
        Files.createDirectories(dir);
        copy(from, dir, "train-images-idx3-ubyte", 16, 784, train);
        copy(from, dir, "train-labels-idx1-ubyte", 8, 1, train);
        copy(from, dir, "t10k-images-idx3-ubyte", 16, 784, test);
        copy(from, dir, "t10k-labels-idx1-ubyte", 8, 1, test);
        return dir;
    }

    private static void copy(Path from, Path to, String name, int header, int bytesPerItem, int count)
            throws IOException {
        byte[] all = Files.readAllBytes(from.resolve(name));
        byte[] slice = Arrays.copyOf(all, header + count * bytesPerItem);
        ByteBuffer.wrap(slice).putInt(4, count);        // the count follows the magic number
        Files.write(to.resolve(name), slice);
    }
}
