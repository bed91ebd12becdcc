package nnbasics.dl4j.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import nnbasics.dl4j.updaters.DropoutMasks;
import nnbasics.dl4j.updaters.GivenMaskDropout;
import nnbasics.dl4j.updaters.Optimiser;

/**
 * Dropout set through the {@link Optimiser} on {@link Network#build}: which layers get it (the hidden ones, not the
 * output layer), and what DL4J's score after {@code fit} is (the loss of the DROPPED forward pass). Expected values
 * from the closed form of the 2 → 3 tanh → 2 softmax network written out below, on x ⊙ m/p with the masks of
 * {@link DropoutMasks#DEFAULT}.
 */
class NetworkDropoutTest {

    /** A few dozen roundings on numbers of size ≤ 10 (tanh, exp, log of a 2 → 3 → 2 network). */
    private static final double ROUNDING = 1e-13;
    private static final double KEEP = 0.5;
    private static final double[][] X = {{1.0, -0.5}, {0.25, 2.0}, {-1.5, 0.75}, {0.5, 0.5}};
    private static final double[][] Y = {{1, 0}, {0, 1}, {1, 0}, {0, 1}};
    private static final double[][] W0 = {{0.3, -0.2, 0.5}, {0.1, 0.4, -0.3}};
    private static final double[] B0 = {0.05, -0.1, 0.2};
    private static final double[][] W1 = {{0.6, -0.4}, {-0.5, 0.3}, {0.2, 0.7}};
    private static final double[] B1 = {0.1, -0.05};

    private static Optimiser dropout() {
        Optimiser sgd = Optimiser.sgd(0.1);
        return new Optimiser(sgd.updater(), sgd.learningRate(), sgd.momentum(), sgd.beta1(), sgd.beta2(),
                sgd.epsilon(), sgd.rho(), 0, 0, 0, 0, 0, 0, KEEP);
    }

    /** L = −(1/B) Σ_i log p_{i,y_i}, p = softmax(tanh(x'·W0 + b0)·W1 + b1), x' = x ⊙ m/p (m null: x' = x). */
    private static double closedFormLoss(boolean[][] kept) {
        double sum = 0;
        for (int i = 0; i < X.length; i++) {
            double[] h = new double[3];
            for (int k = 0; k < 3; k++) {
                double z = B0[k];
                for (int j = 0; j < 2; j++) {
                    double x = kept == null ? X[i][j] : kept[i][j] ? X[i][j] * (1.0 / KEEP) : 0;
                    z += x * W0[j][k];
                }
                h[k] = Math.tanh(z);
            }
            double[] z = new double[2];
            for (int c = 0; c < 2; c++) {
                z[c] = B1[c];
                for (int k = 0; k < 3; k++) {
                    z[c] += h[k] * W1[k][c];
                }
            }
            double max = Math.max(z[0], z[1]);
            double log = max + Math.log(Math.exp(z[0] - max) + Math.exp(z[1] - max));
            int label = Y[i][0] == 1 ? 0 : 1;
            sum += log - z[label];
        }
        return sum / X.length;
    }

    private static MultiLayerNetwork net() {
        MultiLayerNetwork net = Network.build(2, new int[] {3}, 2, Activation.TANH, LossFunction.MCXENT, dropout());
        Network.setParameters(net, List.of(W0, W1), List.of(B0, B1));
        return net;
    }

    @Test
    void theHiddenLayersGetTheGivenMaskDropoutAndTheOutputLayerNone() {
        MultiLayerNetwork net = net();
        assertTrue(net.getLayer(0).conf().getLayer().getIDropout() instanceof GivenMaskDropout,
                "the dense layer's input is not dropped");
        assertEquals(KEEP, ((GivenMaskDropout) net.getLayer(0).conf().getLayer().getIDropout()).keep());
        assertNull(net.getLayer(1).conf().getLayer().getIDropout(), "the output layer's input is dropped");
    }

    @Test
    void theScoreAfterFitIsTheLossOfTheDroppedForwardPass() {
        boolean[][] kept = DropoutMasks.DEFAULT.kept(0, 0, X.length, 2, KEEP);
        double dropped = closedFormLoss(kept);
        double plain = closedFormLoss(null);
        assertTrue(Math.abs(dropped - plain) > 1e-3, "the mask of step 0 does not change the loss: pick another");
        MultiLayerNetwork net = net();
        net.fit(Nd4j.createFromArray(X), Nd4j.createFromArray(Y));
        assertEquals(dropped, net.score(), ROUNDING, "DL4J's score after fit is not the dropped forward pass's loss");
    }

    @Test
    void outsideTrainingNothingIsDropped() {
        MultiLayerNetwork net = net();
        assertEquals(closedFormLoss(null),
                net.score(new org.nd4j.linalg.dataset.DataSet(Nd4j.createFromArray(X), Nd4j.createFromArray(Y)),
                        false), ROUNDING, "the score outside training used a mask");
    }
}
