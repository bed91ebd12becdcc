package nnbasics.compare;

import java.util.List;

/**
 * One side of a twin: a model trained by gradient descent, one update per {@link #step()}.
 *
 * <p>Both engines of a pair name their tensors alike and in the same order ({@code w, b} for a linear model;
 * {@code W, b} for softmax regression, W flat [feature][class]; {@code W1, b1, …} for a network), so that the
 * lock-step runner compares them tensor by tensor with the {@link TwinDifference} metric.
 */
public interface Engine {

    /** A short name for messages: {@code hand} or {@code dl4j}. */
    String name();

    /**
     * Performs one gradient-descent update.
     *
     * @return the loss at the parameters the step started from (DL4J's {@code net.score()} after {@code fit})
     */
    double step();

    /** The loss at the current parameters. */
    double loss();

    /** The current parameters as named tensors, fresh copies. */
    List<Tensor> parameters();

    /**
     * What the model outputs at the current parameters, for models whose outputs are worth comparing beyond their
     * parameters (the softmax probabilities of the training rows, tensor {@code P}); none by default.
     */
    default List<Tensor> outputs() {
        return List.of();
    }

    /** The parameters one after the other (for paths and charts). */
    default double[] parameterValues() {
        return Tensor.flat(parameters());
    }
}
