package nnbasics.handwritten.updaters;

/**
 * L2 regularisation as DL4J's {@code l2(c)} ({@code L2Regularization}): the penalty ½·c·‖θ‖², its gradient c·θ added
 * to g before the updater, with no learning-rate factor (the updater applies its own).
 *
 * <pre>
 * penalty = ½·c·Σ θ_i²
 * g_i ← c·θ_i + g_i              before the updater
 * </pre>
 *
 * With SGD this is u = η·(g + c·θ), the same as {@link WeightDecay} with the same c; with an adaptive updater the
 * c·θ is rescaled with g (and enters m and v), which weight decay's is not ({@code docs/derivations.md},
 * section 15). DL4J's {@code l2} covers the weights only; {@code l2Bias} the biases: one {@code L2} per group here.
 */
public final class L2 implements Regularisation {

    private final double coefficient;

    /** @param coefficient c */
    public L2(double coefficient) {
        this.coefficient = coefficient;
    }

    @Override
    public When when() {
        return When.BEFORE_UPDATER;
    }

    @Override
    public void apply(double[] params, double[] gradient, double learningRate) {
        for (int i = 0; i < params.length; i++) {
            gradient[i] = coefficient * params[i] + gradient[i];       // g ← c·θ + g
        }
    }

    @Override
    public double penalty(double[] params) {
        double sumOfSquares = 0;
        for (double theta : params) {
            sumOfSquares += theta * theta;                             // Σ θ_i²
        }
        return 0.5 * coefficient * sumOfSquares;                       // ½·c·‖θ‖²
    }
}
