package nnbasics.compare.network;

import java.util.List;
import java.util.Map;
import nnbasics.compare.Tensor;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.classification.ClassificationLoss;
import nnbasics.handwritten.classification.SoftmaxModel;
import nnbasics.handwritten.classification.SoftmaxTrainer;
import nnbasics.handwritten.network.Network;
import nnbasics.handwritten.network.NetworkTrainer;
import nnbasics.handwritten.network.OutputLayer;
import nnbasics.handwritten.regression.RegressionData;
import nnbasics.handwritten.updaters.DropoutMasks;
import nnbasics.handwritten.updaters.Optimiser;

/**
 * The hand-written network ({@code handwritten/…/network/NetworkTrainer}) as an {@link NetworkEngine}: full-batch
 * gradient descent on the mean cross-entropy (a classifier) or on DL4J's mean squared error (a regression network,
 * identity output, its output tensor {@code Y}); it can start from the other engine's state. With no hidden layer (the
 * playground at 0 hidden units, the guide's sweep at width 0) it is softmax regression and runs the hand-written
 * {@link SoftmaxTrainer} instead, a network needing a hidden layer; its tensors keep the names {@code W1, b1}.
 */
public final class HandNetworkEngine extends NetworkEngine {

    /** The network's trainer, or null for softmax regression. */
    private final NetworkTrainer trainer;
    /** Softmax regression's trainer, or null for a network. */
    private final SoftmaxTrainer softmax;
    private final HiddenActivation hidden;

    /**
     * @param data         the training rows, as the network sees them (standardised or raw)
     * @param startWeights W of every layer at the start, input side first, [nIn][nOut]; one layer: softmax regression
     * @param startBiases  b of every layer at the start
     * @param hidden       f of the hidden layers
     * @param rate         η, for every weight and bias
     */
    public HandNetworkEngine(ClassificationData data, List<double[][]> startWeights, List<double[]> startBiases,
                             HiddenActivation hidden, double rate) {
        this(data, startWeights, startBiases, hidden, Optimiser.sgd(rate));
    }

    /**
     * The same with the step an optimiser describes (its rate in place of η).
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation
     */
    public HandNetworkEngine(ClassificationData data, List<double[][]> startWeights, List<double[]> startBiases,
                             HiddenActivation hidden, Optimiser optimiser) {
        this(startWeights.size() == 1 ? null
                        : new NetworkTrainer(data, startWeights, startBiases, hidden.hand(), optimiser),
                startWeights.size() == 1 ? new SoftmaxTrainer(data, new SoftmaxModel(startWeights.get(0),
                        startBiases.get(0)), ClassificationLoss.CROSS_ENTROPY, optimiser) : null,
                hidden);
    }

    /**
     * A regression network: identity output, the mean squared error as DL4J's {@code LossMSE}; its output tensor is
     * {@code Y}, ŷ of every training row.
     *
     * @param data         the training rows as the network sees them (standardised features and target, or raw)
     * @param startWeights W of every layer at the start, at least one hidden layer, the last with one column
     * @param startBiases  b of every layer at the start
     * @param hidden       f of the hidden layers
     * @param rate         η, for every weight and bias
     */
    public HandNetworkEngine(RegressionData data, List<double[][]> startWeights, List<double[]> startBiases,
                             HiddenActivation hidden, double rate) {
        this(data, startWeights, startBiases, hidden, Optimiser.sgd(rate));
    }

    /**
     * A regression network with the step an optimiser describes (its rate in place of η).
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation, dropout
     */
    public HandNetworkEngine(RegressionData data, List<double[][]> startWeights, List<double[]> startBiases,
                             HiddenActivation hidden, Optimiser optimiser) {
        this(new NetworkTrainer(data, startWeights, startBiases, hidden.hand(), optimiser), null, hidden);
    }

    private HandNetworkEngine(NetworkTrainer trainer, SoftmaxTrainer softmax, HiddenActivation hidden) {
        super("hand",
                () -> trainer != null ? trainer.step() : softmax.step(),
                () -> trainer != null ? trainer.loss() : softmax.loss(),
                () -> trainer != null ? trainer.weights() : List.<double[][]>of(softmax.weights()),
                () -> trainer != null ? trainer.biases() : List.<double[]>of(softmax.biases()),
                () -> trainer != null ? trainer.probabilities() : softmax.probabilities(),
                trainer != null && trainer.output() == OutputLayer.IDENTITY_MSE ? "Y" : "P");
        this.trainer = trainer;
        this.softmax = softmax;
        this.hidden = hidden;
    }

    /** The same rows (shared), activation and rate from {@code W1, b1, W2, b2, …} ({@link NetworkTensors}). */
    @Override
    public HandNetworkEngine startingFrom(List<Tensor> parameters) {
        List<double[][]> weights = NetworkTensors.weights(parameters);
        List<double[]> biases = NetworkTensors.biases(parameters);
        if (softmax != null) {
            return new HandNetworkEngine(null, softmax.startingFrom(new SoftmaxModel(weights.get(0), biases.get(0))),
                    hidden);
        }
        return new HandNetworkEngine(trainer.startingFrom(weights, biases), null, hidden);
    }

    /**
     * @param features rows as the engine sees them (standardised or raw), [row][feature]
     * @return p at the current parameters, [row][class]
     */
    /** The same rows, activation and optimiser, at another engine's parameters and updater state. */
    @Override
    public HandNetworkEngine startingFrom(List<Tensor> parameters, List<Tensor> state, int iteration) {
        List<double[][]> weights = NetworkTensors.weights(parameters);
        List<double[]> biases = NetworkTensors.biases(parameters);
        List<Map<String, double[]>> groups = state.isEmpty() ? List.of()
                : NetworkTensors.stateGroups(state, weights.size());
        if (softmax != null) {
            return new HandNetworkEngine(null, softmax.startingFrom(new SoftmaxModel(weights.get(0), biases.get(0)),
                    iteration, groups), hidden);
        }
        return new HandNetworkEngine(trainer.startingFrom(weights, biases, iteration, groups), null, hidden);
    }

    /**
     * Draws the dropout masks from another source from now on, here and in every engine started from this one (the
     * step proof plants a wrong one to see it caught).
     *
     * @param masks where each step's masks come from
     * @return this
     * @throws IllegalStateException for softmax regression, which has no hidden layer to drop
     */
    public HandNetworkEngine withMasks(DropoutMasks masks) {
        trainer().withMasks(masks);
        return this;
    }

    /** @return the updaters' state, {@code W1.v, b1.v, …} ({@link NetworkTensors#state}); empty for plain SGD */
    @Override
    public List<Tensor> state() {
        return NetworkTensors.state(trainer != null ? trainer.state() : softmax.state());
    }

    public double[][] probabilities(double[][] features) {
        if (softmax != null) {
            return softmax.model().probabilities(features);
        }
        return new Network(trainer.weights(), trainer.biases(), hidden.hand(), trainer.output())
                .probabilities(features);
    }

    /** @return e.g. {@code "2 → 4 tanh → 2 softmax"}, or {@code "2 → 2 softmax"} for softmax regression */
    public String architecture() {
        return trainer != null ? trainer.architecture()
                : NetworkTwins.architecture(new int[] {softmax.weights().length, softmax.biases().length}, hidden);
    }

    /** @return true without a hidden layer: softmax regression */
    public boolean isSoftmaxRegression() {
        return softmax != null;
    }

    /**
     * @return the network's trainer (its weights, biases, architecture)
     * @throws IllegalStateException for softmax regression, which has no network
     */
    public NetworkTrainer trainer() {
        if (trainer == null) {
            throw new IllegalStateException("softmax regression (no hidden layer) has no network trainer");
        }
        return trainer;
    }
}
