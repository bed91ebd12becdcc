package nnbasics.compare;

import java.util.Arrays;

/**
 * Records a lock-step run for pictures and reports: per step, each engine's loss, the relative difference between
 * the engines, and both engines' parameters.
 */
public final class Trace implements StepObserver {

    private double[] handLoss = new double[16];
    private double[] dl4jLoss = new double[16];
    private double[] difference = new double[16];
    private double[][] handParameters = new double[16][];
    private double[][] dl4jParameters = new double[16][];
    private int size;

    @Override
    public void observe(StepRecord record) {
        if (size == handLoss.length) {
            int capacity = size * 2;
            handLoss = Arrays.copyOf(handLoss, capacity);
            dl4jLoss = Arrays.copyOf(dl4jLoss, capacity);
            difference = Arrays.copyOf(difference, capacity);
            handParameters = Arrays.copyOf(handParameters, capacity);
            dl4jParameters = Arrays.copyOf(dl4jParameters, capacity);
        }
        handLoss[size] = record.handLoss();
        dl4jLoss[size] = record.dl4jLoss();
        difference[size] = record.maxRelativeDifference();
        handParameters[size] = record.handParameters();
        dl4jParameters[size] = record.dl4jParameters();
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

    /** The largest relative difference between the engines at each step. */
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

    /** Parameter i of the DL4J engine at each step. */
    public double[] dl4jParameter(int i) {
        double[] path = new double[size];
        for (int k = 0; k < size; k++) {
            path[k] = dl4jParameters[k][i];
        }
        return path;
    }

    /** The largest relative difference over the whole run. */
    public double maxDifference() {
        double max = 0.0;
        for (int k = 0; k < size; k++) {
            max = Math.max(max, difference[k]);
        }
        return max;
    }
}
