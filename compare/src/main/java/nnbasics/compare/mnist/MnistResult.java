package nnbasics.compare.mnist;

import java.util.List;
import nnbasics.compare.Agreement;

/**
 * A run of one or both engines.
 *
 * @param engines            one history per engine, in the order they ran (hand first)
 * @param stepProofPerEpoch  with two engines, the step proof's largest twin difference (the batch loss and every
 *                           W, b after each update, both from DL4J's state) in each epoch; empty with one engine
 * @param trajectoryPerEpoch with two engines, the free-running trajectories' largest twin difference in each epoch;
 *                           empty with one engine
 * @param agreement          with two engines, both over the run, each with its tensor and step (steps count batches
 *                           from the start); null with one engine
 */
public record MnistResult(List<EngineHistory> engines, double[] stepProofPerEpoch, double[] trajectoryPerEpoch,
                          Agreement agreement) {

    public MnistResult {
        engines = List.copyOf(engines);
    }

    /** @return true when both engines ran in lock-step */
    public boolean compared() {
        return agreement != null;
    }
}
