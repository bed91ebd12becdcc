package nnbasics.handwritten.updaters;

import java.util.Arrays;
import java.util.Map;

/**
 * RMSProp as DL4J computes it ({@code RmsProp}; libnd4j's {@code rmsPropUpdater_}): a running average s of g².
 *
 * <pre>
 * s ← s·ρ + g²·(1 − ρ)           ρ the decay; s starts at ε, not 0 (DL4J's setStateViewArray)
 * u = η·g / (√s + ε)
 * </pre>
 *
 * The textbook starts s at 0; DL4J's start at ε changes the first steps by a relative ε/g²·ρ, nothing after
 * ρᵗ has forgotten it ({@code docs/derivations.md}, section 13).
 */
public final class RmsProp implements Updater {

    /** DL4J's {@code RmsProp.DEFAULT_RMSPROP_LEARNING_RATE}. */
    public static final double DEFAULT_LEARNING_RATE = 0.1;
    /** DL4J's {@code RmsProp.DEFAULT_RMSPROP_RMSDECAY}. */
    public static final double DEFAULT_DECAY = 0.95;
    /** DL4J's {@code RmsProp.DEFAULT_RMSPROP_EPSILON}. */
    public static final double DEFAULT_EPSILON = 1e-8;
    private static final String[] NAMES = {"s"};

    private final double learningRate;
    private final double decay;
    private final double epsilon;
    private final double[] average;
    private int iteration;

    /**
     * @param size         the number of parameters
     * @param learningRate η
     * @param decay        ρ
     * @param epsilon      ε, added to √s and the start of s
     */
    public RmsProp(int size, double learningRate, double decay, double epsilon) {
        this.learningRate = learningRate;
        this.decay = decay;
        this.epsilon = epsilon;
        this.average = new double[size];
        Arrays.fill(average, epsilon);                                 // s starts at ε
    }

    @Override
    public double[] update(double[] gradient) {
        Updater.checkLength(gradient, average.length, "the gradient");
        double[] u = new double[average.length];
        for (int i = 0; i < average.length; i++) {
            double g = gradient[i];
            average[i] = average[i] * decay + g * g * (1 - decay);     // s ← s·ρ + g²·(1 − ρ)
            u[i] = (learningRate * g) / (Math.sqrt(average[i]) + epsilon); // u = η·g / (√s + ε)
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
        return average.length;
    }

    @Override
    public int iteration() {
        return iteration;
    }

    @Override
    public Map<String, double[]> state() {
        return States.copyOut(NAMES, average);
    }

    @Override
    public void restore(int iteration, Map<String, double[]> state) {
        States.checkIteration(iteration);
        States.copyIn(state, NAMES, average);
        this.iteration = iteration;
    }
}
