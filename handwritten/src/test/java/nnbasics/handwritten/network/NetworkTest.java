package nnbasics.handwritten.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class NetworkTest {

    @Test
    void architectureNamesEveryLayer() {
        Network network = Network.of(Initialisation.draw(new int[] {2, 4, 2}, Activation.TANH, 1), Activation.TANH);
        assertEquals("2 → 4 tanh → 2 softmax", network.architecture(), "one hidden layer");
        Network deep = Network.of(Initialisation.draw(new int[] {784, 128, 64, 10}, Activation.RELU, 1),
                Activation.RELU);
        assertEquals("784 → 128 relu → 64 relu → 10 softmax", deep.architecture(), "two hidden layers");
        assertEquals(3, deep.layerCount(), "layers of the deep network");
        assertEquals(784, deep.inputCount(), "inputs of the deep network");
        assertEquals(10, deep.classCount(), "classes of the deep network");
    }

    @Test
    void shapesThatDoNotChainNameTheLayerAndBothShapes() {
        List<double[][]> weights = List.of(new double[2][3], new double[4][2]);
        List<double[]> biases = List.of(new double[3], new double[2]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Network(weights, biases, Activation.TANH), "layer 1 takes 4 inputs, layer 0 gives 3");
        assertEquals("layer 1: W is 4 × 2 (nIn × nOut) but layer 0's W is 2 × 3: nIn of layer 1 must be nOut of "
                + "layer 0, 3", e.getMessage(), "message");
    }

    @Test
    void aBiasOfTheWrongLengthNamesTheLayerAndBothShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Network(List.of(new double[2][3], new double[3][2]), List.of(new double[3], new double[3]),
                        Activation.TANH), "b of layer 1 has 3 values, W has 2 columns");
        assertEquals("layer 1: W is 3 × 2 (nIn × nOut) but b has 3 values, needs nOut = 2", e.getMessage(),
                "message");
    }

    @Test
    void otherMalformedParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Network(List.of(), List.of(), Activation.TANH),
                "no layers");
        assertThrows(IllegalArgumentException.class,
                () -> new Network(List.<double[][]>of(new double[2][2]), List.of(), Activation.TANH), "a bias missing");
        assertThrows(IllegalArgumentException.class,
                () -> new Network(List.<double[][]>of(new double[][] {{1, 2}, {3}}), List.of(new double[2]), Activation.TANH),
                "a ragged W");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Network(List.of(new double[2][3], new double[3][1]), List.of(new double[3], new double[1]),
                        Activation.TANH),
                "a softmax output of one class");
        assertEquals("layer 1 (the softmax output layer): W is 3 × 1, needs at least 2 classes (nOut ≥ 2)",
                e.getMessage(), "message for one class");
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> new Network(List.<double[][]>of(new double[2][2]), List.of(new double[2]), Activation.TANH),
                "no hidden layer");
        assertEquals("a network needs at least one hidden layer before the softmax output layer, found 1 layer; "
                + "without a hidden layer it is softmax regression (classification.SoftmaxTrainer)", none.getMessage(),
                "message for no hidden layer");
    }

    @Test
    void aTrainerRejectsANetworkThatDoesNotFitTheData() {
        NetworkStart start = Initialisation.draw(new int[] {3, 4, 2}, Activation.TANH, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NetworkTrainer(RandomNetworks.data(1, 4, 2, 2), start.weights(), start.biases(),
                        Activation.TANH, 0.1), "3 inputs for 2 features");
        assertEquals("the network 3 → 4 tanh → 2 softmax takes 3 features and gives 2 classes, the data has 2 "
                + "features and 2 classes", e.getMessage(), "message");
    }
}
