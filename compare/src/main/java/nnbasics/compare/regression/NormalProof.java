package nnbasics.compare.regression;

import nnbasics.compare.Difference;

/**
 * What {@code fit --method normal} proves with both engines: each solution θ solves the least-squares problem as
 * well as the problem's rounding allows (its backward error {@link BackwardError}, on both engines' reading of the
 * file; {@code docs/closed-forms.md}), whatever the conditioning does to the distance between the two solutions.
 *
 * @param handBackwardError the hand-written solution's backward error, the larger on the two engines' rows
 * @param dl4jBackwardError DL4J's solution's backward error, the larger on the two engines' rows
 * @param bound             the bound both are held to
 * @param solutions         the two solutions' (and MSEs') twin difference: information, as far as the conditioning
 *                          of XᵀX carries one rounding
 */
public record NormalProof(double handBackwardError, double dl4jBackwardError, double bound, Difference solutions) {

    /** The larger backward error, with the engine that gave it as its tensor name. */
    public Difference worst() {
        return handBackwardError >= dl4jBackwardError || Double.isNaN(handBackwardError)
                ? new Difference(handBackwardError, "backward error (hand)", 0)
                : new Difference(dl4jBackwardError, "backward error (dl4j)", 0);
    }

    /** Whether both backward errors are within the bound (false when either is NaN). */
    public boolean holds() {
        return !worst().exceeds(bound);
    }

    /** The same proof held to another bound ({@code --tolerance}): what is printed and what decides agree. */
    public NormalProof heldTo(double otherBound) {
        return new NormalProof(handBackwardError, dl4jBackwardError, otherBound, solutions);
    }
}
