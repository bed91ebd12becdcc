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
    void aValueCrossingZeroIsMeasuredAgainstItsScaleInTheRun() {
        // a bias that was 200 and now passes 0.07: a 1e-13 rounding difference is 5e-16 of its scale, not 1.4e-12
        // (0.07 + 1e-13 is itself rounded to ~1e-17, so the tolerance is that rounding over the scale: 1e-19)
        assertEquals(1e-13 / 200, RelativeDifference.of(0.07, 0.07 + 1e-13, 200), 1e-19);
        // the scale never makes a difference larger, only the values' own magnitude can
        assertEquals(0.1 / 1.1, RelativeDifference.of(1.0, 1.1, 0.5), 1e-16);
    }

    @Test
    void maxTakesTheWorstElement() {
        assertEquals(0.5, RelativeDifference.max(new double[] {1, 2}, new double[] {1, 4}), 0.0);
    }
}
