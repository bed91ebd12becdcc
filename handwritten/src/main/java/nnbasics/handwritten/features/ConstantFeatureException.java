package nnbasics.handwritten.features;

/**
 * A feature with the same value in every example: its standard deviation is zero, so z = (x − μ)/σ would divide by
 * zero. Such a feature carries no information for a linear model with a bias; remove it.
 */
public final class ConstantFeatureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int column;

    /**
     * @param column the 0-based index of the feature
     * @param value  the value it has in every example
     */
    public ConstantFeatureException(int column, double value) {
        super("feature " + column + " (0-based) has the value " + value + " in every example: its standard "
                + "deviation is 0, so it cannot be standardised; remove it");
        this.column = column;
    }

    /** @return the 0-based index of the constant feature */
    public int column() {
        return column;
    }
}
