package nnbasics.compare;

/**
 * A result that double precision cannot hold: a loss, a weight or a prediction that came out as NaN or ±Infinity
 * (values around 1e200 have squares beyond the largest double, about 1.8e308). A user's mistake in the data's scale,
 * reported as one line.
 */
public final class NonFiniteResultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NonFiniteResultException(String message) {
        super(message);
    }

    /**
     * @param what   what is checked, e.g. "the hand-written engine's least-squares fit"
     * @param values named values, name then value: "w area", 1.0, "mse", Infinity, …
     * @throws NonFiniteResultException naming the first value that is not finite
     */
    public static void requireFinite(String what, Object... values) {
        for (int k = 0; k + 1 < values.length; k += 2) {
            double value = (Double) values[k + 1];
            if (!Double.isFinite(value)) {
                throw new NonFiniteResultException(what + ": " + values[k] + " is " + value
                        + ", beyond double precision (the data's values are too large: squares above about 1.8e308"
                        + " overflow); rescale the target and the features, e.g. to thousands or millions");
            }
        }
    }
}
