package nnbasics.handwritten.updaters;

import java.util.List;

/**
 * One step for one group of parameters (a layer's weights, or its biases), in the order DL4J's {@code
 * UpdaterBlock} takes it once the gradient is the batch mean:
 *
 * <pre>
 * g ← g + Σ before-updater terms      L2: c·θ, L1: c·sign(θ)
 * u = updater(g)                      Sgd, Nesterovs, RmsProp, AdaGrad, Adam
 * u ← u + Σ after-updater terms       weight decay: c·η·θ
 * θ ← θ − u
 * </pre>
 *
 * DL4J sets regularisation per parameter: {@code l1}, {@code l2}, {@code weightDecay} reach the weights only,
 * {@code l1Bias}, {@code l2Bias}, {@code weightDecayBias} the biases; so a layer takes two steps here, one per
 * group, each with its own list.
 */
public final class Step {

    private final Updater updater;
    private final List<Regularisation> regularisations;

    /**
     * @param updater         the rule, sized for this group
     * @param regularisations applied in list order within their {@link Regularisation.When}; may be empty
     */
    public Step(Updater updater, List<Regularisation> regularisations) {
        this.updater = updater;
        this.regularisations = List.copyOf(regularisations);
    }

    /** @return the updater, whose state this step advances */
    public Updater updater() {
        return updater;
    }

    /**
     * Takes the step.
     *
     * @param params   θ, changed in place
     * @param gradient ∂L/∂θ, the mean over the batch (not modified)
     * @return u, what was subtracted
     */
    public double[] take(double[] params, double[] gradient) {
        Updater.checkLength(params, updater.size(), "the parameters");
        double[] g = gradient.clone();
        for (Regularisation r : regularisations) {
            if (r.when() == Regularisation.When.BEFORE_UPDATER) {
                r.apply(params, g, updater.learningRate());            // g ← g + c·θ (L2), c·sign(θ) (L1)
            }
        }
        double[] u = updater.update(g);                                // u = updater(g)
        for (Regularisation r : regularisations) {
            if (r.when() == Regularisation.When.AFTER_UPDATER) {
                r.apply(params, u, updater.learningRate());            // u ← u + c·η·θ (weight decay)
            }
        }
        for (int i = 0; i < params.length; i++) {
            params[i] -= u[i];                                         // θ ← θ − u
        }
        return u;
    }

    /**
     * @param params θ
     * @return Σ of the regularisers' penalties at θ, what DL4J adds to the score
     */
    public double penalty(double[] params) {
        double sum = 0;
        for (Regularisation r : regularisations) {
            sum += r.penalty(params);
        }
        return sum;
    }
}
