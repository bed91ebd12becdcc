package nnbasics.handwritten.mnist;

/**
 * Where each image's ink is: the indices of its nonzero pixels, in increasing order. About 19% of MNIST pixels are
 * nonzero, and a zero pixel adds exactly 0 to every sum the model computes, so visiting only these is exact and
 * about five times less work (and no branch to mispredict on every pixel).
 *
 * <pre>
 * image i's nonzero pixels are pixels[starts[i] … starts[i + 1] − 1], increasing
 * </pre>
 *
 * @param images the images indexed (the same array, compared by identity to find out whether an index fits)
 * @param starts count + 1 offsets into {@code pixels}
 * @param pixels the nonzero pixel indices j (0–783) of every image, one image after another
 */
record NonzeroPixels(double[] images, int[] starts, int[] pixels) {

    /** @return the index of every image of {@code data} (one pass over the pixels) */
    static NonzeroPixels of(MnistData data) {
        double[] x = data.images();
        int[] starts = new int[data.count() + 1];
        int total = 0;
        for (double value : x) {
            if (value != 0) {
                total++;
            }
        }
        int[] pixels = new int[total];
        int next = 0;
        for (int i = 0; i < data.count(); i++) {
            starts[i] = next;
            int offset = i * MnistData.PIXELS;
            for (int j = 0; j < MnistData.PIXELS; j++) {
                if (x[offset + j] != 0) {
                    pixels[next++] = j;
                }
            }
        }
        starts[data.count()] = next;
        return new NonzeroPixels(x, starts, pixels);
    }

    /** @return whether this index was built from {@code data}'s images (the very same array) */
    boolean indexes(MnistData data) {
        return images == data.images();
    }
}
