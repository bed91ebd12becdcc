package nnbasics.compare;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DivergenceGuardTest {

    @Test
    void aNonFiniteLossStopsTrainingAndNamesTheRate() {
        DivergenceGuard guard = new DivergenceGuard("0.5");
        guard.check(0, 10.0);
        DivergenceException e = assertThrows(DivergenceException.class, () -> guard.check(1, Double.POSITIVE_INFINITY));
        assertEquals(1, e.step());
        assertTrue(e.getMessage().contains("learning rate 0.5"), e.getMessage());
    }

    @Test
    void aLossThatKeepsGrowingStopsTraining() {
        DivergenceGuard guard = new DivergenceGuard("2");
        DivergenceException e = assertThrows(DivergenceException.class, () -> {
            for (int k = 0; k < 100; k++) {
                guard.check(k, Math.pow(1.5, k));
            }
        });
        assertEquals(DivergenceGuard.GROWTH_STEPS, e.step(), "20 increases after the first loss");
    }

    @Test
    void aLossThatBlowsUpStopsTrainingEvenIfItOscillates() {
        DivergenceGuard guard = new DivergenceGuard("1e300");
        guard.check(0, 0.69);
        guard.check(1, 0.5);
        DivergenceException e = assertThrows(DivergenceException.class, () -> guard.check(2, 0.69e6 * 1.01));
        assertEquals(2, e.step());
    }

    @Test
    void aDecreasingOrBrieflyRisingLossIsFine() {
        DivergenceGuard guard = new DivergenceGuard("0.1");
        assertDoesNotThrow(() -> {
            for (int k = 0; k < 1000; k++) {
                // a decaying loss with a small wobble every few steps
                guard.check(k, 100.0 / (k + 1) + (k % 3 == 0 ? 0.01 : 0.0));
            }
        });
    }
}
