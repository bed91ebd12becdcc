package nnbasics.compare.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nnbasics.compare.Tolerances;
import nnbasics.compare.network.HiddenActivation;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** The MNIST models and their bounds, worked out from the formulas of docs/twin-difference.md. */
class MnistModelTest {

    /** docs/twin-difference.md: the step proof's floor in double precision. */
    private static final double FLOOR = 1e-12;
    /** The unit roundoffs, 2⁻⁵³ and 2⁻²⁴. */
    private static final double U_DOUBLE = 0x1p-53;
    private static final double U_FLOAT = 0x1p-24;

    @Test
    void softmaxRegressionAndNetworksMapPixelsToDigits() {
        assertArrayEquals(new int[] {784, 10}, MnistModel.softmax(0.5, DataType.DOUBLE).sizes());
        assertArrayEquals(new int[] {784, 10}, MnistModel.network(new int[0], HiddenActivation.RELU, 1, 0.5).sizes(),
                "width 0 of the sweep is softmax regression");
        assertArrayEquals(new int[] {784, 16, 10},
                MnistModel.network(new int[] {16}, HiddenActivation.RELU, 1, 0.5).sizes());
        assertEquals("784 → 128 relu → 10 softmax",
                MnistModel.network(new int[] {128}, HiddenActivation.RELU, 1, 0.5).architecture());
    }

    /**
     * n = B + 785 + Σ (hₗ + 1), the terms of one update's chain of sums (docs/twin-difference.md): below 4,503 terms
     * the floor; above it 2n·2⁻⁵³; with DL4J in float32 max(9,007, 2n)·2⁻²⁴ (9,007 ≈ 1e−12 / 2⁻⁵³, the same floor in
     * float's units).
     */
    @Test
    void theStepBoundIsTheFloorOrTheLongestSumTimesTheUnitRoundoff() {
        MnistModel softmax = MnistModel.softmax(0.5, DataType.DOUBLE);
        assertEquals(FLOOR, softmax.stepBound(100), 0.0, "785 terms");
        assertEquals(2 * (10_000 + 785) * U_DOUBLE, softmax.stepBound(10_000), 0.0, "batches of 10,000 rows");
        MnistModel wide = MnistModel.network(new int[] {20_000}, HiddenActivation.RELU, 1, 0.5);
        assertEquals(2 * (100 + 785 + 20_001) * U_DOUBLE, wide.stepBound(100), 0.0,
                "a layer of 20,000 inputs and its bias");
        MnistModel float32 = MnistModel.softmax(0.5, DataType.FLOAT);
        assertEquals(FLOOR / U_DOUBLE * U_FLOAT, float32.stepBound(100), 1e-12 * float32.stepBound(100),
                "the floor's 9,007 terms in float's unit roundoff");
    }

    @Test
    void theTrajectoryKeepsItsDocumentedMnistBounds() {
        assertEquals(Tolerances.MNIST_DOUBLE, MnistModel.softmax(0.5, DataType.DOUBLE).trajectoryBound(), 0.0);
        assertEquals(Tolerances.MNIST_FLOAT32, MnistModel.softmax(0.5, DataType.FLOAT).trajectoryBound(), 0.0);
        assertEquals(Tolerances.MNIST_NETWORK,
                MnistModel.network(new int[] {128}, HiddenActivation.RELU, 1, 0.5).trajectoryBound(), 0.0);
    }

    @Test
    void aNetworkComputesInDoubleOnly() {
        assertThrows(IllegalArgumentException.class, () -> new MnistModel(new int[] {784, 16, 10},
                HiddenActivation.RELU, 1, 0.5, DataType.FLOAT));
        assertThrows(IllegalArgumentException.class, () -> new MnistModel(new int[] {784, 0, 10},
                HiddenActivation.RELU, 1, 0.5, DataType.DOUBLE));
    }
}
