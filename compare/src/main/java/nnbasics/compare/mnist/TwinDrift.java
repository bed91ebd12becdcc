package nnbasics.compare.mnist;

import nnbasics.compare.RelativeDifference;

/**
 * How far apart the two engines are at one step: the largest relative difference over every weight, every bias
 * and the batch loss, each parameter measured against the scale of its own tensor.
 *
 * <pre>
 * d(W) = max_i |W_hand,i − W_dl4j,i| / max_i max(|W_hand,i|, |W_dl4j,i|)     (normwise, ∞-norm)
 * d(b) likewise over b;  d(L) = |L_hand − L_dl4j| / max(L_hand, L_dl4j)
 * </pre>
 *
 * <p>Why the tensor's scale and not each weight's own ({@link RelativeDifference#of(double, double, double)} with
 * the value's running maximum, as {@code LockStep} does for the guide's few parameters): the rounding error of a
 * computed sum is relative to the size of its terms, not of its result. At the zero start p = 0.1 for every digit,
 * and for a pixel whose ink is shared evenly among the batch's digits dW = (1/B)·Σ x·(0.1 − y) cancels to about
 * 1e−20 — pure rounding noise, different in each engine, which per-weight would read as a relative difference of
 * order 1. Against the tensor's largest entry the same noise is what it is: a few ulps.
 */
final class TwinDrift {

    private TwinDrift() {
    }

    /** @return the largest relative difference at this step, over W, b and the loss */
    static double of(double[] handWeights, double[] dl4jWeights, double[] handBias, double[] dl4jBias,
                     double handLoss, double dl4jLoss) {
        double worst = RelativeDifference.of(handLoss, dl4jLoss);
        worst = Math.max(worst, normwise(handWeights, dl4jWeights));
        worst = Math.max(worst, normwise(handBias, dl4jBias));
        return worst;
    }

    /** max_i |a_i − b_i| / max_i max(|a_i|, |b_i|), through {@link RelativeDifference#of(double, double, double)}. */
    static double normwise(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("cannot compare " + a.length + " parameters with " + b.length);
        }
        double scale = 0.0;
        for (int i = 0; i < a.length; i++) {
            scale = Math.max(scale, Math.max(Math.abs(a[i]), Math.abs(b[i])));
        }
        double worst = 0.0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, RelativeDifference.of(a[i], b[i], scale));
        }
        return worst;
    }
}
