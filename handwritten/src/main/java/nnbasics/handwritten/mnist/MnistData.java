package nnbasics.handwritten.mnist;

import java.nio.file.Path;

import nnbasics.handwritten.classification.FlatData;

/**
 * MNIST images and their labels, ready to train on: pixel values scaled to [0, 1] as the tutorial does.
 *
 * <pre>
 * images[i·784 + j] = pixel_ij / 255      image i, pixel j = 28·row + column, row-major as in the file
 * labels[i]         = the digit 0–9 that image i shows
 * </pre>
 *
 * <p>The arrays are <b>shared, not copied</b>, in and out: the training images take 376 MB as doubles, and a copy
 * per access would be the whole cost of an epoch. Treat them as read-only. For the same reason {@code equals} is the
 * record's default: two data sets are equal when they share the same arrays.
 *
 * @param images row-major, count × 784, each value in [0, 1]
 * @param labels count digits, each 0–9
 * @param count  the number of images
 */
public record MnistData(double[] images, int[] labels, int count) {

    /** Pixels per image, 28 × 28: the number of features. */
    public static final int PIXELS = IdxReader.SIDE * IdxReader.SIDE;

    /** Digits 0–9: the number of classes. */
    public static final int CLASSES = 10;

    /** The standard file names, as in {@code data/mnist/} after {@code data/mnist/fetch}. */
    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    /** See {@link #TRAIN_IMAGES}. */
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    /** See {@link #TRAIN_IMAGES}. */
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    /** See {@link #TRAIN_IMAGES}. */
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

    /** The largest pixel value of an unsigned byte: pixel / 255 maps 0–255 onto [0, 1]. */
    private static final double MAX_PIXEL = 255;

    /** @throws IllegalArgumentException if the sizes disagree or a label is not a digit */
    public MnistData {
        if (count < 0 || images.length != (long) count * PIXELS || labels.length != count) {
            throw new IllegalArgumentException("count " + count + " needs " + (long) count * PIXELS + " pixel values and "
                    + count + " labels, found " + images.length + " and " + labels.length);
        }
        for (int i = 0; i < count; i++) {
            if (labels[i] < 0 || labels[i] >= CLASSES) {
                throw new IllegalArgumentException("label " + labels[i] + " of image " + i + " is not a digit 0–9");
            }
        }
    }

    /**
     * Reads an images file and its labels file.
     *
     * @param imagesFile IDX images, n × 28 × 28
     * @param labelsFile IDX labels, n digits
     * @throws IdxFormatException if a file is malformed, the counts differ or a label is not 0–9
     */
    public static MnistData load(Path imagesFile, Path labelsFile) {
        IdxFile images = IdxReader.images(imagesFile);
        IdxFile labels = IdxReader.labels(labelsFile);
        int count = images.count();
        if (labels.count() != count) {
            throw new IdxFormatException(labelsFile, "expected " + count + " labels, one per image of " + imagesFile
                    + ", found " + labels.count());
        }
        byte[] pixels = images.data();
        double[] scaled = new double[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            scaled[i] = scale(pixels[i]);
        }
        int[] digits = new int[count];
        for (int i = 0; i < count; i++) {
            digits[i] = labels.unsigned(i);
            if (digits[i] >= CLASSES) {
                throw new IdxFormatException(labelsFile, "label " + digits[i] + " of image " + i
                        + " is not a digit 0–9");
            }
        }
        return new MnistData(scaled, digits, count);
    }

    /**
     * @param pixel a pixel's byte, as read from the file (its unsigned value 0–255 is meant)
     * @return x = pixel / 255, in [0, 1]: the value every image holds for it
     */
    public static double scale(int pixel) {
        return (pixel & 0xFF) / MAX_PIXEL;                // x = pixel / 255, in [0, 1]
    }

    /** @return the 60,000 training images of {@code dir} ({@link #TRAIN_IMAGES}, {@link #TRAIN_LABELS}) */
    public static MnistData training(Path dir) {
        return load(dir.resolve(TRAIN_IMAGES), dir.resolve(TRAIN_LABELS));
    }

    /** @return the 10,000 test images of {@code dir} ({@link #TEST_IMAGES}, {@link #TEST_LABELS}) */
    public static MnistData test(Path dir) {
        return load(dir.resolve(TEST_IMAGES), dir.resolve(TEST_LABELS));
    }

    /** @return pixel j of image i, in [0, 1] */
    public double pixel(int i, int j) {
        return images[i * PIXELS + j];
    }

    /** @return the same images and labels as {@link FlatData} (shared, not copied), for the trainers */
    public FlatData flat() {
        return new FlatData(images, labels, PIXELS, CLASSES);
    }

    @Override
    public String toString() {
        return "MnistData[count=" + count + "]";
    }
}
