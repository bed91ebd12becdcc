package nnbasics.compare;

import java.util.Arrays;

/**
 * Records a lock-step run for pictures and reports: per step, each engine's loss, the twin difference
 * ({@link TwinDifference}) between the engines, and the hand-written engine's parameters.
 */
public final class Trace implements StepObserver {

    private double[] handLoss = new double[16];
    private double[] dl4jLoss = new double[16];
    private double[] difference = new double[16];
    private Difference worst = Difference.NONE;
    private double[][] handParameters = new double[16][];
    private int size;

    @Override
    public void observe(StepRecord record) {
        if (size == handLoss.length) {
            int capacity = size * 2;
            handLoss = Arrays.copyOf(handLoss, capacity);
            dl4jLoss = Arrays.copyOf(dl4jLoss, capacity);
            difference = Arrays.copyOf(difference, capacity);
            handParameters = Arrays.copyOf(handParameters, capacity);
        }
        handLoss[size] = record.handLoss();
        dl4jLoss[size] = record.dl4jLoss();
        difference[size] = record.maxRelativeDifference();
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

    /** The twin difference ({@link TwinDifference}) between the engines at each step. */
    public double[] difference() {
        return Arrays.copyOf(difference, size);
    }

    /** Parameter i of the hand-written engine at each step (e.g. the path of w or b). */
    public double[] handParameter(int i) {
        double[] path = new double[size];
        for (int k = 0; k < size; k++) {
            path[k] = handParameters[k][i];
        }
        return path;
    }

    /** The largest difference over the whole run, with its tensor and step. */
    public Difference worst() {
        return worst;
    }

    /** The value of {@link #worst()}. */
    public double maxDifference() {
        return worst.value();
    }
}
