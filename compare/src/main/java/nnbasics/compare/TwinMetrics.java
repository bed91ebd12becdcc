package nnbasics.compare;

/**
 * The two {@link TwinDifference} metrics that follow one lock-step run: the step proof's and the trajectory's. The
 * explore window keeps one across its buttons, so that scales and the worst so far carry over. Not thread-safe.
 */
public final class TwinMetrics {

    private final TwinDifference step = new TwinDifference();
    private final TwinDifference trajectory = new TwinDifference();

    /** The step proof's metric: each update of both engines from DL4J's state. */
    public TwinDifference step() {
        return step;
    }

    /** The trajectory's metric: both engines running free. */
    public TwinDifference trajectory() {
        return trajectory;
    }

    /** The worst of each so far. */
    public Agreement agreement() {
        return new Agreement(step.worst(), trajectory.worst());
    }
}
