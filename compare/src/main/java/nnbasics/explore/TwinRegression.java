package nnbasics.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.LockStep;
import nnbasics.compare.StepRecord;
import nnbasics.compare.TwinMetrics;
import nnbasics.compare.regression.Dl4jRegressionEngine;
import nnbasics.compare.regression.RegressionTwins;
import nnbasics.compare.regression.HandRegressionEngine;
import nnbasics.handwritten.regression.LearningRates;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.MeanSquaredError;
import nnbasics.handwritten.regression.RegressionData;

/**
 * The gradient-descent panels' shared state (guide sections 4 and 5): a linear model on dials, and both engines
 * trained in lock-step from wherever the dials are. The hand-written engine drives the dials; DL4J's parameters
 * are reported beside them.
 *
 * <p>Moving a dial sets the parameters and drops the engines; the next step makes both afresh from the dials
 * (so a drag costs no DL4J work). Every update appends the hand-written engine's MSE after it to the error log and
 * raises the largest relative difference between the engines seen so far (over the loss and every parameter, see
 * {@link StepRecord}).
 */
public final class TwinRegression {

    private final RegressionData data;
    private final LearningRates rates;
    private final double[] start;
    private double[] parameters;
    private HandRegressionEngine hand;
    private Dl4jRegressionEngine dl4j;
    /** The twin difference since the engines were made (from the dials), kept across button presses. */
    private TwinMetrics metric;
    private final List<Double> errorLog = new ArrayList<>();
    private double largestDifference;
    private int steps;

    /**
     * @param data  the houses
     * @param rates the learning rates on MSE (the guide's on ½·MSE through {@link LearningRates#fromHalfMse})
     * @param start {@code [w_1 … w_n, b]} where the dials start and where reset returns
     */
    public TwinRegression(RegressionData data, LearningRates rates, double[] start) {
        if (start.length != data.featureCount() + 1) {
            throw new IllegalArgumentException("start needs " + (data.featureCount() + 1) + " values, had "
                    + start.length);
        }
        this.data = data;
        this.rates = rates;
        this.start = start.clone();
        reset();
    }

    /** Back to the start: parameters, error log, difference and step count. */
    public void reset() {
        parameters = start.clone();
        hand = null;
        dl4j = null;
        errorLog.clear();
        errorLog.add(error());
        largestDifference = 0;
        steps = 0;
    }

    /** Sets parameter {@code index} (a dial moved); the engines restart from the dials at the next step. */
    public void set(int index, double value) {
        if (parameters[index] == value) {
            return;
        }
        parameters[index] = value;
        hand = null;
        dl4j = null;
    }

    /**
     * Runs {@code count} gradient-descent updates on both engines ({@link LockStep#run}).
     *
     * @param visited receives the hand-written parameters after each update
     */
    public void step(int count, Consumer<double[]> visited) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        if (hand == null) {
            int n = data.featureCount();
            RegressionTwins twins = RegressionTwins.of(data,
                    new LinearModel(Arrays.copyOf(parameters, n), parameters[n]), rates, false);
            hand = twins.hand().engine();
            dl4j = twins.dl4j().engine();
            metric = new TwinMetrics();
        }
        LockStep.run(hand, dl4j, count, DivergenceGuard.none(), metric, record -> {
            largestDifference = Math.max(largestDifference, record.stepProof().value());
            if (record.step() > 0) { // record k holds the loss after k updates; 0 is already in the log
                errorLog.add(record.handLoss());
                visited.accept(record.handParameters());
            }
        });
        parameters = hand.parameterValues();
        steps += count;
    }

    /** {@code [w_1 … w_n, b]} as the dials show them: the hand-written engine's. */
    public double[] parameters() {
        return parameters.clone();
    }

    /** DL4J's parameters after the last step, or the dials' when no step has run since they moved. */
    public double[] dl4jParameters() {
        return dl4j == null ? parameters.clone() : dl4j.parameterValues();
    }

    /** The MSE at the dials. */
    public double error() {
        int n = data.featureCount();
        return MeanSquaredError.loss(new LinearModel(Arrays.copyOf(parameters, n), parameters[n]), data);
    }

    /** The MSE after every update since the reset, the start first. */
    public double[] errorLog() {
        return errorLog.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The step proof's largest difference over every update since the reset (0 before any): each update of the
     * hand-written engine from DL4J's state against DL4J's.
     */
    public double largestDifference() {
        return largestDifference;
    }

    /** Updates since the reset. */
    public int steps() {
        return steps;
    }

    public RegressionData data() {
        return data;
    }
}
