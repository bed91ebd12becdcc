package nnbasics.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RelativeDifferenceTest {

    @Test
    void equalValuesIncludingZeroDifferByNothing() {
        assertEquals(0.0, RelativeDifference.of(0.0, 0.0));
        assertEquals(0.0, RelativeDifference.of(-3.5, -3.5));
    }

    @Test
    void isTheDifferenceOverTheLargerMagnitude() {
        // closed form: |1 − 1.1| / 1.1
        assertEquals(0.1 / 1.1, RelativeDifference.of(1.0, 1.1), 1e-16);
        assertEquals(2.0, RelativeDifference.of(1.0, -1.0), 0.0, "opposite signs: |2| / 1");
    }

    @Test
    void aNonFiniteValueOnOneSideIsInfinitelyFar() {
        assertEquals(Double.POSITIVE_INFINITY, RelativeDifference.of(1.0, Double.NaN));
    }

    @Test
    void maxTakesTheWorstElement() {
        assertEquals(0.5, RelativeDifference.max(new double[] {1, 2}, new double[] {1, 4}), 0.0);
    }
}
