package nnbasics.compare;

/**
 * One side of a twin: a model trained by full-batch gradient descent, one update per {@link #step()}.
 *
 * <p>Both engines expose their parameters in the same flat layout (for a linear model
 * {@code [w_1 … w_n, b]}; for softmax regression {@code W} row by row, then {@code b}), so that the
 * lock-step runner can compare them element by element.
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

    /** The current parameters, a fresh copy in the shared flat layout. */
    double[] parameters();

    /** The loss at the current parameters. */
    double loss();

    /**
     * What the model outputs at the current parameters, flattened, for models whose outputs are worth comparing
     * beyond their parameters (softmax probabilities, row by row); empty by default.
     */
    default double[] outputs() {
        return new double[0];
    }
}
