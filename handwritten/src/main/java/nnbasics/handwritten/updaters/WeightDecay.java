package nnbasics.handwritten.updaters;

/**
 * Weight decay as DL4J's {@code weightDecay(c)} ({@code WeightDecay}, applyLR true, its default): c·η·θ added to
 * the update after the updater, so the parameters shrink by the factor (1 − c·η) each step whatever the updater
 * does with g (Loshchilov and Hutter's decoupled weight decay; with Adam, AdamW).
 *
 * <pre>
 * u_i ← (c·η)·θ_i + u_i          after the updater; η the updater's rate (Adam's η, not α_t)
 * </pre>
 *
 * The penalty DL4J adds to the score is ½·c·‖θ‖², the L2 penalty whose gradient step with SGD this is.
 */
public final class WeightDecay implements Regularisation {

    private final double coefficient;

    /** @param coefficient c */
    public WeightDecay(double coefficient) {
        this.coefficient = coefficient;
    }

    @Override
    public When when() {
        return When.AFTER_UPDATER;
    }

    @Override
    public void apply(double[] params, double[] update, double learningRate) {
        double scale = coefficient * learningRate;                     // c·η, once, as DL4J
        for (int i = 0; i < params.length; i++) {
            update[i] = scale * params[i] + update[i];                 // u ← (c·η)·θ + u
        }
    }

    @Override
    public double penalty(double[] params) {
        double sumOfSquares = 0;
        for (double theta : params) {
            sumOfSquares += theta * theta;
        }
        return 0.5 * coefficient * sumOfSquares;                       // ½·c·‖θ‖²
    }
}
