package nnbasics.compare.classification;

import nnbasics.compare.Agreement;

/**
 * The outcome of training a classifier with one engine or both.
 *
 * @param hand       the hand-written engine's classifier, or null
 * @param dl4j       the DL4J engine's classifier, or null
 * @param agreement  with both engines, the step proof and the trajectory over the loss, W, b and the training
 *                   probabilities ({@link Agreement}); otherwise null
 */
public record ClassifyResult(ClassifierFit hand, ClassifierFit dl4j, Agreement agreement) {

    public ClassifierFit primary() {
        return hand != null ? hand : dl4j;
    }
}
