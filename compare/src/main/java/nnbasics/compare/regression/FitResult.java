package nnbasics.compare.regression;

/**
 * The outcome of a linear fit with one engine or both.
 *
 * @param hand                  the hand-written engine's fit, or null when it did not run
 * @param dl4j                  the DL4J engine's fit, or null when it did not run
 * @param steps                 gradient-descent updates made (0 for the normal equations)
 * @param maxRelativeDifference with both engines: the largest relative difference of the loss and any parameter
 *                              at any step (for the normal equations: between the two solutions); otherwise null
 */
public record FitResult(EngineFit hand, EngineFit dl4j, int steps, Double maxRelativeDifference) {

    /** The fit to report: the hand-written one when it ran, else DL4J's. */
    public EngineFit primary() {
        return hand != null ? hand : dl4j;
    }
}
