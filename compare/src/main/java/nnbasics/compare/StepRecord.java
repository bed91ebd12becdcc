package nnbasics.compare;

import java.util.List;

/**
 * Both engines at the same step k: the parameters after k updates and the loss at those parameters, how far apart
 * the free-running trajectories are there, and how far apart the next update is when both take it from DL4J's state.
 *
 * @param step           k, the number of updates made so far (0 = the start)
 * @param handLoss       the hand-written engine's loss at its parameters
 * @param dl4jLoss       the DL4J engine's loss at its parameters
 * @param handParameters the hand-written engine's parameters, one tensor after the other
 * @param dl4jParameters the DL4J engine's parameters
 * @param handOutputs    the hand-written engine's {@link Engine#outputs()} (probabilities), maybe empty
 * @param dl4jOutputs    the DL4J engine's outputs
 * @param difference     the trajectory's {@link TwinDifference} at this step over the loss, every parameter tensor
 *                       and every output tensor, with the tensor that gave it
 * @param stepProof      the step proof of update k + 1, taken by both engines from DL4J's state here (its step is
 *                       k + 1); {@link Difference#NONE} for the last record and for runs without a step proof
 */
public record StepRecord(int step, double handLoss, double dl4jLoss,
                         double[] handParameters, double[] dl4jParameters,
                         double[] handOutputs, double[] dl4jOutputs,
                         Difference difference, Difference stepProof) {

    /** The value of {@link #difference()}: the trajectories' difference at this step. */
    public double maxRelativeDifference() {
        return difference.value();
    }

    /** The tensors a step compares, in order: the loss, the parameters, the outputs. */
    static List<Tensor> compared(double loss, List<Tensor> parameters, List<Tensor> outputs) {
        List<Tensor> all = new java.util.ArrayList<>(parameters.size() + outputs.size() + 1);
        all.add(Tensor.scalar(Tensor.LOSS, loss));
        all.addAll(parameters);
        all.addAll(outputs);
        return all;
    }
}
