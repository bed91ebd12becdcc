package nnbasics.handwritten.updaters;

import java.util.Map;

/**
 * Momentum in DL4J's Nesterov form ({@code Nesterovs}; libnd4j's {@code nesterovsUpdater_}), a velocity v that
 * starts at 0. Each step, in this order (the same three roundings as DL4J's):
 *
 * <pre>
 * v_prev' = μ·v                  the old velocity, decayed
 * v       = v_prev' − η·g        the new velocity
 * u       = v_prev' + (−μ − 1)·v  what θ ← θ − u subtracts
 * </pre>
 *
 * That is u = μ·v_old − (1 + μ)·v_new: cs231n's Nesterov step θ += −μ·v_old + (1 + μ)·v_new with the sign flipped
 * for DL4J's θ ← θ − u. Expanding v_new, u = (1 + μ)·η·g − μ²·v_old: the gradient at θ counts (1 + μ) times, the
 * velocity's look-ahead. Derived in {@code docs/derivations.md}, section 12.
 */
public final class Nesterovs implements Updater {

    /** DL4J's {@code Nesterovs.DEFAULT_NESTEROV_LEARNING_RATE}. */
    public static final double DEFAULT_LEARNING_RATE = 0.1;
    /** DL4J's {@code Nesterovs.DEFAULT_NESTEROV_MOMENTUM}. */
    public static final double DEFAULT_MOMENTUM = 0.9;
    private static final String[] NAMES = {"v"};

    private final double learningRate;
    private final double momentum;
    private final double[] velocity;
    private int iteration;

    /**
     * @param size         the number of parameters
     * @param learningRate η
     * @param momentum     μ
     */
    public Nesterovs(int size, double learningRate, double momentum) {
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.velocity = new double[size];                              // v starts at 0
    }

    @Override
    public double[] update(double[] gradient) {
        Updater.checkLength(gradient, velocity.length, "the gradient");
        double[] u = new double[velocity.length];
        double momentumT = -momentum - 1;                              // −μ − 1, once, as libnd4j
        for (int i = 0; i < velocity.length; i++) {
            double previous = momentum * velocity[i];                  // v_prev' = μ·v
            velocity[i] = previous - learningRate * gradient[i];       // v = v_prev' − η·g
            u[i] = previous + momentumT * velocity[i];                 // u = v_prev' + (−μ − 1)·v
        }
        iteration++;
        return u;
    }

    /** @return a copy of v */
    public double[] velocity() {
        return velocity.clone();
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public int size() {
        return velocity.length;
    }

    @Override
    public int iteration() {
        return iteration;
    }

    @Override
    public Map<String, double[]> state() {
        return States.copyOut(NAMES, velocity);
    }

    @Override
    public void restore(int iteration, Map<String, double[]> state) {
        States.checkIteration(iteration);
        States.copyIn(state, NAMES, velocity);
        this.iteration = iteration;
    }
}
