package nnbasics.guide;

import nnbasics.compare.Difference;
import nnbasics.compare.Trace;

/**
 * A lock-step run of the guide: what both engines did at every step, and where they ended.
 *
 * @param trace           losses, the trajectory's and the step proof's differences, and parameters per step
 * @param closedForm      the least-squares parameters {@code [w…, b]} (regression) or null
 * @param hand            the hand-written engine's final parameters
 * @param dl4j            the DL4J engine's final parameters
 * @param stepBound       the step proof's bound, {@code Tolerances.step(longest sum of one update)}
 * @param trajectoryBound the trajectory's documented bound, or null where it has none
 */
public record TwinRun(Trace trace, double[] closedForm, double[] hand, double[] dl4j, double stepBound,
                      Double trajectoryBound) {

    public int steps() {
        return trace.size() - 1;
    }

    /** The trajectories' largest difference, with its tensor and step. */
    public Difference difference() {
        return trace.worst();
    }

    /** The step proof's largest difference, with its tensor and update. */
    public Difference stepProof() {
        return trace.stepWorst();
    }

    /** The run's proof, without a control (the convex models: their trajectory needs none). */
    public TwinProof proof() {
        return new TwinProof(stepProof(), stepBound, difference(), trajectoryBound, null);
    }
}
