package nnbasics.compare;

import java.util.List;

/**
 * Trains two engines together from the same parameters, one update each per step, and compares them after
 * every update with the {@link TwinDifference} metric.
 *
 * <pre>
 * for k = 0 … steps−1:
 *     θ_hand(k), θ_dl4j(k)       the parameters before update k+1 (and the outputs there)
 *     L_hand(k) = hand.step()     the loss at θ_hand(k), then the update
 *     L_dl4j(k) = dl4j.step()     the loss at θ_dl4j(k), then the update
 *     d_k over loss, θ, outputs   record k, guard against divergence
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
        return run(hand, dl4j, steps, guard, new TwinDifference(), observer);
    }

    /**
     * Runs both engines on, measuring with a metric that may have seen earlier steps of the same engines (the
     * explore window's buttons): tensor scales and the worst difference carry over, step numbers start at 0.
     */
    public static LockStepResult run(Engine hand, Engine dl4j, int steps, DivergenceGuard guard,
                                     TwinDifference metric, StepObserver observer) {
        for (int k = 0; k < steps; k++) {
            List<Tensor> handParameters = hand.parameters();
            List<Tensor> dl4jParameters = dl4j.parameters();
            List<Tensor> handOutputs = hand.outputs();
            List<Tensor> dl4jOutputs = dl4j.outputs();
            double handLoss = hand.step();
            double dl4jLoss = dl4j.step();
            guard.check(k, handLoss);
            StepRecord record = record(metric, k, handLoss, dl4jLoss, handParameters, dl4jParameters, handOutputs,
                    dl4jOutputs);
            observer.observe(record);
            observer.stepDone(k + 1, steps);
        }
        double handLoss = hand.loss();
        guard.check(steps, handLoss);
        StepRecord last = record(metric, steps, handLoss, dl4j.loss(), hand.parameters(), dl4j.parameters(),
                hand.outputs(), dl4j.outputs());
        observer.observe(last);
        return new LockStepResult(steps, metric.worst(), last);
    }

    private static StepRecord record(TwinDifference metric, int step, double handLoss, double dl4jLoss,
                                     List<Tensor> handParameters, List<Tensor> dl4jParameters,
                                     List<Tensor> handOutputs, List<Tensor> dl4jOutputs) {
        Difference difference = metric.at(step, StepRecord.compared(handLoss, handParameters, handOutputs),
                StepRecord.compared(dl4jLoss, dl4jParameters, dl4jOutputs));
        return new StepRecord(step, handLoss, dl4jLoss, Tensor.flat(handParameters), Tensor.flat(dl4jParameters),
                Tensor.flat(handOutputs), Tensor.flat(dl4jOutputs), difference);
    }

    /**
     * Trains whichever engines are given: both in lock-step, or the one that is not null alone.
     *
     * @return the largest difference between the engines over the run, or null when only one ran
     */
    public static Difference runEither(Engine hand, Engine dl4j, int steps, DivergenceGuard guard,
                                       StepObserver observer) {
        if (hand != null && dl4j != null) {
            return run(hand, dl4j, steps, guard, observer).difference();
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
