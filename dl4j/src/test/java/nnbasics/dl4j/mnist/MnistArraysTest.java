package nnbasics.dl4j.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

/** Reading IDX files into INDArrays: the real MNIST files, and malformed ones made up here. */
class MnistArraysTest {

    /** The first five training labels, as every MNIST description lists them (and the files hold). */
    private static final int[] FIRST_TRAIN_LABELS = {5, 0, 4, 1, 9};
    /** The first five test labels. */
    private static final int[] FIRST_TEST_LABELS = {7, 2, 1, 0, 4};

    @TempDir
    Path dir;

    @Test
    void readsTheTrainingSplit() {
        Path mnist = MnistFiles.folder();
        MnistArrays train = MnistArrays.load(mnist.resolve(MnistFiles.TRAIN_IMAGES),
                mnist.resolve(MnistFiles.TRAIN_LABELS), DataType.DOUBLE);
        assertEquals(60_000, train.count(), "training images");
        assertArrayEquals(new long[] {60_000, 784}, train.features().shape(), "features shape");
        assertArrayEquals(new long[] {60_000, 10}, train.labels().shape(), "labels shape");
        assertArrayEquals(FIRST_TRAIN_LABELS, Arrays.copyOf(train.digits(), 5), "first training labels");
        assertEquals(0.0, train.features().minNumber().doubleValue(), "darkest pixel / 255");
        assertEquals(1.0, train.features().maxNumber().doubleValue(), "brightest pixel 255 / 255");
        assertEquals(60_000.0, train.labels().sumNumber().doubleValue(), "one 1 per one-hot row");
    }

    @Test
    void readsTheTestSplitInFloat() {
        Path mnist = MnistFiles.folder();
        MnistArrays test = MnistArrays.load(mnist.resolve(MnistFiles.TEST_IMAGES),
                mnist.resolve(MnistFiles.TEST_LABELS), DataType.FLOAT);
        assertEquals(10_000, test.count(), "test images");
        assertEquals(DataType.FLOAT, test.features().dataType(), "features data type");
        assertArrayEquals(FIRST_TEST_LABELS, Arrays.copyOf(test.digits(), 5), "first test labels");
    }

    @Test
    void scalesPixelsAndEncodesLabelsOneHot() {
        byte[] pixels = new byte[2 * 784];
        pixels[0] = (byte) 255;
        pixels[784 + 783] = (byte) 128;       // an unsigned byte above 127 must not turn negative
        Path images = MnistFiles.images(dir.resolve("i"), MnistArrays.IMAGES_MAGIC, 2, 28, 28, pixels);
        Path labels = MnistFiles.labels(dir.resolve("l"), MnistArrays.LABELS_MAGIC, 2, new byte[] {3, 9});
        MnistArrays data = MnistArrays.load(images, labels, DataType.DOUBLE);
        assertEquals(1.0, data.features().getDouble(0, 0), "pixel 255");
        assertEquals(128 / 255.0, data.features().getDouble(1, 783), "pixel 128 (exactly the same division)");
        assertEquals(0.0, data.features().getDouble(1, 0), "pixel 0");
        assertArrayEquals(new int[] {3, 9}, data.digits(), "labels");
        assertArrayEquals(new double[] {0, 0, 0, 1, 0, 0, 0, 0, 0, 0}, data.labels().getRow(0).toDoubleVector(),
                "one-hot 3");
    }

    @Test
    void rejectsAWrongMagicNumber() {
        Path images = MnistFiles.images(dir.resolve("i"), MnistArrays.LABELS_MAGIC, 1, 28, 28, new byte[784]);
        Path labels = MnistFiles.labels(dir.resolve("l"), MnistArrays.LABELS_MAGIC, 1, new byte[1]);
        MnistFormatException e = assertThrows(MnistFormatException.class,
                () -> MnistArrays.load(images, labels, DataType.DOUBLE));
        assertTrue(e.getMessage().contains("magic number 0x00000801, expected 0x00000803"), e.getMessage());
    }

    @Test
    void rejectsATruncatedImageFile() {
        Path images = MnistFiles.images(dir.resolve("i"), MnistArrays.IMAGES_MAGIC, 2, 28, 28, new byte[784 + 100]);
        Path labels = MnistFiles.labels(dir.resolve("l"), MnistArrays.LABELS_MAGIC, 2, new byte[2]);
        MnistFormatException e = assertThrows(MnistFormatException.class,
                () -> MnistArrays.load(images, labels, DataType.DOUBLE));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void rejectsAShortHeader() {
        Path images = MnistFiles.write(dir.resolve("i"), new byte[] {0, 0, 8, 3, 0});
        Path labels = MnistFiles.labels(dir.resolve("l"), MnistArrays.LABELS_MAGIC, 0, new byte[0]);
        MnistFormatException e = assertThrows(MnistFormatException.class,
                () -> MnistArrays.load(images, labels, DataType.DOUBLE));
        assertTrue(e.getMessage().contains("shorter than the 16-byte IDX header"), e.getMessage());
    }

    @Test
    void rejectsImagesThatAreNot28By28() {
        Path images = MnistFiles.images(dir.resolve("i"), MnistArrays.IMAGES_MAGIC, 1, 27, 29, new byte[27 * 29]);
        Path labels = MnistFiles.labels(dir.resolve("l"), MnistArrays.LABELS_MAGIC, 1, new byte[1]);
        MnistFormatException e = assertThrows(MnistFormatException.class,
                () -> MnistArrays.load(images, labels, DataType.DOUBLE));
        assertTrue(e.getMessage().contains("27×29"), e.getMessage());
    }

    @Test
    void rejectsCountsThatDoNotMatch() {
        Path images = MnistFiles.images(dir.resolve("i"), MnistArrays.IMAGES_MAGIC, 1, 28, 28, new byte[784]);
        Path labels = MnistFiles.labels(dir.resolve("l"), MnistArrays.LABELS_MAGIC, 2, new byte[2]);
        MnistFormatException e = assertThrows(MnistFormatException.class,
                () -> MnistArrays.load(images, labels, DataType.DOUBLE));
        assertTrue(e.getMessage().contains("1 images but"), e.getMessage());
    }

    @Test
    void rejectsALabelThatIsNotADigit() {
        Path images = MnistFiles.images(dir.resolve("i"), MnistArrays.IMAGES_MAGIC, 1, 28, 28, new byte[784]);
        Path labels = MnistFiles.labels(dir.resolve("l"), MnistArrays.LABELS_MAGIC, 1, new byte[] {10});
        MnistFormatException e = assertThrows(MnistFormatException.class,
                () -> MnistArrays.load(images, labels, DataType.DOUBLE));
        assertTrue(e.getMessage().contains("not a digit"), e.getMessage());
    }

    @Test
    void rejectsAMissingFile() {
        Path labels = MnistFiles.labels(dir.resolve("l"), MnistArrays.LABELS_MAGIC, 1, new byte[1]);
        MnistFormatException e = assertThrows(MnistFormatException.class,
                () -> MnistArrays.load(dir.resolve("absent"), labels, DataType.DOUBLE));
        assertTrue(e.getMessage().contains("cannot read"), e.getMessage());
    }
}
