package nnbasics.handwritten.updaters;

/**
 * A penalty on the parameters, applied as DL4J applies its {@code Regularization}s: to the gradient before the
 * updater ({@link When#BEFORE_UPDATER}: {@link L2}, {@link L1}) or to the update after it ({@link
 * When#AFTER_UPDATER}: {@link WeightDecay}). {@link Step} takes them in that order.
 */
public interface Regularisation {

    /** Where in the step the regulariser acts, DL4J's {@code Regularization.ApplyStep}. */
    enum When {
        /** g ← g + ∂penalty/∂θ, then the updater sees the sum. */
        BEFORE_UPDATER,
        /** u ← u + (its term), after the updater: no updater state ever sees it. */
        AFTER_UPDATER
    }

    /** @return where in the step this acts */
    When when();

    /**
     * Adds this regulariser's term to the gradient (before the updater) or to the update (after it).
     *
     * @param params       θ, not modified
     * @param target       g or u, changed in place
     * @param learningRate η of the updater (DL4J's {@code getLearningRate}), used by weight decay only
     */
    void apply(double[] params, double[] target, double learningRate);

    /**
     * @param params θ
     * @return the penalty this regulariser adds to the score
     */
    double penalty(double[] params);
}
