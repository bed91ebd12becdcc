package nnbasics.compare.network;

import nnbasics.compare.Agreement;
import nnbasics.compare.Difference;

/**
 * The outcome of training a regression network with one engine or both.
 *
 * @param hand      the hand-written engine's network, or null
 * @param dl4j      DL4J's network, or null
 * @param agreement with both engines, the step proof and the trajectory over the loss, W1, b1, … and Y; else null
 * @param control   with both engines, the one-ulp control ({@link OneUlpControl}); else null
 */
public record RegressionNetworkResult(RegressionNetworkOutcome hand, RegressionNetworkOutcome dl4j,
                                      Agreement agreement, Difference control) {

    /** @return the hand-written network when it ran, else DL4J's */
    public RegressionNetworkOutcome primary() {
        return hand != null ? hand : dl4j;
    }
}
