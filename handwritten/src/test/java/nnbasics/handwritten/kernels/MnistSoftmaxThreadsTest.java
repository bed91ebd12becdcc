package nnbasics.handwritten.kernels;

import static nnbasics.handwritten.mnist.MnistData.CLASSES;
import static nnbasics.handwritten.mnist.MnistData.PIXELS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnbasics.handwritten.mnist.EpochOrder;
import nnbasics.handwritten.mnist.MnistData;
import nnbasics.handwritten.mnist.SyntheticDigits;
import org.junit.jupiter.api.Test;

/**
 * The same bits whatever the number of threads: the chunks of a batch write only their own outputs and add their
 * sums in the batch's order (MnistSoftmaxKernel's class comment). Expected values: the one-thread run (no concurrency).
 */
class MnistSoftmaxThreadsTest {

    private static final double RATE = 0.5;

    private static MnistSoftmaxKernel trained(MnistData data, int threads, double[] losses) {
        MnistSoftmaxKernel model = new MnistSoftmaxKernel(RATE, SyntheticDigits.uniform(PIXELS * CLASSES, 0.05, 3),
                SyntheticDigits.uniform(CLASSES, 0.5, 4), threads);
        for (int epoch = 0; epoch < 3; epoch++) {
            int[] order = EpochOrder.of(data.count(), 7, epoch);
            for (int batch = 0; batch < EpochOrder.batchCount(order.length, 37); batch++) {
                int from = batch * 37;
                losses[epoch * 100 + batch] = model.trainBatch(data, order, from, Math.min(from + 37, order.length));
            }
        }
        return model;
    }

    @Test
    void oneTwoThreeAndFiveThreadsGiveTheSameBits() {
        MnistData data = SyntheticDigits.data(500, 11); // 14 batches of 37 rows, the last one short (19 rows)
        double[] oneLosses = new double[300];
        MnistSoftmaxKernel one = trained(data, 1, oneLosses);
        for (int threads : new int[] {2, 3, 5}) {
            double[] losses = new double[300];
            MnistSoftmaxKernel many = trained(data, threads, losses);
            assertArrayEquals(one.weights(), many.weights(), threads + " threads: W");
            assertArrayEquals(one.biases(), many.biases(), threads + " threads: b");
            assertArrayEquals(oneLosses, losses, threads + " threads: every batch loss");
        }
    }

    @Test
    void theBandsCoverEveryNonzeroPixelOnce() {
        MnistData data = SyntheticDigits.data(500, 11);
        NonzeroPixels ink = NonzeroPixels.of(data);
        PixelBands bands = PixelBands.of(ink);
        assertEquals(0, bands.bounds()[0]);
        assertEquals(PIXELS, bands.bounds()[PixelBands.BANDS]);
        int covered = 0;
        for (int i = 0; i < data.count(); i++) {
            for (int c = 0; c < PixelBands.BANDS; c++) {
                for (int p = bands.from(i, c); p < bands.to(i, c); p++) {
                    int j = ink.pixels()[p];
                    assertTrue(j >= bands.bounds()[c] && j < bands.bounds()[c + 1], "pixel " + j + " in band " + c);
                    covered++;
                }
            }
        }
        assertEquals(ink.pixels().length, covered, "every nonzero pixel of every image in exactly one band");
    }
}
