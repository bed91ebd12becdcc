package nnbasics.compare.mnist;

import java.util.List;
import nnbasics.compare.Difference;

/**
 * A run of one or both engines.
 *
 * @param engines                       one history per engine, in the order they ran (hand first)
 * @param maxRelativeDifferencePerEpoch with two engines, the largest twin difference between them (over the batch
 *                                      loss, W and b after every step) in each epoch; empty with one engine
 * @param difference                    with two engines, the largest over the run with its tensor and step (the
 *                                      step counts batches from the start); null with one engine
 */
public record MnistResult(List<EngineHistory> engines, double[] maxRelativeDifferencePerEpoch,
                          Difference difference) {

    public MnistResult {
        engines = List.copyOf(engines);
    }

    /** @return true when both engines ran in lock-step */
    public boolean compared() {
        return difference != null;
    }

    /** @return the largest twin difference over the whole run (0 with one engine) */
    public double maxRelativeDifference() {
        return difference == null ? 0.0 : difference.value();
    }
}
