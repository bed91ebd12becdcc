package nnbasics.dl4j.regression;

import java.util.Arrays;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Full-batch gradient descent on mean squared error with a DL4J network: the twin of the hand-written
 * {@code nnbasics.handwritten.regression.RegressionTrainer}, with the same constructor data, the same
 * step and the same read-outs.
 *
 * <p>Each weight gets its own rate through {@link PerWeightLearningRates}; the bias has its own updater.
 * Rates are on MSE without ½ (DL4J's {@code LossMSE} with nOut = 1); the guide's widget rates, which are
 * on ½·MSE, must be halved.
 */
public final class RegressionTrainer {

    private final INDArray features;
    private final INDArray targets;
    private final PerWeightLearningRates rates;
    private final MultiLayerNetwork network;

    /**
     * @param features     x, shape [N, n] (one row per example)
     * @param targets      y, shape [N, 1] or [N]
     * @param startWeights w at the start, n values
     * @param startBias    b at the start; must be 0 when {@code hasBias} is false
     * @param weightRates  η_j for each weight, on MSE, each &gt; 0
     * @param biasRate     η_b for the bias, on MSE, ≥ 0; ignored when {@code hasBias} is false
     * @param hasBias      false for the one-weight, no-bias model of section 1 (b stays 0)
     */
    public RegressionTrainer(INDArray features, INDArray targets, double[] startWeights, double startBias,
            double[] weightRates, double biasRate, boolean hasBias) {
        if (features.rank() != 2 || features.size(0) < 1 || features.size(1) < 1) {
            throw new IllegalArgumentException("features must have shape [N, n] with N, n ≥ 1, got "
                    + Arrays.toString(features.shape()));
        }
        long examples = features.size(0);
        if (targets.length() != examples || !(targets.rank() == 1 || targets.rank() == 2 && targets.size(1) == 1)) {
            throw new IllegalArgumentException("targets must have shape [" + examples + ", 1] (one per example), got "
                    + Arrays.toString(targets.shape()));
        }
        if (startWeights.length != features.size(1) || weightRates.length != features.size(1)) {
            throw new IllegalArgumentException(features.size(1) + " features need " + features.size(1)
                    + " start weights and rates, got " + startWeights.length + " and " + weightRates.length);
        }
        if (!hasBias && startBias != 0) {
            throw new IllegalArgumentException("a model without bias has b = 0, got startBias " + startBias);
        }
        this.rates = new PerWeightLearningRates(weightRates);
        this.features = rates.scaleFeatures(features);                           // x'_j = s_j · x_j
        this.targets = targets.castTo(DataType.DOUBLE).reshape(examples, 1).dup(); // y, [N, 1]
        this.network = LinearRegressionNetwork.build((int) features.size(1), rates.networkRate(), biasRate, hasBias);
        LinearRegressionNetwork.setParameters(network, rates.toNetwork(startWeights), startBias); // w'_j = w_j / s_j
    }

    /**
     * One full-batch update: exactly one {@code fit}, which in this order computes the predictions
     * ŷ = x'·w' + b, the loss L = (1/N) Σ (ŷ − y)², the gradient, and the update
     * w'_j ← w'_j − η · ∂L/∂w'_j (that is w_j ← w_j − η_j · ∂L/∂w_j), b ← b − η_b · ∂L/∂b.
     *
     * @return the loss at the parameters the step started from (DL4J's score is computed before the update)
     */
    public double step() {
        network.fit(features, targets);
        return network.score();
    }

    /** The raw weights w_j = s_j · w'_j. */
    public double[] weights() {
        return rates.fromNetwork(LinearRegressionNetwork.weights(network));
    }

    /** The bias b (0 for a model without bias). */
    public double bias() {
        return LinearRegressionNetwork.bias(network);
    }

    /** L = (1/N) Σ (ŷ − y)² at the current parameters (no update). */
    public double loss() {
        return network.score(new DataSet(features, targets), false);
    }

    /** The underlying network; it sees the scaled features x'_j = s_j · x_j and holds w'_j = w_j / s_j. */
    public MultiLayerNetwork network() {
        return network;
    }
}
