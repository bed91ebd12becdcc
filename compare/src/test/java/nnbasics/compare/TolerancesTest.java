package nnbasics.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The row-count rule of the linear models' bound, against its closed form max(1e−12, n·2⁻⁵³). */
class TolerancesTest {

    @Test
    void theGuidesBoundUpTo9007RowsThenNTimesTheUnitRoundoff() {
        assertEquals(1e-12, Tolerances.linearModel(10), "the guide's ten houses");
        assertEquals(1e-12, Tolerances.linearModel(9_007), "9,007 · 2⁻⁵³ = 9.9998e−13 < 1e−12");
        assertEquals(9_008 / 9007199254740992.0, Tolerances.linearModel(9_008), "9,008 · 2⁻⁵³ = 1.00009e−12");
        assertEquals(6_000_000 / 9007199254740992.0, Tolerances.linearModel(6_000_000), "6.66e−10 on 6 million rows");
    }
}
