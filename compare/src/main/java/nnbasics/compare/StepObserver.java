package nnbasics.compare;

/** Receives every {@link StepRecord} of a lock-step run, in order (a chart, a test, a progress bar). */
@FunctionalInterface
public interface StepObserver {

    /** Does nothing. */
    StepObserver NONE = record -> { };

    void observe(StepRecord record);
}
