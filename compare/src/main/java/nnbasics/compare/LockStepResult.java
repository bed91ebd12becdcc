package nnbasics.compare;

/**
 * The outcome of a lock-step run.
 *
 * @param steps     the number of updates each engine made
 * @param agreement the step proof's and the trajectory's largest {@link TwinDifference}, each with its tensor and
 *                  step
 * @param last      both engines after the last update
 */
public record LockStepResult(int steps, Agreement agreement, StepRecord last) {

    /** The step proof's largest difference: what decides whether the engines agree. */
    public Difference stepProof() {
        return agreement.step();
    }

    /** The free-running trajectories' largest difference: what the training problem did with rounding. */
    public Difference trajectory() {
        return agreement.trajectory();
    }
}
