package nnbasics.compare;

/**
 * Stops training that diverges. Full-batch gradient descent on a convex quadratic (or on cross-entropy) with a
 * stable learning rate never increases the loss, so any of these means the rate is too large:
 * <ul>
 *   <li>the loss is not finite;</li>
 *   <li>it has grown at every one of {@link #GROWTH_STEPS} consecutive steps, to above its starting value;</li>
 *   <li>it is more than {@link #BLOW_UP} times its starting value;</li>
 *   <li>a parameter is not finite or beyond {@link #PARAMETER_LIMIT} ({@link #checkParameters}): the cross-entropy,
 *       clipped as DL4J's score clips it, stays below −log 1e−10 ≈ 23 per row while the weights run off to 1e300.</li>
 * </ul>
 */
public final class DivergenceGuard {

    /** How many consecutive increases (ending above the starting loss) count as "keeps growing". */
    public static final int GROWTH_STEPS = 20;

    /** How many times its starting value a loss may reach before training counts as blown up. */
    public static final double BLOW_UP = 1e6;

    /**
     * √(Double.MAX_VALUE) ≈ 1.34e154: beyond it the square of a prediction w·x with |x| ≥ 1 overflows, so a loss or a
     * gradient computed from it is no longer a number; no converging run on data in double precision gets there.
     */
    public static final double PARAMETER_LIMIT = Math.sqrt(Double.MAX_VALUE);

    private final String learningRate;
    private double first = Double.NaN;
    private double previous = Double.NaN;
    private int growing;

    /** @param learningRate the learning rate as the user gave it, named in the message */
    public DivergenceGuard(String learningRate) {
        this.learningRate = learningRate;
    }

    /** A guard that never trips (for runs whose loss may legitimately rise, none so far). */
    public static DivergenceGuard none() {
        return new DivergenceGuard(null);
    }

    /** Whether this guard checks anything (not {@link #none()}). */
    public boolean active() {
        return learningRate != null;
    }

    /**
     * Checks the parameters after k steps.
     *
     * @throws DivergenceException if one is not finite or beyond {@link #PARAMETER_LIMIT} in magnitude
     */
    public void checkParameters(int step, double[] parameters) {
        if (learningRate == null) {
            return;
        }
        for (double p : parameters) {
            if (!(Math.abs(p) <= PARAMETER_LIMIT)) {
                throw new DivergenceException(step, String.format(java.util.Locale.ROOT, "training diverged at step "
                        + "%d: a weight became %.3g with learning rate %s; try a smaller --lr or --standardize", step,
                        p, learningRate));
            }
        }
    }

    /**
     * Checks the loss at step k.
     *
     * @throws DivergenceException if the loss is not finite or has kept growing
     */
    public void check(int step, double loss) {
        if (learningRate == null) {
            return;
        }
        if (!Double.isFinite(loss) && Double.isNaN(first)) {
            throw new DivergenceException(step, "the loss is already " + loss + " at the start, before any step: "
                    + "the data's values are too large for double precision (their squares overflow above about "
                    + "1.8e308); rescale the target and the features");
        }
        if (!Double.isFinite(loss)) {
            throw new DivergenceException(step, "training diverged at step " + step + ": the loss became " + loss
                    + " with learning rate " + learningRate + "; try a smaller --lr or --standardize");
        }
        if (Double.isNaN(first)) {
            first = loss;
        }
        if (loss > BLOW_UP * first) {
            throw new DivergenceException(step, "training diverged at step " + step + ": the loss grew from " + first
                    + " at the start to " + loss + ", with learning rate " + learningRate
                    + "; try a smaller --lr or --standardize");
        }
        growing = loss > previous ? growing + 1 : 0;
        previous = loss;
        if (growing >= GROWTH_STEPS && loss > first) {
            throw new DivergenceException(step, "training diverged at step " + step + ": the loss grew at each of the last "
                    + GROWTH_STEPS + " steps, from " + first + " at the start to " + loss + ", with learning rate "
                    + learningRate + "; try a smaller --lr or --standardize");
        }
    }
}
