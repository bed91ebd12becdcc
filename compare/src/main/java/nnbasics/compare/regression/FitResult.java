package nnbasics.compare.regression;

import nnbasics.compare.Difference;

/**
 * The outcome of a linear fit with one engine or both.
 *
 * @param hand       the hand-written engine's fit, or null when it did not run
 * @param dl4j       the DL4J engine's fit, or null when it did not run
 * @param steps      gradient-descent updates made (0 for the normal equations)
 * @param difference with both engines: the largest twin difference of the loss and any parameter tensor at any
 *                   step (for the normal equations: between the two solutions and their MSEs); otherwise null
 */
public record FitResult(EngineFit hand, EngineFit dl4j, int steps, Difference difference) {

    /** The fit to report: the hand-written one when it ran, else DL4J's. */
    public EngineFit primary() {
        return hand != null ? hand : dl4j;
    }
}
