package nnbasics.compare.mnist;

import java.util.List;

/**
 * A run of one or both engines.
 *
 * @param engines                       one history per engine, in the order they ran (hand first)
 * @param maxRelativeDifferencePerEpoch with two engines, the largest relative difference between them over W, b
 *                                      and the batch loss at every step of each epoch; empty with one engine
 * @param finalParameterDifference      with two engines, the normwise relative difference of W and of b after the
 *                                      last step (the larger of the two); NaN
 *                                      with one engine
 */
public record MnistResult(List<EngineHistory> engines, double[] maxRelativeDifferencePerEpoch,
                          double finalParameterDifference) {

    public MnistResult {
        engines = List.copyOf(engines);
    }

    /** @return true when both engines ran in lock-step */
    public boolean compared() {
        return maxRelativeDifferencePerEpoch.length > 0;
    }

    /** @return the largest relative difference over the whole run (0 with one engine) */
    public double maxRelativeDifference() {
        double worst = 0.0;
        for (double d : maxRelativeDifferencePerEpoch) {
            worst = Math.max(worst, d);
        }
        return worst;
    }
}
