package nnbasics.compare.classification;

/**
 * The outcome of training a classifier with one engine or both.
 *
 * @param hand                  the hand-written engine's classifier, or null
 * @param dl4j                  the DL4J engine's classifier, or null
 * @param maxRelativeDifference with both engines, the largest relative difference of the loss, any parameter or
 *                              any training probability at any step; otherwise null
 */
public record ClassifyResult(ClassifierFit hand, ClassifierFit dl4j, Double maxRelativeDifference) {

    public ClassifierFit primary() {
        return hand != null ? hand : dl4j;
    }
}
