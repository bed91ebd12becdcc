package nnbasics.compare;

/**
 * What a lock-step run proves, in two numbers ({@code docs/twin-difference.md}):
 *
 * <pre>
 * step        max over the updates k of d(hand's one step from DL4J's state θ_dl4j(k−1), DL4J's step k)
 *             the implementation: both engines compute the same step; held to Tolerances.step (exit 3)
 * trajectory  max over the steps k of d(θ_hand(k), θ_dl4j(k)), each engine running free from the same start
 *             the problem: how far the training magnifies one step's rounding; reported, held only when asked
 * </pre>
 *
 * @param step       the step proof's largest {@link TwinDifference}, with its tensor and update (1 = the first)
 * @param trajectory the free-running trajectories' largest difference, with its tensor and step (0 = the start)
 */
public record Agreement(Difference step, Difference trajectory) {
}
