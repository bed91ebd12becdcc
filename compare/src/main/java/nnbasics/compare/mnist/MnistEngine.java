package nnbasics.compare.mnist;

/**
 * One side of the MNIST twin: softmax regression trained by mini-batch SGD on the training split, evaluated on
 * the test split. Both engines expose W in the flat layout W[j·10 + k] (pixel j, digit k) and b[k].
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

    /** A copy of W, flat [pixel][digit]. */
    double[] weights();

    /** A copy of b, one per digit. */
    double[] bias();

    /** The fraction of the test images classified correctly. */
    double testAccuracy();

    /** counts[actual][predicted] on the test images, 10 × 10. */
    int[][] confusion();
}
