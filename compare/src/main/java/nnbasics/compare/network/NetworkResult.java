package nnbasics.compare.network;

import nnbasics.compare.Difference;

/**
 * The outcome of training a network with one engine or both.
 *
 * @param hand       the hand-written engine's network, or null
 * @param dl4j       the DL4J engine's network, or null
 * @param difference with both engines, the largest twin difference of the loss, W1, b1, …, or P at any step, with
 *                   its tensor and step; otherwise null
 * @param control    with both engines, the run's one-ulp control ({@link OneUlpControl}): the largest difference
 *                   between the hand-written engine and itself from the start with W1 one ulp up; otherwise null
 */
public record NetworkResult(NetworkOutcome hand, NetworkOutcome dl4j, Difference difference, Difference control) {

    public NetworkOutcome primary() {
        return hand != null ? hand : dl4j;
    }
}
