package nnbasics.compare.contract;

import java.util.List;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;
import nnbasics.compare.mnist.Dl4jMnistNetworkEngine;
import nnbasics.compare.mnist.MnistBatches;
import nnbasics.compare.mnist.MnistModel;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.NetworkTensors;
import nnbasics.handwritten.network.NetworkStart;

/** An MNIST network, 784 → 16 relu → 10 from init seed 1, η = 0.5, on 100 real images. */
class MnistNetworkPairTest extends MnistPair {

    @Override
    MnistModel model() {
        return MnistModel.network(new int[] {16}, HiddenActivation.RELU, 1L, 0.5);
    }

    /** DL4J's MNIST network on the DL4J side's own arrays of the slice, at any W1, b1, W2, b2. */
    @Override
    protected Engine dl4jAt(List<Tensor> parameters) {
        MnistModel model = model();
        return new Dl4jMnistNetworkEngine(splits().dl4jTrain(), splits().dl4jTest(),
                new MnistBatches(TRAIN, SCHEDULE), new NetworkStart(NetworkTensors.weights(parameters),
                NetworkTensors.biases(parameters)), model.activation(), model.learningRate());
    }
}
