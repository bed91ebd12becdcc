package nnbasics.compare.network;

import java.util.List;

/**
 * One engine's trained regression network.
 *
 * @param engine       {@code hand} or {@code dl4j}
 * @param architecture as the engine names it, e.g. {@code 1 → 8 tanh → 1 identity}
 * @param weights      W of every layer, [nIn][nOut], in the units the network trained in (z-scores with
 *                     {@code --standardize})
 * @param biases       b of every layer, the same units
 * @param loss         the mean squared error on the training rows, in the units the network trained in
 * @param rawMse       the mean squared error in raw units (the target's units squared)
 * @param predictions  ŷ of every training row, raw units
 * @param queries      ŷ of every {@code --predict} row, raw units
 */
public record RegressionNetworkOutcome(String engine, String architecture, List<double[][]> weights,
                                       List<double[]> biases, double loss, double rawMse, double[] predictions,
                                       double[] queries) {
}
