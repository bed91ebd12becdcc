package nnbasics.compare;

/**
 * Trains two engines together from the same parameters, one update each per step, and compares them after
 * every update.
 *
 * <pre>
 * for k = 0 … steps−1:
 *     θ_hand(k), θ_dl4j(k)       the parameters before update k+1 (and the outputs there)
 *     L_hand(k) = hand.step()     the loss at θ_hand(k), then the update
 *     L_dl4j(k) = dl4j.step()     the loss at θ_dl4j(k), then the update
 *     record k, guard against divergence
 * record steps with the losses at the final parameters
 * </pre>
 */
public final class LockStep {

    private LockStep() {
    }

    /**
     * Runs both engines for {@code steps} updates.
     *
     * @param guard    checks the hand-written engine's loss at every step (divergence stops the run)
     * @param observer receives each of the {@code steps + 1} records, including the start and the end
     */
    public static LockStepResult run(Engine hand, Engine dl4j, int steps, DivergenceGuard guard,
                                     StepObserver observer) {
        double worst = 0.0;
        int worstStep = 0;
        Scales parameterScales = new Scales();
        Scales outputScales = new Scales();
        for (int k = 0; k < steps; k++) {
            double[] handParameters = hand.parameters();
            double[] dl4jParameters = dl4j.parameters();
            double[] handOutputs = hand.outputs();
            double[] dl4jOutputs = dl4j.outputs();
            double handLoss = hand.step();
            double dl4jLoss = dl4j.step();
            guard.check(k, handLoss);
            StepRecord record = StepRecord.of(k, handLoss, dl4jLoss, handParameters, dl4jParameters, handOutputs,
                    dl4jOutputs, parameterScales.update(handParameters, dl4jParameters),
                    outputScales.update(handOutputs, dl4jOutputs));
            observer.observe(record);
            observer.stepDone(k + 1, steps);
            if (record.maxRelativeDifference() > worst) {
                worst = record.maxRelativeDifference();
                worstStep = k;
            }
        }
        double handLoss = hand.loss();
        guard.check(steps, handLoss);
        double[] handParameters = hand.parameters();
        double[] dl4jParameters = dl4j.parameters();
        double[] handOutputs = hand.outputs();
        double[] dl4jOutputs = dl4j.outputs();
        StepRecord last = StepRecord.of(steps, handLoss, dl4j.loss(), handParameters, dl4jParameters, handOutputs,
                dl4jOutputs, parameterScales.update(handParameters, dl4jParameters),
                outputScales.update(handOutputs, dl4jOutputs));
        observer.observe(last);
        if (last.maxRelativeDifference() > worst) {
            worst = last.maxRelativeDifference();
            worstStep = steps;
        }
        return new LockStepResult(steps, worst, worstStep, last);
    }

    /** The largest magnitude each value has had so far in a run, over both engines. */
    private static final class Scales {
        private double[] scales;

        double[] update(double[] hand, double[] dl4j) {
            if (scales == null) {
                scales = new double[hand.length];
            }
            for (int i = 0; i < scales.length; i++) {
                double magnitude = Math.max(Math.abs(hand[i]), Math.abs(dl4j[i]));
                if (magnitude > scales[i]) { // also false for NaN, which the difference then reports
                    scales[i] = magnitude;
                }
            }
            return scales;
        }
    }

    /**
     * Trains whichever engines are given: both in lock-step, or the one that is not null alone.
     *
     * @return the largest relative difference between the engines over the run, or null when only one ran
     */
    public static Double runEither(Engine hand, Engine dl4j, int steps, DivergenceGuard guard,
                                   StepObserver observer) {
        if (hand != null && dl4j != null) {
            return run(hand, dl4j, steps, guard, observer).maxRelativeDifference();
        }
        runAlone(hand != null ? hand : dl4j, steps, guard, observer);
        return null;
    }

    /**
     * Trains one engine alone for {@code steps} updates (no comparison), guarding against divergence.
     *
     * @return the loss at the final parameters
     */
    public static double runAlone(Engine engine, int steps, DivergenceGuard guard) {
        return runAlone(engine, steps, guard, StepObserver.NONE);
    }

    /** {@link #runAlone(Engine, int, DivergenceGuard)}, telling {@code observer} after each step. */
    public static double runAlone(Engine engine, int steps, DivergenceGuard guard, StepObserver observer) {
        for (int k = 0; k < steps; k++) {
            guard.check(k, engine.step());
            observer.stepDone(k + 1, steps);
        }
        double loss = engine.loss();
        guard.check(steps, loss);
        return loss;
    }
}
