package nnbasics.dl4j.mnist;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import nnbasics.dl4j.runtime.Nd4jRuntime;

/**
 * One MNIST split (train or test) as the two INDArrays a DL4J network trains on.
 *
 * <pre>
 * features  [n, 784]  pixel / 255, row-major 28×28 image per row, in [0, 1]
 * labels    [n, 10]   one-hot: labels[i][d] = 1 for the digit d of image i
 * </pre>
 *
 * <p>Why not DL4J's own {@code org.deeplearning4j.datasets.mnist.MnistManager} / {@code MnistImageFile}: they can
 * be pointed at local files, but they live in {@code deeplearning4j-datasets}, whose dependency
 * {@code datavec-data-image} brings javacv and the opencv, leptonica, hdf5 and ffmpeg natives for every platform —
 * what this project avoids by depending on {@code deeplearning4j-nn} instead of {@code -core}. The IDX format is
 * four big-endian ints and the bytes, so the files are read here, once, straight into the arrays.
 *
 * <p>IDX (http://yann.lecun.com/exdb/mnist/): images start with the magic number 2051 (0x00000803: unsigned bytes,
 * 3 dimensions), the count, 28 and 28; labels with 2049 (0x00000801), the count. Then one byte per pixel or label.
 *
 * @param features [n, 784], in the data type asked for
 * @param labels   [n, 10] one-hot, same data type
 * @param count    n
 */
public record MnistArrays(INDArray features, INDArray labels, int count) {

    /** The magic number of an IDX file of unsigned bytes in 3 dimensions (images). */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** The magic number of an IDX file of unsigned bytes in 1 dimension (labels). */
    public static final int LABELS_MAGIC = 0x00000801;
    /** Pixels per side of an MNIST image. */
    public static final int SIDE = 28;
    /** Pixels per image, 28 × 28. */
    public static final int PIXELS = SIDE * SIDE;
    /** The ten digits. */
    public static final int CLASSES = 10;
    /** Rows converted to the data type per chunk: keeps the Java heap needed small (about 6 MB of doubles). */
    private static final int CHUNK_ROWS = 1000;

    /** The standard file names, as in {@code data/mnist/} after {@code data/mnist/fetch}. */
    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    /** See {@link #TRAIN_IMAGES}. */
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    /** See {@link #TRAIN_IMAGES}. */
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    /** See {@link #TRAIN_IMAGES}. */
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

    /** @return the 60,000 training images of {@code dir} ({@link #TRAIN_IMAGES}, {@link #TRAIN_LABELS}) */
    public static MnistArrays training(Path dir, DataType dataType) {
        return load(dir.resolve(TRAIN_IMAGES), dir.resolve(TRAIN_LABELS), dataType);
    }

    /** @return the 10,000 test images of {@code dir} ({@link #TEST_IMAGES}, {@link #TEST_LABELS}) */
    public static MnistArrays test(Path dir, DataType dataType) {
        return load(dir.resolve(TEST_IMAGES), dir.resolve(TEST_LABELS), dataType);
    }

    /**
     * Reads an image file and its label file.
     *
     * @param imagesFile an IDX3 file of n 28×28 images, such as {@code train-images-idx3-ubyte}
     * @param labelsFile the IDX1 file of the n labels 0…9, such as {@code train-labels-idx1-ubyte}
     * @param dataType   {@link DataType#DOUBLE} or {@link DataType#FLOAT}
     * @throws MnistFormatException for an unreadable or malformed file, or counts that do not match
     */
    public static MnistArrays load(Path imagesFile, Path labelsFile, DataType dataType) {
        Nd4jRuntime.configure(); // threads and JavaCPP, once, whatever the entry point
        if (dataType != DataType.DOUBLE && dataType != DataType.FLOAT) {
            throw new IllegalArgumentException("MNIST arrays are DOUBLE or FLOAT, not " + dataType);
        }
        ByteBuffer images = read(imagesFile);
        ByteBuffer labels = read(labelsFile);
        int n = header(images, imagesFile, IMAGES_MAGIC, 16, "images");
        int rows = images.getInt(8);
        int cols = images.getInt(12);
        if (rows != SIDE || cols != SIDE) {
            throw new MnistFormatException(imagesFile + ": images are " + rows + "×" + cols + ", expected 28×28");
        }
        expectLength(images, imagesFile, 16L + (long) n * PIXELS, n + " images of 28×28");
        int m = header(labels, labelsFile, LABELS_MAGIC, 8, "labels");
        expectLength(labels, labelsFile, 8L + m, m + " labels");
        if (n != m) {
            throw new MnistFormatException(imagesFile + " holds " + n + " images but " + labelsFile + " holds "
                    + m + " labels");
        }

        INDArray features = Nd4j.create(dataType, n, PIXELS);
        double[] chunk = new double[Math.min(n, CHUNK_ROWS) * PIXELS];
        for (int start = 0; start < n; start += CHUNK_ROWS) {
            int end = Math.min(n, start + CHUNK_ROWS);
            int values = (end - start) * PIXELS;
            int offset = 16 + start * PIXELS;
            for (int v = 0; v < values; v++) {
                chunk[v] = (images.get(offset + v) & 0xff) / 255.0;   // x = pixel / 255, in [0, 1]
            }
            double[] exact = values == chunk.length ? chunk : Arrays.copyOf(chunk, values);
            features.get(NDArrayIndex.interval(start, end), NDArrayIndex.all())
                    .assign(Nd4j.create(exact, new long[] {end - start, PIXELS}, DataType.DOUBLE));
        }

        double[] oneHot = new double[n * CLASSES];
        for (int i = 0; i < n; i++) {
            int digit = labels.get(8 + i) & 0xff;
            if (digit >= CLASSES) {
                throw new MnistFormatException(labelsFile + ": label " + i + " is " + digit + ", not a digit 0…9");
            }
            oneHot[i * CLASSES + digit] = 1.0;
        }
        INDArray labelArray = Nd4j.create(oneHot, new long[] {n, CLASSES}, DataType.DOUBLE).castTo(dataType);
        return new MnistArrays(features, labelArray, n);
    }

    /** The digit of each example: argmax of its one-hot label row. */
    public int[] digits() {
        return Nd4j.argMax(labels, 1).toIntVector();
    }

    private static ByteBuffer read(Path file) {
        try {
            return ByteBuffer.wrap(Files.readAllBytes(file));   // big-endian, as IDX is
        } catch (IOException e) {
            throw new MnistFormatException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Checks the magic number and returns the count that follows it. */
    private static int header(ByteBuffer bytes, Path file, int magic, int headerLength, String what) {
        if (bytes.limit() < headerLength) {
            throw new MnistFormatException(file + ": " + bytes.limit() + " bytes, shorter than the " + headerLength
                    + "-byte IDX header of " + what);
        }
        int found = bytes.getInt(0);
        if (found != magic) {
            throw new MnistFormatException(String.format("%s: magic number 0x%08x, expected 0x%08x (IDX %s)", file,
                    found, magic, what));
        }
        int count = bytes.getInt(4);
        if (count < 0) {
            throw new MnistFormatException(file + ": negative count " + count);
        }
        return count;
    }

    private static void expectLength(ByteBuffer bytes, Path file, long expected, String what) {
        if (bytes.limit() != expected) {
            throw new MnistFormatException(file + ": " + bytes.limit() + " bytes, expected " + expected + " for "
                    + what + (bytes.limit() < expected ? " (truncated)" : " (extra bytes at the end)"));
        }
    }
}
