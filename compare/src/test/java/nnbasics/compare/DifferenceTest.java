package nnbasics.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the worst difference of a run is kept and told. */
class DifferenceTest {

    @Test
    void aMeasuredZeroIsKeptWithItsTensorAndStepNotReadAsNothingCompared() {
        // two engines holding the same bits at every step: every measured value is exactly 0
        Difference worst = Difference.NONE.max(new Difference(0.0, "loss", 0)).max(new Difference(0.0, "w", 1));
        assertEquals(new Difference(0.0, "loss", 0), worst, "on a tie the earlier step stays");
        assertEquals("0 (tensor loss, step 0)", worst.describe());
        assertEquals("nothing compared", Difference.NONE.describe());
    }

    @Test
    void theLargerWinsAndATieKeepsTheEarlierStep() {
        Difference a = new Difference(1e-15, "W", 3);
        assertEquals(a, a.max(new Difference(1e-15, "b", 9)));
        assertEquals(new Difference(2e-15, "b", 9), a.max(new Difference(2e-15, "b", 9)));
        assertEquals("1.00e-15 (tensor W, step 3)", a.describe());
    }
}
