package nnbasics.guide;

import java.util.concurrent.atomic.AtomicInteger;
import nnbasics.compare.StepObserver;
import nnbasics.compare.StepRecord;

/**
 * The guide's lock-step updates counted over all its runs together, whatever thread each run is on: each run's
 * observer records into the run's own trace and adds its updates to one count, which {@link Listener} hears as
 * (done, total).
 */
public final class Progress {

    /** Hears the count after every update of any run; may be called from several threads at once. */
    @FunctionalInterface
    public interface Listener {

        /** Hears nothing. */
        Listener NONE = (done, total) -> { };

        void at(int done, int total);
    }

    /** Counts nothing: each run records into its trace alone. */
    public static final Progress NONE = new Progress(0, Listener.NONE);

    private final AtomicInteger done = new AtomicInteger();
    private final int total;
    private final Listener listener;

    public Progress(int total, Listener listener) {
        this.total = total;
        this.listener = listener;
    }

    /** An observer that records into {@code trace} and counts each update. */
    public StepObserver counting(StepObserver trace) {
        if (listener == Listener.NONE) {
            return trace;
        }
        return new StepObserver() {
            @Override
            public void observe(StepRecord record) {
                trace.observe(record);
            }

            @Override
            public void stepDone(int step, int steps) {
                trace.stepDone(step, steps);
                listener.at(done.incrementAndGet(), total);
            }
        };
    }
}
