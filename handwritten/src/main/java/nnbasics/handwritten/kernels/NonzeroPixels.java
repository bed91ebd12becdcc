package nnbasics.handwritten.kernels;

import nnbasics.handwritten.mnist.MnistData;

/**
 * Where each image's ink is, and how dark: the indices of its nonzero pixels, in increasing order, each with the
 * pixel's byte. About 19% of MNIST pixels are nonzero, and a zero pixel adds exactly 0 to every sum the model
 * computes, so visiting only these is exact and about five times less work (and no branch to mispredict on every
 * pixel). An image's entries are a few hundred contiguous bytes (2 per index, 1 per value), where its doubles are
 * 6 KB of a 376 MB array: a batch of randomly chosen images reads far less memory.
 *
 * <pre>
 * image i's nonzero pixels are pixels[starts[i] … starts[i + 1] − 1], increasing
 * the value of entry p is x = VALUES[bytes[p] &amp; 0xFF] = byte / 255, the very double MnistData holds
 * </pre>
 *
 * @param images the images indexed (the same array, compared by identity to find out whether an index fits)
 * @param starts count + 1 offsets into {@code pixels}
 * @param pixels the nonzero pixel indices j (0–783) of every image, one image after another
 * @param bytes  each entry's pixel byte (1–255 as an unsigned byte)
 */
record NonzeroPixels(double[] images, int[] starts, short[] pixels, byte[] bytes) {

    /** VALUES[b] = b / 255 for every byte b, computed as {@link MnistData#scale} computes the images. */
    static final double[] VALUES = new double[256];

    static {
        for (int b = 0; b < VALUES.length; b++) {
            VALUES[b] = MnistData.scale(b);
        }
    }

    /**
     * @return the index of every image of {@code data} (one pass over the pixels)
     * @throws IllegalArgumentException if a pixel is not byte / 255 as {@link MnistData#load} makes it, naming it
     */
    static NonzeroPixels of(MnistData data) {
        double[] x = data.images();
        int[] starts = new int[data.count() + 1];
        int total = 0;
        for (double value : x) {
            if (value != 0) {
                total++;
            }
        }
        short[] pixels = new short[total];
        byte[] bytes = new byte[total];
        int next = 0;
        for (int i = 0; i < data.count(); i++) {
            starts[i] = next;
            int offset = i * MnistData.PIXELS;
            for (int j = 0; j < MnistData.PIXELS; j++) {
                double value = x[offset + j];
                if (value != 0) {
                    long b = Math.round(value * 255);
                    if (b < 1 || b > 255 || Double.doubleToRawLongBits(VALUES[(int) b])
                            != Double.doubleToRawLongBits(value)) {
                        throw new IllegalArgumentException("image " + i + ", pixel " + j + ": " + value
                                + " is not a byte / 255, as MnistData.load scales the files' pixels");
                    }
                    pixels[next] = (short) j;
                    bytes[next++] = (byte) b;
                }
            }
        }
        starts[data.count()] = next;
        return new NonzeroPixels(x, starts, pixels, bytes);
    }

    /** @return x, the value of entry p: the same double as {@code images()} holds for that pixel */
    double value(int p) {
        return VALUES[bytes[p] & 0xFF];
    }

    /** @return whether this index was built from {@code data}'s images (the very same array) */
    boolean indexes(MnistData data) {
        return images == data.images();
    }
}
