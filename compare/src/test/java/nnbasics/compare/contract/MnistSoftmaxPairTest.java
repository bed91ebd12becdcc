package nnbasics.compare.contract;

import nnbasics.compare.mnist.MnistModel;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * MNIST softmax regression, 784 → 10 from W = 0, b = 0, η = 0.5, DL4J in double, on 100 real images.
 *
 * <p>The gradient check of DL4J's update uses the HAND engine's loss for the finite differences: DL4J's MNIST
 * engine ({@code Dl4jMnistEngine}) always starts at W = 0 and has no constructor taking a start, and this suite may
 * not change src/main. So DL4J's update is held to the hand-written loss's finite differences, at the start only.
 */
class MnistSoftmaxPairTest extends MnistPair {

    @Override
    MnistModel model() {
        return MnistModel.softmax(0.5, DataType.DOUBLE);
    }
}
