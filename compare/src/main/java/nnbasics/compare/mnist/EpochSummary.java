package nnbasics.compare.mnist;

import java.util.List;

/**
 * One finished epoch, for printing while a run goes on.
 *
 * @param epoch        0 for the first
 * @param engines      the engines' names, in order
 * @param testAccuracy each engine's test accuracy after the epoch
 * @param trainLoss    each engine's mean batch loss during the epoch
 * @param seconds      each engine's training time in the epoch
 * @param stepProof    the step proof's largest twin difference over the epoch's updates (NaN with one engine)
 * @param trajectory   the free-running trajectories' largest twin difference over the epoch's steps (NaN with one
 *                     engine)
 */
public record EpochSummary(int epoch, List<String> engines, double[] testAccuracy, double[] trainLoss,
                           double[] seconds, double stepProof, double trajectory) {
}
