package nnbasics.compare;

/** Receives every {@link StepRecord} of a lock-step run, in order (a chart, a test, a progress bar). */
@FunctionalInterface
public interface StepObserver {

    /** Does nothing. */
    StepObserver NONE = record -> { };

    void observe(StepRecord record);

    /**
     * Called after update k of a run, with one engine or two (a progress bar needs no more); does nothing by default.
     *
     * @param step  the number of updates made so far
     * @param steps the number of updates the run will make
     */
    default void stepDone(int step, int steps) {
    }
}
