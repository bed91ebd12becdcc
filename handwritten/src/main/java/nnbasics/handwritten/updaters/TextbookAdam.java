package nnbasics.handwritten.updaters;

import java.util.Map;

/**
 * Adam as Kingma and Ba's Algorithm 1 writes it (arXiv:1412.6980), the form most texts copy; m and v start at 0.
 * Step t (1 at the first; {@link #iteration()} + 1):
 *
 * <pre>
 * m  ← β₁·m + (1 − β₁)·g
 * v  ← β₂·v + (1 − β₂)·g²
 * m̂ = m / (1 − β₁ᵗ)             the bias corrections, on the averages
 * v̂ = v / (1 − β₂ᵗ)
 * u  = η·m̂ / (√v̂ + ε)          ε on the corrected √v̂
 * </pre>
 *
 * Not DL4J's form ({@link Adam} puts ε on the uncorrected √v): kept to measure how far the two go apart
 * ({@code docs/derivations.md}, section 14). The state is the same m and v.
 */
public final class TextbookAdam implements Updater {

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
     * @param beta1        β₁
     * @param beta2        β₂
     * @param epsilon      ε, added to √v̂
     */
    public TextbookAdam(int size, double learningRate, double beta1, double beta2, double epsilon) {
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.m = new double[size];
        this.v = new double[size];
    }

    @Override
    public double[] update(double[] gradient) {
        Updater.checkLength(gradient, m.length, "the gradient");
        int t = iteration + 1;
        double correction1 = 1 - Math.pow(beta1, t);                   // 1 − β₁ᵗ
        double correction2 = 1 - Math.pow(beta2, t);                   // 1 − β₂ᵗ
        double[] u = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            double g = gradient[i];
            m[i] = beta1 * m[i] + (1 - beta1) * g;                     // m ← β₁·m + (1 − β₁)·g
            v[i] = beta2 * v[i] + (1 - beta2) * g * g;                 // v ← β₂·v + (1 − β₂)·g²
            double mHat = m[i] / correction1;                          // m̂ = m / (1 − β₁ᵗ)
            double vHat = v[i] / correction2;                          // v̂ = v / (1 − β₂ᵗ)
            u[i] = learningRate * mHat / (Math.sqrt(vHat) + epsilon);  // u = η·m̂ / (√v̂ + ε)
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
