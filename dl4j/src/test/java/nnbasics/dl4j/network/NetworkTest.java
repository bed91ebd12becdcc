package nnbasics.dl4j.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/** Building a {@link Network}, setting and reading its parameters, and its error messages. */
class NetworkTest {

    /** A 2 → 4 tanh → 3 tanh → 2 softmax network's parameters, every entry distinct. */
    private static final List<double[][]> W = List.of(
            new double[][] {{0.1, 0.2, 0.3, 0.4}, {0.5, 0.6, 0.7, 0.8}},
            new double[][] {{1.1, 1.2, 1.3}, {1.4, 1.5, 1.6}, {1.7, 1.8, 1.9}, {2.0, 2.1, 2.2}},
            new double[][] {{3.1, 3.2}, {3.3, 3.4}, {3.5, 3.6}});
    private static final List<double[]> B = List.of(
            new double[] {-0.1, -0.2, -0.3, -0.4}, new double[] {-1.1, -1.2, -1.3}, new double[] {-3.1, -3.2});

    private static MultiLayerNetwork network() {
        MultiLayerNetwork net = Network.build(2, new int[] {4, 3}, 2, Activation.TANH, 0.25);
        Network.setParameters(net, W, B);
        return net;
    }

    @Test
    void everyLayerIsConfiguredExplicitly() {
        MultiLayerNetwork net = network();
        assertEquals(3, net.getnLayers(), "two hidden layers and the output layer");
        for (int l = 0; l < 3; l++) {
            BaseLayer layer = (BaseLayer) net.getLayer(l).conf().getLayer();
            Class<?> type = l < 2 ? DenseLayer.class : OutputLayer.class;
            Class<?> activation = l < 2 ? ActivationTanH.class : ActivationSoftmax.class;
            assertEquals(type, layer.getClass(), "layer " + l + " has the wrong type");
            assertEquals(activation, layer.getActivationFn().getClass(),
                    "layer " + l + " does not have the activation asked for (the builder's default is sigmoid)");
            assertEquals(new Sgd(0.25), layer.getIUpdater(), "layer " + l + ": the weights' updater is not Sgd(η)");
            assertEquals(new Sgd(0.25), layer.getBiasUpdater(), "layer " + l + ": the biases' updater is not Sgd(η)");
            assertTrue(layer.getRegularization().isEmpty() && layer.getRegularizationBias().isEmpty(),
                    "layer " + l + " has regularisation");
        }
        assertInstanceOf(LossMCXENT.class, ((OutputLayer) net.getLayer(2).conf().getLayer()).getLossFn(),
                "the output layer's loss is not MCXENT");
        assertEquals(DataType.DOUBLE, net.params().dataType(), "the parameters are not in double precision");
        assertTrue(net.getLayerWiseConfigurations().getConf(0).isMiniBatch(), "miniBatch(true) is what divides by B");
    }

    @Test
    void parametersReadBackAsSet() {
        MultiLayerNetwork net = network();
        List<double[][]> w = Network.weights(net);
        List<double[]> b = Network.biases(net);
        assertEquals(3, w.size(), "one W per layer");
        for (int l = 0; l < 3; l++) {
            for (int j = 0; j < W.get(l).length; j++) {
                assertArrayEquals(W.get(l)[j], w.get(l)[j], 0.0, "layer " + l + ", W row " + j);
            }
            assertArrayEquals(B.get(l), b.get(l), 0.0, "layer " + l + ", b");
        }
        w.get(0)[0][0] = 99;
        assertEquals(0.1, Network.weights(net).get(0)[0][0], 0.0, "weights() is not a copy");
    }

    @Test
    void noHiddenLayerIsRefusedAsSoftmaxRegression() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Network.build(3, new int[0], 4, Activation.IDENTITY, 0.1));
        assertEquals("a network needs at least one hidden layer; without one it is softmax regression "
                + "(classification.SoftmaxModel)", e.getMessage());
    }

    @Test
    void architectureNamesSizesAndActivations() {
        assertEquals("2 → 4 tanh → 3 tanh → 2 softmax", Network.architecture(network()));
        assertEquals("784 → 128 relu → 10 softmax",
                Network.architecture(Network.build(784, new int[] {128}, 10, Activation.RELU, 0.1)));
        assertEquals("1 → 2 identity → 2 identity → 2 softmax",
                Network.architecture(Network.build(1, new int[] {2, 2}, 2, Activation.IDENTITY, 0.1)));
        assertEquals("1 → 2 sigmoid → 2 softmax",
                Network.architecture(Network.build(1, new int[] {2}, 2, Activation.SIGMOID, 0.1)));
    }

    /** The message of a shape error, after checking that it is one line. */
    private static String shapeError(List<double[][]> w, List<double[]> b) {
        MultiLayerNetwork net = network();
        double[] before = net.params().toDoubleVector();
        String message = assertThrows(IllegalArgumentException.class, () -> Network.setParameters(net, w, b))
                .getMessage();
        assertFalse(message.contains("\n"), "the message is not one line: " + message);
        assertArrayEquals(before, net.params().toDoubleVector(), 0.0, "a rejected call changed the network");
        return message;
    }

    @Test
    void shapeErrorsNameTheLayerAndBothShapes() {
        assertEquals("layer 1: the network's W is 4×3, the given W is 3×3",
                shapeError(List.of(W.get(0), new double[3][3], W.get(2)), B));
        assertEquals("layer 2: the network's W is 3×2, the given W is 3×4",
                shapeError(List.of(W.get(0), W.get(1), new double[3][4]), B));
        assertEquals("layer 0: the network's W is 2×4, the given W is 2 rows of lengths [4, 3]",
                shapeError(List.of(new double[][] {new double[4], new double[3]}, W.get(1), W.get(2)), B));
        assertEquals("layer 2: the network's W is 3×2, the given W is 0×0",
                shapeError(List.of(W.get(0), W.get(1), new double[0][]), B));
        assertEquals("layer 1: the network's b has 3 entries, the given b has 4",
                shapeError(W, List.of(B.get(0), new double[4], B.get(2))));
        assertEquals("the network has 3 layers, got 2 weight matrices and 3 bias vectors",
                shapeError(W.subList(0, 2), B));
    }

    @Test
    void buildRejectsWhatTheTwinsDoNotShare() {
        assertThrows(IllegalArgumentException.class,
                () -> Network.build(2, new int[] {3}, 2, Activation.SOFTMAX, 0.1), "softmax as hidden activation");
        assertThrows(IllegalArgumentException.class,
                () -> Network.build(2, new int[] {3}, 2, Activation.LEAKYRELU, 0.1), "leaky ReLU");
        assertThrows(IllegalArgumentException.class,
                () -> Network.build(2, new int[] {3, 0}, 2, Activation.TANH, 0.1), "a hidden layer of 0 units");
        assertThrows(IllegalArgumentException.class,
                () -> Network.build(0, new int[] {3}, 2, Activation.TANH, 0.1), "no features");
        assertThrows(IllegalArgumentException.class,
                () -> Network.build(2, new int[] {3}, 1, Activation.TANH, 0.1), "one class");
        assertThrows(IllegalArgumentException.class,
                () -> Network.build(2, new int[] {3}, 2, Activation.TANH, 0.0), "rate 0");
        assertThrows(IllegalArgumentException.class,
                () -> Network.build(2, new int[] {3}, 2, Activation.TANH, Double.NaN), "rate NaN");
        assertThrows(IllegalArgumentException.class,
                () -> Network.build(2, new int[] {3}, 2, Activation.TANH, Double.POSITIVE_INFINITY), "rate ∞");
    }
}
