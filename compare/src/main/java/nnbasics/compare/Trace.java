package nnbasics.compare;

import java.util.Arrays;

/**
 * Records a lock-step run for pictures and reports: per step, each engine's loss, the twin difference
 * ({@link TwinDifference}) between the free-running engines, the step proof of the update from there, and the
 * hand-written engine's parameters.
 */
public final class Trace implements StepObserver {

    private double[] handLoss = new double[16];
    private double[] dl4jLoss = new double[16];
    private double[] difference = new double[16];
    private double[] stepProof = new double[16];
    private Difference worst = Difference.NONE;
    private Difference stepWorst = Difference.NONE;
    private double[][] handParameters = new double[16][];
    private int size;

    @Override
    public void observe(StepRecord record) {
        if (size == handLoss.length) {
            int capacity = size * 2;
            handLoss = Arrays.copyOf(handLoss, capacity);
            dl4jLoss = Arrays.copyOf(dl4jLoss, capacity);
            difference = Arrays.copyOf(difference, capacity);
            stepProof = Arrays.copyOf(stepProof, capacity);
            handParameters = Arrays.copyOf(handParameters, capacity);
        }
        handLoss[size] = record.handLoss();
        dl4jLoss[size] = record.dl4jLoss();
        difference[size] = record.maxRelativeDifference();
        stepProof[size] = record.stepProof().step() < 0 ? Double.NaN : record.stepProof().value();
        stepWorst = stepWorst.max(record.stepProof());
        worst = worst.max(record.difference());
        handParameters[size] = record.handParameters();
        size++;
    }

    /** The number of records: steps + 1. */
    public int size() {
        return size;
    }

    public double[] handLoss() {
        return Arrays.copyOf(handLoss, size);
    }

    public double[] dl4jLoss() {
        return Arrays.copyOf(dl4jLoss, size);
    }

    /** The trajectories' twin difference ({@link TwinDifference}) between the engines at each step. */
    public double[] difference() {
        return Arrays.copyOf(difference, size);
    }

    /**
     * The step proof of the update taken from each record's state (record k: update k + 1); NaN for the last record,
     * which has none.
     */
    public double[] stepProof() {
        return Arrays.copyOf(stepProof, size);
    }

    /** The step proof's largest difference over the run, with its tensor and update. */
    public Difference stepWorst() {
        return stepWorst;
    }

    /** Parameter i of the hand-written engine at each step (e.g. the path of w or b). */
    public double[] handParameter(int i) {
        double[] path = new double[size];
        for (int k = 0; k < size; k++) {
            path[k] = handParameters[k][i];
        }
        return path;
    }

    /** The trajectories' largest difference over the whole run, with its tensor and step. */
    public Difference worst() {
        return worst;
    }

    /** The value of {@link #worst()}. */
    public double maxDifference() {
        return worst.value();
    }
}
