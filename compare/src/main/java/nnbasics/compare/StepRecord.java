package nnbasics.compare;

/**
 * Both engines at the same step k: the parameters after k updates and the loss at those parameters.
 *
 * @param step                  k, the number of updates made so far (0 = the start)
 * @param handLoss              the hand-written engine's loss at its parameters
 * @param dl4jLoss              the DL4J engine's loss at its parameters
 * @param handParameters        the hand-written engine's parameters
 * @param dl4jParameters        the DL4J engine's parameters
 * @param handOutputs           the hand-written engine's {@link Engine#outputs()} (probabilities), maybe empty
 * @param dl4jOutputs           the DL4J engine's outputs
 * @param maxRelativeDifference the largest relative difference over the loss, every parameter and every output
 */
public record StepRecord(int step, double handLoss, double dl4jLoss,
                         double[] handParameters, double[] dl4jParameters,
                         double[] handOutputs, double[] dl4jOutputs,
                         double maxRelativeDifference) {

    /**
     * Builds the record and computes its largest relative difference; parameters and outputs are compared relative
     * to their scales (the largest magnitude each has had so far, see {@link RelativeDifference}).
     */
    public static StepRecord of(int step, double handLoss, double dl4jLoss,
                                double[] handParameters, double[] dl4jParameters,
                                double[] handOutputs, double[] dl4jOutputs,
                                double[] parameterScales, double[] outputScales) {
        double max = Math.max(RelativeDifference.of(handLoss, dl4jLoss),
                Math.max(RelativeDifference.max(handParameters, dl4jParameters, parameterScales),
                        RelativeDifference.max(handOutputs, dl4jOutputs, outputScales)));
        return new StepRecord(step, handLoss, dl4jLoss, handParameters, dl4jParameters, handOutputs, dl4jOutputs,
                max);
    }
}
