package nnbasics.handwritten.updaters;

import java.util.Arrays;
import java.util.Map;

/**
 * AdaGrad as DL4J computes it ({@code AdaGrad}; libnd4j's {@code adaGradUpdater_}): the history h of every g².
 *
 * <pre>
 * h ← h + g²                     h starts at 1e-6 whatever ε is set (DL4J's setStateViewArray reads its own
 *                                field, AdaGrad.DEFAULT_ADAGRAD_EPSILON, not the configured ε)
 * u = η·g / (√h + ε)
 * </pre>
 */
public final class AdaGrad implements Updater {

    /** DL4J's {@code AdaGrad.DEFAULT_ADAGRAD_LEARNING_RATE}. */
    public static final double DEFAULT_LEARNING_RATE = 0.1;
    /** DL4J's {@code AdaGrad.DEFAULT_ADAGRAD_EPSILON}. */
    public static final double DEFAULT_EPSILON = 1e-6;
    /** Where DL4J starts h, whatever ε is configured: its default ε. */
    public static final double INITIAL_HISTORY = 1e-6;
    private static final String[] NAMES = {"h"};

    private final double learningRate;
    private final double epsilon;
    private final double[] history;
    private int iteration;

    /**
     * @param size         the number of parameters
     * @param learningRate η
     * @param epsilon      ε, added to √h
     */
    public AdaGrad(int size, double learningRate, double epsilon) {
        this.learningRate = learningRate;
        this.epsilon = epsilon;
        this.history = new double[size];
        Arrays.fill(history, INITIAL_HISTORY);                         // h starts at 1e-6
    }

    @Override
    public double[] update(double[] gradient) {
        Updater.checkLength(gradient, history.length, "the gradient");
        double[] u = new double[history.length];
        for (int i = 0; i < history.length; i++) {
            double g = gradient[i];
            history[i] = history[i] + g * g;                           // h ← h + g²
            u[i] = (learningRate * g) / (Math.sqrt(history[i]) + epsilon); // u = η·g / (√h + ε)
        }
        iteration++;
        return u;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public int size() {
        return history.length;
    }

    @Override
    public int iteration() {
        return iteration;
    }

    @Override
    public Map<String, double[]> state() {
        return States.copyOut(NAMES, history);
    }

    @Override
    public void restore(int iteration, Map<String, double[]> state) {
        States.checkIteration(iteration);
        States.copyIn(state, NAMES, history);
        this.iteration = iteration;
    }
}
