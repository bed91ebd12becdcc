package nnbasics.compare;

/**
 * The outcome of a lock-step run.
 *
 * @param steps      the number of updates each engine made
 * @param difference the largest {@link TwinDifference} seen at any step, with its tensor and step
 * @param last       both engines after the last update
 */
public record LockStepResult(int steps, Difference difference, StepRecord last) {

    /** The value of {@link #difference()}. */
    public double maxRelativeDifference() {
        return difference.value();
    }
}
