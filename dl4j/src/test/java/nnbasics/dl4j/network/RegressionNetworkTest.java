package nnbasics.dl4j.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/**
 * A regression network ({@code Network.build} with {@code LossFunction.MSE}): DL4J's {@code LossMSE} pinned against
 * a closed form, its averaging over the outputs and the rows and the factor 2 of its gradient, so that an upgrade
 * that changes one is caught (the hand-written {@code IdentityOutput} follows this convention).
 */
class RegressionNetworkTest {

    /** Sums and products of small integers: exact in double. */
    private static final double EXACT = 0;

    /** One update θ − η·g: DL4J divides, multiplies and subtracts natively; within one rounding of 3 of size 3. */
    private static final double ONE_ROUNDING = 1e-15;

    /**
     * LossMSE alone, one row, K = 2 outputs: ŷ = (1, 3), y = (0, 0). By hand: LossL2's Σ_k (ŷ_k − y_k)² = 10, divided
     * by nOut = 2: the score 5; the gradient 2 (ŷ − y)/nOut = (1, 3). A ½ convention would give (½, 3/2), a sum
     * over outputs 10.
     */
    @Test
    void lossMseAveragesOverTheOutputsAndKeepsTheFactorTwo() {
        INDArray labels = Nd4j.create(new double[][] {{0, 0}}).castTo(DataType.DOUBLE);
        INDArray preOutput = Nd4j.create(new double[][] {{1, 3}}).castTo(DataType.DOUBLE);
        LossMSE mse = new LossMSE();
        assertEquals(5, mse.computeScore(labels, preOutput.dup(), new ActivationIdentity(), null, false), EXACT,
                "Σ_k (ŷ_k − y_k)² / nOut, not averaged over the one row");
        INDArray gradient = mse.computeGradient(labels, preOutput.dup(), new ActivationIdentity(), null);
        assertEquals(1, gradient.getDouble(0, 0), EXACT, "2 (ŷ_0 − y_0) / nOut");
        assertEquals(3, gradient.getDouble(0, 1), EXACT, "2 (ŷ_1 − y_1) / nOut");
    }

    /**
     * The network 1 → 1 identity → 1 identity with W = 2, b = 0, then W = 3, b = 1 (ŷ = 6x + 1) on x = (0, 1),
     * y = (0, 0): ŷ = (1, 7), L = (1 + 49) / 2 = 25 (the mean over B = 2 rows and K = 1 output); per row
     * δ = 2 (ŷ − y) = (2, 14), and DL4J's layer gradients are sums over the rows: ∂/∂W₂ = 0·2 + 2·14 = 28,
     * ∂/∂b₂ = 16, ∂/∂W₁ = 3·14 = 42, ∂/∂b₁ = 3·16 = 48, B = 2 times the mean loss's gradient (the hand-written
     * {@code RegressionNetworkTest} has 14, 8, 21, 24). One fit with η = 0.01 then takes θ − η·(sum / B).
     */
    @Test
    void aTinyIdentityNetworkGivesTheChainRuleByHand() {
        MultiLayerNetwork net = Network.build(1, new int[] {1}, 1, Activation.IDENTITY, LossFunction.MSE, 0.01);
        Network.setParameters(net, List.of(new double[][] {{2}}, new double[][] {{3}}),
                List.of(new double[] {0}, new double[] {1}));
        assertInstanceOf(ActivationIdentity.class,
                ((BaseOutputLayer) net.getLayer(1).conf().getLayer()).getActivationFn(), "the identity output");
        assertInstanceOf(LossMSE.class, ((BaseOutputLayer) net.getLayer(1).conf().getLayer()).getLossFn());
        INDArray x = Nd4j.create(new double[][] {{0}, {1}}).castTo(DataType.DOUBLE);
        INDArray y = Nd4j.create(new double[][] {{0}, {0}}).castTo(DataType.DOUBLE);
        net.setInput(x);
        net.setLabels(y);
        net.computeGradientAndScore();
        assertEquals(25, net.score(), EXACT, "L = (1/(B·K)) Σ (ŷ − y)²");
        assertEquals(42, net.gradient().getGradientFor("0_W").getDouble(0, 0), EXACT, "Σ_rows ∂/∂W₁");
        assertEquals(48, net.gradient().getGradientFor("0_b").getDouble(0), EXACT, "Σ_rows ∂/∂b₁");
        assertEquals(28, net.gradient().getGradientFor("1_W").getDouble(0, 0), EXACT, "Σ_rows ∂/∂W₂");
        assertEquals(16, net.gradient().getGradientFor("1_b").getDouble(0), EXACT, "Σ_rows ∂/∂b₂");

        NetworkTrainer trainer = new NetworkTrainer(new DataSet(x, y), List.of(new double[][] {{2}},
                new double[][] {{3}}), List.of(new double[] {0}, new double[] {1}), Activation.IDENTITY,
                LossFunction.MSE, 0.01);
        assertEquals(25, trainer.step(), EXACT, "the loss before the update");
        assertEquals(2 - 0.01 * 21, trainer.weights().get(0)[0][0], ONE_ROUNDING, "W₁ − η·42/2");
        assertEquals(3 - 0.01 * 14, trainer.weights().get(1)[0][0], ONE_ROUNDING, "W₂ − η·28/2");
        assertEquals(1 - 0.01 * 8, trainer.biases().get(1)[0], ONE_ROUNDING, "b₂ − η·16/2");
        assertEquals("1 → 1 identity → 1 identity", trainer.architecture());
    }
}
