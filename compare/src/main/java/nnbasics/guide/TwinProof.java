package nnbasics.guide;

import nnbasics.compare.Difference;

/**
 * What a section that trains both engines proves, the same two numbers as {@code classify}'s verdict
 * ({@code docs/twin-difference.md}):
 *
 * <pre>
 * step proof   at every update, the hand-written engine's step from DL4J's state against DL4J's step
 *              held to stepBound = Tolerances.step(n): above it the section fails (exit 3)
 * trajectory   the two engines running free from the same start, compared at every step
 *              reported with its documented bound (null where the training magnifies rounding past any bound)
 *              and, for the networks, the one-ulp control that explains how far it parts
 * </pre>
 *
 * @param step            the step proof's largest difference, with its tensor and update (1 = the first)
 * @param stepBound       its bound, {@code Tolerances.step(longest sum)}
 * @param trajectory      the free-running trajectories' largest difference, with its tensor and step
 * @param trajectoryBound the trajectory's documented bound, or null where none exists
 * @param control         the one-ulp control (the hand-written engine against itself, W1 one ulp up), or null
 */
public record TwinProof(Difference step, double stepBound, Difference trajectory, Double trajectoryBound,
                        Difference control) {

    /** Whether the step proof holds: what decides. */
    public boolean agrees() {
        return !step.exceeds(stepBound);
    }

    /** Whether the trajectory stays within its bound; null when it has none. */
    public Boolean trajectoryWithin() {
        return trajectoryBound == null ? null : !trajectory.exceeds(trajectoryBound);
    }
}
