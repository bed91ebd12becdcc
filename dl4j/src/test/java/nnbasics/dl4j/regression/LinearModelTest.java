package nnbasics.dl4j.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;

/** The linear model's network: its backpropagated gradients against finite differences, and writing and reading its parameters. */
class LinearModelTest {

    /** GradientCheckUtil accepts only Sgd with learning rate exactly 1.0 (or NoOp). */
    private static final double GRADIENT_CHECK_RATE = 1.0;
    /** Finite-difference step of GradientCheckUtil (its default). */
    private static final double EPSILON = 1e-6;
    /** The loss is quadratic, so central differences are exact up to rounding: about L·ε_machine/h ≈ 1e−6 of gradients of 1e2…1e5. */
    private static final double MAX_RELATIVE_ERROR = 1e-6;
    /** Gradients smaller than this in absolute value pass regardless (GradientCheckUtil's default). */
    private static final double MIN_ABSOLUTE_ERROR = 1e-8;

    @Test
    void gradientsMatchFiniteDifferencesWithBias() {
        DataSet houses = HousePrices.tenHouses();
        MultiLayerNetwork network = LinearModel.network(2, GRADIENT_CHECK_RATE, GRADIENT_CHECK_RATE, true);
        new LinearModel(new double[] {0.1, 20}, 50).writeTo(network);
        assertTrue(gradientCheck(network, houses), "backprop gradient of MSE (w1, w2, b) against finite differences");
    }

    @Test
    void gradientsMatchFiniteDifferencesWithoutBias() {
        DataSet houses = HousePrices.threeHousesByArea();
        MultiLayerNetwork network = LinearModel.network(1, GRADIENT_CHECK_RATE, GRADIENT_CHECK_RATE, false);
        new LinearModel(new double[] {0.180}, 0).writeTo(network);
        assertTrue(gradientCheck(network, houses), "backprop gradient of MSE (w only) against finite differences");
    }

    private static boolean gradientCheck(MultiLayerNetwork network, DataSet data) {
        return GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig()
                .net(network)
                .input(data.getFeatures())
                .labels(data.getLabels())
                .epsilon(EPSILON)
                .maxRelError(MAX_RELATIVE_ERROR)
                .minAbsoluteError(MIN_ABSOLUTE_ERROR)
                .print(GradientCheckUtil.PrintMode.FAILURES_ONLY));
    }

    @Test
    void parametersRoundTrip() {
        MultiLayerNetwork network = LinearModel.network(2, 0.1, 0.2, true);
        new LinearModel(new double[] {0.058488, -3.5}, 247.263).writeTo(network);
        assertArrayEquals(new double[] {0.058488, -3.5}, LinearModel.readFrom(network).weights(), 0, "weights read back");
        assertEquals(247.263, LinearModel.readFrom(network).bias(), 0, "bias read back");
        assertEquals(DataType.DOUBLE, network.params().dataType(), "parameter data type");
    }

    @Test
    void withoutBiasTheNetworkHasOnlyWeights() {
        MultiLayerNetwork network = LinearModel.network(1, 0.1, 0, false);
        new LinearModel(new double[] {0.180}, 0).writeTo(network);
        assertFalse(network.paramTable().containsKey("0_b"), "a network without bias must have no \"0_b\"");
        assertEquals(1, network.numParams(), "one parameter: w");
        assertEquals(0, LinearModel.readFrom(network).bias(), 0, "bias of a network without bias");
        assertThrows(IllegalArgumentException.class,
                () -> new LinearModel(new double[] {0.180}, 1).writeTo(network), "a bias for a network without one");
    }

    @Test
    void rejectsTheWrongNumberOfWeights() {
        MultiLayerNetwork network = LinearModel.network(2, 0.1, 0.2, true);
        assertThrows(IllegalArgumentException.class,
                () -> new LinearModel(new double[] {1, 2, 3}, 0).writeTo(network), "three weights for two inputs");
        assertThrows(IllegalArgumentException.class, () -> LinearModel.network(0, 0.1, 0.1, true), "nIn = 0");
        assertThrows(IllegalArgumentException.class, () -> LinearModel.network(1, -0.1, 0.1, true), "negative rate");
    }
}
