package nnbasics.compare.regression;

/**
 * One engine's fitted linear model, in the raw units of the features.
 *
 * @param engine  {@code hand} or {@code dl4j}
 * @param weights one per feature
 * @param bias    the intercept
 * @param mse     the mean squared error (no ½) at these parameters, as the engine computes it
 */
public record EngineFit(String engine, double[] weights, double bias, double mse) {
}
