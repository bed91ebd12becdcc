package nnbasics.compare;

import java.util.List;

/**
 * One side of a twin: a model trained by gradient descent, one update per {@link #step()}.
 *
 * <p>Both engines of a pair name their tensors alike and in the same order ({@code w, b} for a linear model;
 * {@code W, b} for softmax regression, W flat [feature][class]; {@code W1, b1, …} for a network), so that the
 * lock-step runner compares them tensor by tensor with the {@link TwinDifference} metric.
 *
 * <p>The engine whose derivation is under test (the hand-written one, or a user's own) also implements
 * {@link #startingFrom}: the step proof ({@link LockStep}) takes its one step from the other engine's state.
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

    /**
     * Update k + 1 of a run (k = 0, 1, …), as the lock-step runner calls it: an engine that trains on a schedule
     * of mini-batches (MNIST) takes batch k of its schedule, so that an engine started from another's state at
     * step k ({@link #startingFrom}) takes the same batch; full-batch engines take {@link #step()}.
     *
     * @return the loss at the parameters the step started from
     */
    default double step(int k) {
        return step();
    }

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

    /**
     * A new engine of the same model, on the same data with the same settings, whose parameters are these: the
     * step proof gives it DL4J's state θ_dl4j(k) and compares its one step with DL4J's. The state is read in full,
     * as {@link #parameters()} names it; this engine is not changed.
     *
     * @param parameters the tensors of {@link #parameters()} of the other engine, same names and sizes
     * @throws UnsupportedOperationException for an engine that only runs free (DL4J's)
     */
    default Engine startingFrom(List<Tensor> parameters) {
        throw new UnsupportedOperationException(name() + " cannot start from another engine's state");
    }

    /**
     * The updater's state beside the parameters (a velocity; Adam's m and v), named after the tensor it belongs to
     * ({@code W1.m}, {@code b1.m}, …) with W's layout; empty for plain SGD, which keeps none. The step proof
     * compares it like W and b.
     *
     * @return the current state, copies
     */
    default List<Tensor> state() {
        return List.of();
    }

    /** @return t, the updates taken so far, which the updater's state goes with (Adam's bias correction reads it) */
    default int iteration() {
        return 0;
    }

    /**
     * A copy of this engine at another engine's parameters and updater state: the step proof's start.
     *
     * @param parameters the other engine's {@link #parameters()}
     * @param state      the other engine's {@link #state()}, named and shaped as this engine's
     * @param iteration  the other engine's {@link #iteration()}
     * @return a new engine of the same data and settings
     * @throws UnsupportedOperationException if this engine cannot take a state (the default, for a state)
     */
    default Engine startingFrom(List<Tensor> parameters, List<Tensor> state, int iteration) {
        if (state.isEmpty()) {
            return startingFrom(parameters);
        }
        throw new UnsupportedOperationException(name() + " cannot start from another engine's updater state");
    }

    /** The parameters one after the other (for paths and charts). */
    default double[] parameterValues() {
        return Tensor.flat(parameters());
    }

    /**
     * The values of the tensor named {@code name} in {@code tensors}.
     *
     * @throws IllegalArgumentException if there is none
     */
    static double[] values(List<Tensor> tensors, String name) {
        for (Tensor t : tensors) {
            if (t.name().equals(name)) {
                return t.values().clone();
            }
        }
        throw new IllegalArgumentException("no tensor " + name + " among " + tensors.size());
    }
}
