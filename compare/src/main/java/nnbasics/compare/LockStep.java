package nnbasics.compare;

import java.util.List;

/**
 * Trains two engines together from the same parameters and proves, at every update, that they compute the same
 * step; beside that it follows where their free-running trajectories go ({@code docs/twin-difference.md}).
 *
 * <pre>
 * for k = 0 … steps−1:
 *     θ_d = θ_dl4j(k), S_d = its updater state, P_d = its outputs       DL4J's state before update k+1
 *     shadow = hand.startingFrom(θ_d, S_d, t)             the hand-written engine at DL4J's state
 *     P_s = shadow.outputs(); L_s = shadow.step()         outputs and loss at θ_d, then its update
 *     L_h = hand.step()                                   the free-running hand-written engine, from θ_hand(k)
 *     L_d = dl4j.step()                                   DL4J's one fit, from θ_d
 *     step proof, update k+1:  d(L_s, L_d), d(P_s, P_d) at θ_d, d(θ_shadow, θ_dl4j(k+1)),
 *                              d(S_shadow, S_dl4j(k+1))                                     decides (exit 3)
 *     trajectory, step k:      d(L_h, L_d), d(θ_hand(k), θ_d), d(P_hand, P_d)                reported
 * record the trajectory at k = steps with the losses at the final parameters
 * </pre>
 *
 * <p>Each engine takes every one of its own steps; DL4J runs free, one {@code fit} per step, and the proof costs one
 * extra hand-written step per update. Since the two updates of the step proof start from the same numbers, they
 * differ only by the order of the sums within one step, whatever the trajectory does before or after.
 */
public final class LockStep {

    private LockStep() {
    }

    /**
     * Runs both engines for {@code steps} updates.
     *
     * @param hand     the engine whose steps are proven ({@link Engine#startingFrom} must work)
     * @param dl4j     the reference engine, running free
     * @param guard    checks the hand-written engine's loss at every step (divergence stops the run)
     * @param observer receives each of the {@code steps + 1} records, including the start and the end
     */
    public static LockStepResult run(Engine hand, Engine dl4j, int steps, DivergenceGuard guard,
                                     StepObserver observer) {
        return run(hand, dl4j, steps, guard, new TwinMetrics(), observer);
    }

    /**
     * Runs both engines on, measuring with metrics that may have seen earlier steps of the same engines (the
     * explore window's buttons): tensor scales and the worst differences carry over, step numbers start at 0.
     */
    public static LockStepResult run(Engine hand, Engine dl4j, int steps, DivergenceGuard guard,
                                     TwinMetrics metrics, StepObserver observer) {
        List<Tensor> dl4jParameters = dl4j.parameters();
        List<Tensor> dl4jState = dl4j.state();
        List<Tensor> dl4jOutputs = dl4j.outputs();
        for (int k = 0; k < steps; k++) {
            List<Tensor> handParameters = hand.parameters();
            if (guard.active()) {
                guard.checkParameters(k, Tensor.flat(handParameters));
            }
            List<Tensor> handOutputs = hand.outputs();
            Engine shadow = hand.startingFrom(dl4jParameters, dl4jState, dl4j.iteration());   // parameters and state
            List<Tensor> shadowOutputs = shadow.outputs();
            double shadowLoss = shadow.step(k);
            double handLoss = hand.step(k);
            double dl4jLoss = dl4j.step(k);
            guard.check(k, handLoss);
            List<Tensor> dl4jNext = dl4j.parameters();
            List<Tensor> dl4jNextState = dl4j.state();
            Difference stepProof = metrics.step().at(k + 1,
                    StepRecord.compared(shadowLoss, withState(shadow.parameters(), shadow.state()), shadowOutputs),
                    StepRecord.compared(dl4jLoss, withState(dl4jNext, dl4jNextState), dl4jOutputs));
            StepRecord record = record(metrics.trajectory(), k, handLoss, dl4jLoss, handParameters, dl4jParameters,
                    handOutputs, dl4jOutputs, stepProof);
            observer.observe(record);
            observer.stepDone(k + 1, steps);
            dl4jParameters = dl4jNext;
            dl4jState = dl4jNextState;
            dl4jOutputs = dl4j.outputs();
        }
        double handLoss = hand.loss();
        guard.check(steps, handLoss);
        guard.checkParameters(steps, hand.parameterValues());
        StepRecord last = record(metrics.trajectory(), steps, handLoss, dl4j.loss(), hand.parameters(),
                dl4jParameters, hand.outputs(), dl4jOutputs, Difference.NONE);
        observer.observe(last);
        return new LockStepResult(steps, metrics.agreement(), last);
    }

    /**
     * Two engines running free from their own starts, compared at every step, without a step proof: the one-ulp
     * control (the hand-written engine against itself from a start one ulp away).
     *
     * @return the largest difference over the run, with its tensor and step
     */
    /** @return the parameters, then the updater's state (the same list when there is none, plain SGD) */
    private static List<Tensor> withState(List<Tensor> parameters, List<Tensor> state) {
        if (state.isEmpty()) {
            return parameters;
        }
        List<Tensor> all = new java.util.ArrayList<>(parameters);
        all.addAll(state);
        return all;
    }

    public static Difference trajectory(Engine a, Engine b, int steps, StepObserver observer) {
        TwinDifference metric = new TwinDifference();
        for (int k = 0; k < steps; k++) {
            List<Tensor> aParameters = a.parameters();
            List<Tensor> bParameters = b.parameters();
            List<Tensor> aOutputs = a.outputs();
            List<Tensor> bOutputs = b.outputs();
            double aLoss = a.step(k);
            double bLoss = b.step(k);
            observer.observe(record(metric, k, aLoss, bLoss, aParameters, bParameters, aOutputs, bOutputs,
                    Difference.NONE));
            observer.stepDone(k + 1, steps);
        }
        observer.observe(record(metric, steps, a.loss(), b.loss(), a.parameters(), b.parameters(), a.outputs(),
                b.outputs(), Difference.NONE));
        return metric.worst();
    }

    private static StepRecord record(TwinDifference metric, int step, double handLoss, double dl4jLoss,
                                     List<Tensor> handParameters, List<Tensor> dl4jParameters,
                                     List<Tensor> handOutputs, List<Tensor> dl4jOutputs, Difference stepProof) {
        Difference difference = metric.at(step, StepRecord.compared(handLoss, handParameters, handOutputs),
                StepRecord.compared(dl4jLoss, dl4jParameters, dl4jOutputs));
        return new StepRecord(step, handLoss, dl4jLoss, Tensor.flat(handParameters), Tensor.flat(dl4jParameters),
                Tensor.flat(handOutputs), Tensor.flat(dl4jOutputs), difference, stepProof);
    }

    /**
     * Trains whichever engines are given: both in lock-step, or the one that is not null alone.
     *
     * @return the step proof and the trajectory over the run, or null when only one ran
     */
    public static Agreement runEither(Engine hand, Engine dl4j, int steps, DivergenceGuard guard,
                                      StepObserver observer) {
        if (hand != null && dl4j != null) {
            return run(hand, dl4j, steps, guard, observer).agreement();
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
            guard.check(k, engine.step(k));
            if (guard.active()) {
                guard.checkParameters(k + 1, engine.parameterValues());
            }
            observer.stepDone(k + 1, steps);
        }
        double loss = engine.loss();
        guard.check(steps, loss);
        return loss;
    }
}
