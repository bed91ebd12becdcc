package nnbasics.handwritten.regression;

/**
 * The outcome of one gradient-descent step.
 *
 * @param model the parameters after the update
 * @param loss  the loss at the parameters the step started from (the one whose gradient was followed), like
 *              DL4J's {@code score()} after {@code fit}
 */
public record StepResult(LinearModel model, double loss) {
}
