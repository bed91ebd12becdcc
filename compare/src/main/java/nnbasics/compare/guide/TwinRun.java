package nnbasics.compare.guide;

import nnbasics.compare.Difference;
import nnbasics.compare.Trace;

/**
 * A lock-step run of the guide: what both engines did at every step, and where they ended.
 *
 * @param trace      losses, differences and parameters per step
 * @param closedForm the least-squares parameters {@code [w…, b]} (regression) or null
 * @param hand       the hand-written engine's final parameters
 * @param dl4j       the DL4J engine's final parameters
 */
public record TwinRun(Trace trace, double[] closedForm, double[] hand, double[] dl4j) {

    public int steps() {
        return trace.size() - 1;
    }

    /** The largest twin difference of the run, with its tensor and step. */
    public Difference difference() {
        return trace.worst();
    }
}
