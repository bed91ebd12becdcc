package nnbasics.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nnbasics.compare.regression.HandRegressionEngine;
import nnbasics.handwritten.regression.LearningRates;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.RegressionData;
import org.junit.jupiter.api.Test;

/** The runner itself, on two hand-written engines, so that it is known to see a difference when there is one. */
class LockStepTest {

    private static final RegressionData LINE = new RegressionData(
            new double[][] {{0}, {1}, {2}}, new double[] {1, 3, 5}); // y = 2x + 1

    private static Engine engine(double rate) {
        return new HandRegressionEngine(LINE, LinearModel.zero(1), LearningRates.uniform(1, rate));
    }

    @Test
    void identicalEnginesAgreeExactlyAndEveryStepIsRecorded() {
        List<StepRecord> records = new ArrayList<>();
        LockStepResult result = LockStep.run(engine(0.1), engine(0.1), 50, DivergenceGuard.none(), records::add);

        assertEquals(51, records.size(), "the start, then one record after each of the 50 updates");
        assertEquals(0, records.get(0).step());
        assertEquals(50, records.get(50).step());
        assertEquals(0.0, result.trajectory().value(), 0.0, "the same code on the same data is bit-for-bit equal");
        // the loss of record 0 is the loss at the zero start: (1² + 3² + 5²)/3
        assertEquals(35.0 / 3.0, records.get(0).handLoss(), 1e-15);
    }

    @Test
    void aDifferenceInTheRateIsSeen() {
        // rates 0.1 and 0.1·(1 + 1e-9): the parameters differ by ~1e-9 relative after the first update
        LockStepResult result = LockStep.run(engine(0.1), engine(0.1 * (1 + 1e-9)), 50, DivergenceGuard.none(),
                StepObserver.NONE);
        assertTrue(result.trajectory().value() > 1e-10, "seen: " + result.trajectory().value());
        assertTrue(result.trajectory().value() < 1e-7, "seen: " + result.trajectory().value());
    }

    @Test
    void aDivergingEngineIsStopped() {
        // the Hessian of this MSE has λ_max ≈ 4.77 (H = (2/3)·[[5, 3], [3, 3]]), so a rate of 1 gives |1 − ηλ| ≈ 3.8 > 1: divergence
        Engine hand = engine(1.0);
        DivergenceException e = org.junit.jupiter.api.Assertions.assertThrows(DivergenceException.class,
                () -> LockStep.runAlone(hand, 10_000, new DivergenceGuard("1")));
        assertTrue(e.getMessage().contains("learning rate 1"), e.getMessage());
    }
}
