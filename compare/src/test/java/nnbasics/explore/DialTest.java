package nnbasics.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DialTest {

    /** The guide's weight dial, 0 … 0.4 by 0.001: 400 ticks; 100 ticks is exactly the double 0.1 (decimal arithmetic). */
    @Test
    void ticksMapToDecimalValues() {
        Dial weight = DragonModel.WEIGHT;
        assertEquals(400, weight.ticks());
        assertEquals(0.1, weight.value(100), "exactly 0.1, not 100 · 0.001 = 0.1 in binary rounding");
        assertEquals(0.3, weight.value(300), "exactly 0.3 (3 · 0.1 in binary is 0.30000000000000004)");
        assertEquals(100, weight.ticks(0.1));
        assertEquals(123, weight.ticks(0.12345), "the nearest tick");
        assertEquals(400, weight.ticks(7), "clamped to the top");
        assertEquals(0, weight.ticks(-7), "clamped to the bottom");
        assertEquals(0.4, weight.value(401), "clamped value");
    }

    @Test
    void negativeRanges() {
        Dial w2 = TwoVariablesModel.DIALS.get(1);
        assertEquals(3000, w2.ticks(), "−100 … 200 by 0.1");
        assertEquals(-100, w2.value(0));
        assertEquals(0, w2.value(1000));
        assertEquals(12.3, w2.snap(12.34));
    }

    @Test
    void rejectsAnEmptyRange() {
        assertThrows(IllegalArgumentException.class, () -> new Dial("x", 1, 1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new Dial("x", 0, 1, 0));
    }
}
