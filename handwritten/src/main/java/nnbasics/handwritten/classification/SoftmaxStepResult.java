package nnbasics.handwritten.classification;

/**
 * What one gradient-descent step produced.
 *
 * @param model the parameters after the step
 * @param loss  the loss at the parameters the step started from (as DL4J's score after {@code fit})
 */
public record SoftmaxStepResult(SoftmaxModel model, double loss) {
}
