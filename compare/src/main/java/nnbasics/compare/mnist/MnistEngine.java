package nnbasics.compare.mnist;

import nnbasics.compare.Engine;

/**
 * One side of the MNIST twin: an {@link Engine} trained by mini-batch SGD on the training split, update k + 1 on
 * batch k of its {@link MnistBatches} ({@link #step(int)}), evaluated on the test split. Both engines of a pair
 * expose the same named tensors in the same order ({@link #parameters()}): softmax regression {@code W}
 * [pixel][digit] and {@code b}, in the scale group {@code layer}; a network {@code W1, b1, W2, b2, …}, each layer's
 * pair in the group {@code layer1}, {@code layer2}, …; every W flat row-major [input][unit]. No outputs are
 * compared (the probabilities of 60,000 images at every step would cost more than the step).
 *
 * <pre>
 * step(k)   one SGD step on the mean cross-entropy of batch k; returns that batch's loss before the update
 * step()    step(k) with k = the updates this engine has made since it was built
 * loss()    the mean cross-entropy over the whole training split at the current parameters
 * </pre>
 */
public interface MnistEngine extends Engine {

    /** The widths from the input to the output: 784, the hidden widths…, 10. */
    int[] sizes();

    /** The fraction of the test images classified correctly, by this engine's own evaluation. */
    double testAccuracy();

    /** counts[actual][predicted] on the test images, 10 × 10. */
    int[][] confusion();
}
