package nnbasics.compare.mnist;

import java.util.List;
import nnbasics.compare.Tensor;

/**
 * One side of the MNIST twin: a model trained by mini-batch SGD on the training split, evaluated on the test split.
 * Both engines of a pair expose the same named tensors in the same order ({@link #parameters()}): softmax
 * regression {@code W} [pixel][digit] and {@code b}, in the scale group {@code layer}; a network
 * {@code W1, b1, W2, b2, …}, each layer's pair in the group {@code layer1}, {@code layer2}, …; every W flat
 * row-major [input][unit].
 */
public interface MnistEngine {

    /** {@code hand} or {@code dl4j}. */
    String name();

    /**
     * One SGD step on the mean cross-entropy of the given training rows.
     *
     * @return the batch loss at the parameters before the update
     */
    double trainBatch(int[] rows);

    /** The current parameters as named tensors, fresh copies; the first is the first layer's W. */
    List<Tensor> parameters();

    /** The widths from the input to the output: 784, the hidden widths…, 10. */
    int[] sizes();

    /** The fraction of the test images classified correctly, by this engine's own evaluation. */
    double testAccuracy();

    /** counts[actual][predicted] on the test images, 10 × 10. */
    int[][] confusion();
}
