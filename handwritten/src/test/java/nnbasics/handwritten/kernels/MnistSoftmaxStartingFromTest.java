package nnbasics.handwritten.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import nnbasics.handwritten.mnist.EpochOrder;
import nnbasics.handwritten.mnist.MnistData;
import nnbasics.handwritten.mnist.SyntheticDigits;
import org.junit.jupiter.api.Test;

/**
 * {@link MnistSoftmaxKernel#startingFrom} shares its source's index of nonzero pixels and threads: a copy's step must
 * be the same bits as a model built from scratch at the same parameters, and the source, used in turn with its copies,
 * must train as if there were none. The expected numbers: separate models that share nothing.
 */
class MnistSoftmaxStartingFromTest {

    private static final double RATE = 0.5;
    private static final int BATCH = 40;

    @Test
    void aCopysStepIsAFreshModelsStepAndTheSourceTrainsAsAlone() {
        MnistData data = SyntheticDigits.data(150, 6);
        MnistSoftmaxKernel source = new MnistSoftmaxKernel(RATE, new double[MnistData.PIXELS * MnistData.CLASSES],
                new double[MnistData.CLASSES], 2);
        MnistSoftmaxKernel alone = new MnistSoftmaxKernel(RATE, new double[MnistData.PIXELS * MnistData.CLASSES],
                new double[MnistData.CLASSES], 2);
        int[] order = EpochOrder.of(data.count(), 1, 0);
        for (int b = 0; b * BATCH < data.count(); b++) {
            int from = b * BATCH;
            int to = Math.min(from + BATCH, data.count());
            double[] w = SyntheticDigits.uniform(MnistData.PIXELS * MnistData.CLASSES, 0.1, b);
            double[] bias = SyntheticDigits.uniform(MnistData.CLASSES, 0.1, 100 + b);
            MnistSoftmaxKernel copy = source.startingFrom(w, bias);
            MnistSoftmaxKernel fresh = new MnistSoftmaxKernel(RATE, w, bias, 2);
            assertEquals(fresh.trainBatch(data, order, from, to), copy.trainBatch(data, order, from, to), 0.0,
                    "batch " + b + ": loss");
            assertArrayEquals(fresh.weights(), copy.weights(), "batch " + b + ": W");
            assertArrayEquals(fresh.biases(), copy.biases(), "batch " + b + ": b");
            assertEquals(alone.trainBatch(data, order, from, to), source.trainBatch(data, order, from, to), 0.0,
                    "batch " + b + ": the source's loss");
        }
        assertArrayEquals(alone.weights(), source.weights(), "the source's W after every batch");
        assertArrayEquals(alone.biases(), source.biases(), "the source's b after every batch");
    }
}
