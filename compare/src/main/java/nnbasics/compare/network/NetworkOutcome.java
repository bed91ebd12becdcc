package nnbasics.compare.network;

import java.util.List;

/**
 * One engine's trained network, in the units it was trained in (z-scores with {@code --standardize}).
 *
 * @param engine            {@code hand} or {@code dl4j}
 * @param architecture      as the engine names it, e.g. {@code 2 → 4 tanh → 2 softmax}
 * @param weights           W of every layer, [nIn][nOut]
 * @param biases            b of every layer
 * @param loss              the mean cross-entropy on the training rows at the final parameters
 * @param trainAccuracy     the share of training rows predicted right (the engine's own evaluation)
 * @param probabilities     [training row][class]
 * @param testAccuracy      on the test file, or null
 * @param testProbabilities [test row][class], or null
 * @param confusionMatrix   on the test file, counts[actual][predicted], or null
 */
public record NetworkOutcome(String engine, String architecture, List<double[][]> weights, List<double[]> biases,
                             double loss, double trainAccuracy, double[][] probabilities, Double testAccuracy,
                             double[][] testProbabilities, int[][] confusionMatrix) {
}
