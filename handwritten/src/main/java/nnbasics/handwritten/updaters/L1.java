package nnbasics.handwritten.updaters;

/**
 * L1 regularisation as DL4J's {@code l1(c)} ({@code L1Regularization}): the penalty c·Σ|θ|, its (sub)gradient
 * c·sign(θ) added to g before the updater, with sign(0) = 0.
 *
 * <pre>
 * penalty = c·Σ |θ_i|
 * g_i ← c·sign(θ_i) + g_i        before the updater
 * </pre>
 */
public final class L1 implements Regularisation {

    private final double coefficient;

    /** @param coefficient c */
    public L1(double coefficient) {
        this.coefficient = coefficient;
    }

    @Override
    public When when() {
        return When.BEFORE_UPDATER;
    }

    @Override
    public void apply(double[] params, double[] gradient, double learningRate) {
        for (int i = 0; i < params.length; i++) {
            gradient[i] = coefficient * Math.signum(params[i]) + gradient[i]; // g ← c·sign(θ) + g
        }
    }

    @Override
    public double penalty(double[] params) {
        double sum = 0;
        for (double theta : params) {
            sum += Math.abs(theta);                                    // Σ |θ_i|
        }
        return coefficient * sum;                                      // c·Σ|θ|
    }
}
