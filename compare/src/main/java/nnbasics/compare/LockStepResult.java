package nnbasics.compare;

/**
 * The outcome of a lock-step run.
 *
 * @param steps                 the number of updates each engine made
 * @param maxRelativeDifference the largest relative difference seen at any step, over the loss and every parameter
 * @param worstStep             the step at which it was seen
 * @param last                  both engines after the last update
 */
public record LockStepResult(int steps, double maxRelativeDifference, int worstStep, StepRecord last) {
}
