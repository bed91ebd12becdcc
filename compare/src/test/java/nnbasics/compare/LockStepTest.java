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
    void theStepProofSeesAWrongRateAtTheFirstUpdate() {
        // from the zero start, update 1 is θ = −η·g on both sides: the second rate, 0.1·(1 + 1e-9), makes every
        // parameter 1e-9 larger relative to itself, so the largest entry of the layer differs by 1e-9 of the scale
        List<StepRecord> records = new ArrayList<>();
        LockStepResult result = LockStep.run(engine(0.1), engine(0.1 * (1 + 1e-9)), 5, DivergenceGuard.none(),
                records::add);
        Difference first = records.get(0).stepProof();
        assertEquals(1, first.step(), "record 0 carries update 1, taken from the start");
        assertEquals(1e-9, first.value(), 1e-9 * RATE_ROUNDING, first.describe());
        assertTrue(List.of("w", "b").contains(first.tensor()), first.describe());
        assertEquals(0.0, records.get(0).maxRelativeDifference(), 0.0, "the trajectories start from the same zeros");
        assertTrue(result.stepProof().value() >= 1e-9 * (1 - RATE_ROUNDING), result.stepProof().describe());
        assertEquals(Difference.NONE, records.get(5).stepProof(), "the last record starts no update");
    }

    /**
     * The relative error allowed on the 1e−9: 0.1·(1 + 1e−9) is rounded to double (a relative 1.1e−16, i.e.
     * 1.1e−7 of the 1e−9 it adds) and the update's own rounding adds a few ulps of θ more: 1e−6 covers nine ulps.
     */
    private static final double RATE_ROUNDING = 1e-6;

    @Test
    void theStepProofIsExactForTheSameCodeHoweverFarTheTrajectoriesPart() {
        // two copies of one engine, the second started with b one ulp up: the trajectories differ from step 0, but
        // each step of the proof is the first copy's code run from the second copy's state — the same arithmetic
        // on the same numbers, so the same bits (closed form: 0)
        Engine a = engine(0.1);
        Engine b = new HandRegressionEngine(LINE, new LinearModel(new double[] {0}, Math.nextUp(0.0)),
                LearningRates.uniform(1, 0.1));
        LockStepResult result = LockStep.run(a, b, 50, DivergenceGuard.none(), StepObserver.NONE);
        assertEquals(0.0, result.stepProof().value(), 0.0, result.stepProof().describe());
        assertTrue(result.trajectory().value() > 0, result.trajectory().describe());
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
