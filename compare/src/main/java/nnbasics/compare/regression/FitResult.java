package nnbasics.compare.regression;

import nnbasics.compare.Agreement;

/**
 * The outcome of a linear fit with one engine or both.
 *
 * @param hand       the hand-written engine's fit, or null when it did not run
 * @param dl4j       the DL4J engine's fit, or null when it did not run
 * @param steps      gradient-descent updates made (0 for the normal equations)
 * @param agreement  with both engines: the step proof and the trajectory of the loss and every parameter tensor
 *                   ({@link Agreement}; for the normal equations see {@code normal}); otherwise null
 * @param normal     for the normal equations with both engines: each solution's backward error and the solutions'
 *                   difference; otherwise null
 */
public record FitResult(EngineFit hand, EngineFit dl4j, int steps, Agreement agreement, NormalProof normal) {

    /** The fit to report: the hand-written one when it ran, else DL4J's. */
    public EngineFit primary() {
        return hand != null ? hand : dl4j;
    }
}
