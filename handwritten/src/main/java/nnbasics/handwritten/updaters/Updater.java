package nnbasics.handwritten.updaters;

import java.util.Map;

/**
 * A rule that turns a gradient g into the update u that is subtracted from the parameters, θ ← θ − u, keeping its
 * own state (a velocity, running averages) between steps. The sign is DL4J's: u points up the gradient, and the
 * step subtracts it in plain sight ({@link #apply}).
 *
 * <p>Every implementation works element by element on a flat array, so one updater over [W, b] and two over W and
 * b apart give the same numbers. The iteration t counts the updates taken so far: 0 before the first, as DL4J's.
 */
public interface Updater {

    /**
     * Computes the update for this gradient and advances the state by one step.
     *
     * @param gradient g, one entry per parameter (not modified)
     * @return u, a new array of the same length
     * @throws IllegalArgumentException if the length is not {@link #size()}
     */
    double[] update(double[] gradient);

    /**
     * One plain step: u = {@link #update}(g), then θ_i ← θ_i − u_i.
     *
     * @param params   θ, changed in place
     * @param gradient g at θ
     */
    default void apply(double[] params, double[] gradient) {
        double[] u = update(gradient);
        for (int i = 0; i < params.length; i++) {
            params[i] -= u[i];                                         // θ ← θ − u
        }
    }

    /** @return η, the rate the regularisers that scale by it use (DL4J's {@code getLearningRate}); never α_t */
    double learningRate();

    /** @return the number of parameters this updater holds state for */
    int size();

    /** @return t, the number of updates taken: 0 before the first */
    int iteration();

    /**
     * @return the state, each array a copy, named and ordered as DL4J lays out its updater state view (for Adam
     *         "m" then "v"); empty for SGD
     */
    Map<String, double[]> state();

    /**
     * Replaces the state, to continue from another engine's (the step proof starts each step from DL4J's).
     *
     * @param iteration t, the updates already taken
     * @param state     arrays named as {@link #state()} names them, each of length {@link #size()}; copied
     * @throws IllegalArgumentException if a name is missing or extra, or a length is wrong
     */
    void restore(int iteration, Map<String, double[]> state);

    /** Checks a gradient's length against the updater's size. */
    static void checkLength(double[] array, int size, String what) {
        if (array.length != size) {
            throw new IllegalArgumentException(what + " has " + array.length + " entries, the updater holds "
                    + size);
        }
    }
}
