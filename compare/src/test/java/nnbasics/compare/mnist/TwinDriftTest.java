package nnbasics.compare.mnist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The difference measure of the MNIST twins, on values worked out by hand. */
class TwinDriftTest {

    @Test
    void measuresEachTensorAgainstItsLargestEntry() {
        // |1e-20 − (−4e-21)| / 2 = 7e−21: cancellation noise next to a weight of 2 is not a relative difference of 1
        double[] hand = {2.0, 1e-20};
        double[] dl4j = {2.0, -4e-21};
        assertEquals(1.4e-20 / 2.0, TwinDrift.normwise(hand, dl4j), 1e-35, "noise against the tensor's scale");
    }

    @Test
    void takesTheWorstOfWeightsBiasAndLoss() {
        double d = TwinDrift.of(new double[] {1, 2}, new double[] {1, 2}, new double[] {4}, new double[] {4},
                2.0, 2.5);
        assertEquals(0.5 / 2.5, d, 1e-16, "the loss differs by 0.5 of 2.5");
    }

    @Test
    void equalTensorsDifferByZeroEvenAtZero() {
        assertEquals(0.0, TwinDrift.normwise(new double[3], new double[3]), 0.0, "the zero start");
    }
}
