package nnbasics.compare.classification;

import nnbasics.compare.Difference;

/**
 * The outcome of training a classifier with one engine or both.
 *
 * @param hand       the hand-written engine's classifier, or null
 * @param dl4j       the DL4J engine's classifier, or null
 * @param difference with both engines, the largest twin difference of the loss, W, b or the training
 *                   probabilities at any step, with its tensor and step; otherwise null
 */
public record ClassifyResult(ClassifierFit hand, ClassifierFit dl4j, Difference difference) {

    public ClassifierFit primary() {
        return hand != null ? hand : dl4j;
    }
}
