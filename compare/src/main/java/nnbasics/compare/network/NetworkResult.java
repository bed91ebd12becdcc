package nnbasics.compare.network;

import nnbasics.compare.Difference;

/**
 * The outcome of training a network with one engine or both.
 *
 * @param hand       the hand-written engine's network, or null
 * @param dl4j       the DL4J engine's network, or null
 * @param agreement  with both engines, the step proof and the trajectory over the loss, W1, b1, … and P
 *                   ({@link nnbasics.compare.Agreement}); otherwise null
 * @param control    with both engines, the run's one-ulp control ({@link OneUlpControl}): the largest difference
 *                   between the hand-written engine and itself from the start with W1 one ulp up; otherwise null
 */
public record NetworkResult(NetworkOutcome hand, NetworkOutcome dl4j, nnbasics.compare.Agreement agreement,
                            Difference control) {

    public NetworkOutcome primary() {
        return hand != null ? hand : dl4j;
    }
}
