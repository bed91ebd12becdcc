package nnbasics.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one difference metric of every twin comparison in the project (the guide's houses, {@code fit},
 * {@code classify}, MNIST, the explore window): per tensor T (a weight matrix, a bias vector, the probability
 * matrix, the loss), at step k,
 *
 * <pre>
 *   d_k(T) = max_i |T_hand,i(k) − T_dl4j,i(k)| / s_k(G)          G = T's scale group (a layer's W and b, or T alone)
 *   s_k(G) = max over steps j ≤ k, tensors U in G, entries i of max(|U_hand,i(j)|, |U_dl4j,i(j)|)
 *   d_k    = max over the tensors of d_k(T);   the run's difference is the largest d_k, with its tensor and step
 * </pre>
 *
 * <p>The denominator is the scale: the largest entry (over both engines) of the tensor's group so far in the run.
 * Why this is well posed, and what a value means, is derived in {@code docs/twin-difference.md}; in short:
 * <ul>
 *   <li>Per tensor, not per value: the rounding error of a computed entry is relative to the size of the terms it
 *       is computed from, which is the scale of its tensor, not its own size. An entry that cancels to about zero
 *       (a pixel's weight gradient, a weight that fits exactly 0) carries an absolute error of a few ulps of its
 *       tensor; divided by itself that would read as a relative difference of order 1.</li>
 *   <li>A layer's W and b together: b is the weight of a constant input 1, and [W; b] is updated by one product
 *       [x, 1]ᵀ·δ. A bias vector can be pure rounding noise for a whole step (on balanced classes from zero, the
 *       first gradient of b is (1/N) Σ (p − y) = 1/K − 1/K = 0), where its own scale would be noise too.</li>
 *   <li>So far in the run, not only at this step: a tensor of one entry that passes through zero (the bias of the
 *       guide's section 5 is 0.07 near step 438, after having been 200) carries the rounding of its past values.
 *       For the loss, which gradient descent lowers, the scale is its value at the start: the loss of the zero
 *       model when training starts from zero, the problem's own scale, not the (maybe 1e−30) loss of an exact
 *       fit.</li>
 *   <li>0 when both engines hold the same numbers (also both zero, as at a zero start); infinite when exactly one
 *       value is not finite, or both are but differ (NaN).</li>
 * </ul>
 *
 * <p>One instance follows one run: it remembers each tensor's scale. Not thread-safe.
 */
public final class TwinDifference {

    private final Map<String, Double> scales = new HashMap<>();
    private Difference worst = Difference.NONE;

    /**
     * Measures step k and remembers the scales and the worst so far.
     *
     * @param hand the hand-written engine's tensors, by name
     * @param dl4j the DL4J engine's tensors, the same names in the same order and of the same sizes
     * @return the largest d_k(T) at this step, with its tensor
     * @throws IllegalArgumentException if the two lists do not match
     */
    public Difference at(int step, List<Tensor> hand, List<Tensor> dl4j) {
        if (hand.size() != dl4j.size()) {
            throw new IllegalArgumentException("cannot compare " + hand.size() + " tensors with " + dl4j.size());
        }
        for (int t = 0; t < hand.size(); t++) {
            Tensor a = hand.get(t);
            Tensor b = dl4j.get(t);
            if (!a.name().equals(b.name()) || !a.scale().equals(b.scale())
                    || a.values().length != b.values().length) {
                throw new IllegalArgumentException("tensor " + a.name() + " (" + a.values().length
                        + " values) has no twin: " + b.name() + " (" + b.values().length + " values)");
            }
            scales.merge(a.scale(), magnitude(a.values(), b.values()), Math::max);
        }
        Difference here = new Difference(0.0, hand.isEmpty() ? "" : hand.get(0).name(), step);
        for (int t = 0; t < hand.size(); t++) {
            Tensor a = hand.get(t);
            here = here.max(new Difference(of(a.values(), dl4j.get(t).values(), scales.get(a.scale())), a.name(),
                    step));
        }
        worst = worst.max(here);
        return here;
    }

    /** The largest difference measured so far, with its tensor and step ({@link Difference#NONE} before any). */
    public Difference worst() {
        return worst;
    }

    /** The metric for one comparison without a run (a closed-form solution): the scales are those of now. */
    public static Difference once(List<Tensor> hand, List<Tensor> dl4j) {
        return new TwinDifference().at(0, hand, dl4j);
    }

    /** max_i max(|a_i|, |b_i|), ignoring non-finite entries (which {@link #of} reports on its own). */
    static double magnitude(double[] a, double[] b) {
        double m = 0.0;
        for (int i = 0; i < a.length; i++) {
            double v = Math.max(Math.abs(a[i]), Math.abs(b[i]));
            if (v > m && v < Double.POSITIVE_INFINITY) {
                m = v;
            }
        }
        return m;
    }

    /**
     * max_i |a_i − b_i| / scale; 0 when every a_i == b_i, infinite when an entry is not finite on one side or
     * is NaN.
     */
    static double of(double[] a, double[] b, double scale) {
        double worst = 0.0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                continue; // also both zero, and the same infinity
            }
            if (!Double.isFinite(a[i]) || !Double.isFinite(b[i])) {
                return Double.POSITIVE_INFINITY;
            }
            worst = Math.max(worst, Math.abs(a[i] - b[i]) / scale);
        }
        return worst;
    }
}
