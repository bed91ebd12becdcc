package nnbasics.dl4j.regression;

import java.util.Arrays;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Full-batch gradient descent on mean squared error with a DL4J network that remembers where it is: the twin of the
 * hand-written {@code RegressionTrainer}, with the same constructor arguments (data, start, learning rates), the
 * same step and the same read-outs ({@link #model()}, {@link #weights()}, {@link #bias()}, {@link #loss()},
 * {@link #predictions()}).
 *
 * <p>Each weight gets its own rate through {@link PerWeightLearningRates}; the bias has its own updater.
 * Rates are on MSE without ½ (DL4J's {@code LossMSE} with nOut = 1); the guide's widget rates, which are
 * on ½·MSE, are halved by {@link LearningRates#fromHalfMse}.
 *
 * <p>No bias ({@link LearningRates#withoutBias()}: bias rate 0, from b = 0): the layer is built with
 * {@code hasBias(false)}, so the network has no {@code "0_b"} at all and ŷ = x·w; {@link #bias()} reads 0. The
 * hand-written twin says the same with the same rates by keeping b at 0 and never moving it (b ← b − 0·∂L/∂b).
 * A bias rate of 0 from a start b ≠ 0 keeps the bias parameter, which {@code Sgd(0)} never moves.
 */
public final class RegressionTrainer {

    private final INDArray features;
    private final INDArray targets;
    private final PerWeightLearningRates rates;
    private final MultiLayerNetwork network;

    /**
     * @param data  the examples, all used in every step: features x [N, n] (one row per example) and labels y
     *              [N, 1] or [N]
     * @param start the parameters to start from
     * @param rates the learning rates, on MSE (no ½); every weight rate &gt; 0
     * @throws IllegalArgumentException if the shapes do not fit, or the model or the rates do not have one weight per
     *                                  feature
     */
    public RegressionTrainer(DataSet data, LinearModel start, LearningRates rates) {
        INDArray features = data.getFeatures();
        INDArray targets = data.getLabels();
        if (features.rank() != 2 || features.size(0) < 1 || features.size(1) < 1) {
            throw new IllegalArgumentException("features must have shape [N, n] with N, n ≥ 1, got "
                    + Arrays.toString(features.shape()));
        }
        long examples = features.size(0);
        if (targets.length() != examples || !(targets.rank() == 1 || targets.rank() == 2 && targets.size(1) == 1)) {
            throw new IllegalArgumentException("targets must have shape [" + examples + ", 1] (one per example), got "
                    + Arrays.toString(targets.shape()));
        }
        int n = (int) features.size(1);
        if (start.weights().length != n || rates.weights().length != n) {
            throw new IllegalArgumentException(n + " features need " + n + " start weights and rates, got "
                    + start.weights().length + " and " + rates.weights().length);
        }
        boolean hasBias = rates.bias() != 0 || start.bias() != 0;               // withoutBias(): no "0_b" at all
        this.rates = new PerWeightLearningRates(rates.weights());
        this.features = this.rates.scaleFeatures(features);                      // x'_j = s_j · x_j
        this.targets = targets.castTo(DataType.DOUBLE).reshape(examples, 1).dup(); // y, [N, 1]
        this.network = LinearModel.network(n, this.rates.networkRate(), rates.bias(), hasBias);
        new LinearModel(this.rates.toNetwork(start.weights()), start.bias()).writeTo(network); // w'_j = w_j / s_j
    }

    /**
     * One full-batch update: exactly one {@code fit}, which computes in this order
     * <pre>
     *   ŷ_i = x'_i·w' + b = x_i·w + b                    the predictions (x'_j = s_j x_j, w'_j = w_j / s_j)
     *   L   = (1/N) Σ_i (ŷ_i − y_i)²                     the loss, DL4J's score
     *   ∂L/∂w'_j = s_j ∂L/∂w_j,  ∂L/∂b                   the gradient (summed over i by the layer, ÷ N by the updater)
     *   w'_j ← w'_j − η ∂L/∂w'_j  (w_j ← w_j − η_j ∂L/∂w_j),  b ← b − η_b ∂L/∂b    the update (Sgd, biasUpdater)
     * </pre>
     *
     * @return the loss before the update (DL4J's score is computed before the update)
     */
    public double step() {
        network.fit(features, targets);
        return network.score();
    }

    /** @return the current parameters: w_j = s_j · w'_j and b */
    public LinearModel model() {
        LinearModel held = LinearModel.readFrom(network);                        // w', b
        return new LinearModel(rates.fromNetwork(held.weights()), held.bias()); // w_j = s_j · w'_j
    }

    /** @return the current weights w_j = s_j · w'_j, one per feature */
    public double[] weights() {
        return model().weights();
    }

    /** @return the current bias b (0 for a model without bias) */
    public double bias() {
        return model().bias();
    }

    /** @return L = (1/N) Σ (ŷ − y)² at the current parameters (no update) */
    public double loss() {
        return network.score(new DataSet(features, targets), false);
    }

    /** @return ŷ_i = x'_i·w' + b for every example, at the current parameters: the network's output */
    public double[] predictions() {
        return network.output(features).toDoubleVector();
    }

    /** The network, for the tests of this package: it sees x'_j = s_j · x_j and holds w'_j = w_j / s_j. */
    MultiLayerNetwork network() {
        return network;
    }
}
