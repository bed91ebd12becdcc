package nnbasics.handwritten.kernels;

import nnbasics.handwritten.mnist.MnistData;

/**
 * The 784 pixels cut into a fixed number of bands of about equal ink, and, for every image, where each band
 * starts in its list of nonzero pixels ({@link NonzeroPixels}). A band's rows of W and of ∂L/∂W belong to one
 * chunk of work: the gradient of a band adds the batch's rows in the batch's order, as one thread would.
 *
 * <pre>
 * band c = pixels bounds[c] … bounds[c + 1] − 1,   bounds chosen so each band holds ~1/BANDS of all the ink
 * image i's nonzero pixels in band c are ink.pixels[splits[i·(BANDS+1) + c] … splits[i·(BANDS+1) + c + 1] − 1]
 * </pre>
 *
 * @param ink    the index the bands cut
 * @param bounds BANDS + 1 pixel indices, 0 first, 784 last
 * @param splits (BANDS + 1) offsets into ink.pixels per image
 */
record PixelBands(NonzeroPixels ink, int[] bounds, int[] splits) {

    /** Fixed, so that the cut, and with it nothing at all, depends on the number of threads. */
    static final int BANDS = 8;

    static PixelBands of(NonzeroPixels ink) {
        int[] perPixel = new int[MnistData.PIXELS];
        for (short j : ink.pixels()) {
            perPixel[j]++;
        }
        int[] bounds = new int[BANDS + 1];
        long total = ink.pixels().length;
        long seen = 0;
        int band = 1;
        for (int j = 0; j < MnistData.PIXELS && band < BANDS; j++) {
            seen += perPixel[j];
            while (band < BANDS && seen * BANDS >= total * band) {
                bounds[band++] = j + 1;
            }
        }
        for (; band <= BANDS; band++) {
            bounds[band] = MnistData.PIXELS;
        }
        int images = ink.starts().length - 1;
        int[] splits = new int[images * (BANDS + 1)];
        short[] pixels = ink.pixels();
        for (int i = 0; i < images; i++) {
            int p = ink.starts()[i];
            int end = ink.starts()[i + 1];
            for (int c = 0; c <= BANDS; c++) {
                while (p < end && pixels[p] < bounds[c]) {
                    p++;                                    // the pixels are increasing within an image
                }
                splits[i * (BANDS + 1) + c] = c == BANDS ? end : p;
            }
        }
        return new PixelBands(ink, bounds, splits);
    }

    /** @return where image i's nonzero pixels of band c start in ink.pixels */
    int from(int image, int band) {
        return splits[image * (BANDS + 1) + band];
    }

    /** @return where they end (exclusive) */
    int to(int image, int band) {
        return splits[image * (BANDS + 1) + band + 1];
    }
}
