package nnbasics.compare.classification;

/**
 * One engine's trained classifier, in the raw units of the features.
 *
 * @param engine            {@code hand} or {@code dl4j}
 * @param weights           [class][feature]: row k holds the weights of class k's logit
 * @param bias              one per class
 * @param loss              the training loss at the final parameters
 * @param trainAccuracy     the share of training rows predicted right
 * @param probabilities     [training row][class]
 * @param testAccuracy      on the test file, or null
 * @param testProbabilities [test row][class], or null
 * @param confusionMatrix   on the test file, counts[actual][predicted], or null
 */
public record ClassifierFit(String engine, double[][] weights, double[] bias, double loss, double trainAccuracy,
                            double[][] probabilities, Double testAccuracy, double[][] testProbabilities,
                            int[][] confusionMatrix) {
}
