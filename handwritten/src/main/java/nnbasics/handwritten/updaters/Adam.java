package nnbasics.handwritten.updaters;

import java.util.Map;

/**
 * Adam as DL4J computes it ({@code Adam}; libnd4j's {@code adamUpdater_}): running averages m of g and v of g²,
 * both starting at 0. Step t + 1 (t = {@link #iteration()}, 0 at the first):
 *
 * <pre>
 * α_t = η·√(1 − β₂^(t+1)) / (1 − β₁^(t+1))   the bias corrections folded into the rate
 * m  ← β₁·m + g·(1 − β₁)
 * v  ← β₂·v + g·g·(1 − β₂)
 * u  = m·α_t / (√v + ε)                     ε on the uncorrected √v
 * </pre>
 *
 * Kingma and Ba's algorithm divides m̂ = m/(1 − β₁ᵗ) by √v̂ + ε with v̂ = v/(1 − β₂ᵗ) ({@link TextbookAdam}).
 * Multiplying top and bottom by √(1 − β₂ᵗ) gives this form with ε·√(1 − β₂ᵗ) in place of ε: the two agree when
 * ε ≪ √v and part when g is as small as ε, early on most (√(1 − β₂) ≈ 0.032 at t = 1). Their paper gives this
 * form too, as the faster one ({@code docs/derivations.md}, section 14).
 */
public final class Adam implements Updater {

    /** DL4J's {@code Adam.DEFAULT_ADAM_LEARNING_RATE}. */
    public static final double DEFAULT_LEARNING_RATE = 1e-3;
    /** DL4J's {@code Adam.DEFAULT_ADAM_BETA1_MEAN_DECAY}. */
    public static final double DEFAULT_BETA1 = 0.9;
    /** DL4J's {@code Adam.DEFAULT_ADAM_BETA2_VAR_DECAY}. */
    public static final double DEFAULT_BETA2 = 0.999;
    /** DL4J's {@code Adam.DEFAULT_ADAM_EPSILON}. */
    public static final double DEFAULT_EPSILON = 1e-8;
    private static final String[] NAMES = {"m", "v"};

    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double[] m;
    private final double[] v;
    private int iteration;

    /**
     * @param size         the number of parameters
     * @param learningRate η
     * @param beta1        β₁, the decay of m
     * @param beta2        β₂, the decay of v
     * @param epsilon      ε, added to √v
     */
    public Adam(int size, double learningRate, double beta1, double beta2, double epsilon) {
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.m = new double[size];                                     // m starts at 0
        this.v = new double[size];                                     // v starts at 0
    }

    /**
     * @param iteration t, 0 at the first step
     * @return α_t = η·√(1 − β₂^(t+1)) / (1 − β₁^(t+1)); DL4J replaces a NaN, 0 or infinite α_t by ε
     */
    public double rate(int iteration) {
        double beta1T = Math.pow(beta1, iteration + 1);                // β₁^(t+1)
        double beta2T = Math.pow(beta2, iteration + 1);                // β₂^(t+1)
        double alpha = learningRate * Math.sqrt(1.0 - beta2T) / (1.0 - beta1T); // α_t
        if (Double.isNaN(alpha) || alpha == 0 || Double.isInfinite(alpha)) {
            alpha = epsilon;                                           // libnd4j's guard, kept for the same bits
        }
        return alpha;
    }

    @Override
    public double[] update(double[] gradient) {
        Updater.checkLength(gradient, m.length, "the gradient");
        double alpha = rate(iteration);
        double[] u = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            double g = gradient[i];
            m[i] = beta1 * m[i] + g * (1 - beta1);                     // m ← β₁·m + g·(1 − β₁)
            v[i] = beta2 * v[i] + g * g * (1 - beta2);                 // v ← β₂·v + g·g·(1 − β₂)
            u[i] = (m[i] * alpha) / (Math.sqrt(v[i]) + epsilon);       // u = m·α_t / (√v + ε)
        }
        iteration++;
        return u;
    }

    /** @return a copy of m, the running average of g */
    public double[] m() {
        return m.clone();
    }

    /** @return a copy of v, the running average of g² */
    public double[] v() {
        return v.clone();
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public int size() {
        return m.length;
    }

    @Override
    public int iteration() {
        return iteration;
    }

    @Override
    public Map<String, double[]> state() {
        return States.copyOut(NAMES, m, v);
    }

    @Override
    public void restore(int iteration, Map<String, double[]> state) {
        States.checkIteration(iteration);
        States.copyIn(state, NAMES, m, v);
        this.iteration = iteration;
    }
}
