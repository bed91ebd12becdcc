package nnbasics.compare.network;

import java.util.List;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.network.FlatData;
import nnbasics.handwritten.network.NetworkTrainer;

/**
 * The hand-written network as an {@link Engine}: full-batch gradient descent on the mean cross-entropy; parameters
 * {@code W1, b1, …}, outputs the training probabilities {@code P}.
 */
public final class HandNetworkEngine implements Engine {

    private final FlatData data;
    private final HiddenActivation hidden;
    private final double rate;
    private final NetworkTrainer trainer;

    /**
     * @param data         the training rows, as the network sees them (standardised or raw)
     * @param startWeights W of every layer at the start, input side first, [nIn][nOut]
     * @param startBiases  b of every layer at the start
     * @param hidden       f of the hidden layers
     * @param rate         η, for every weight and bias
     */
    public HandNetworkEngine(ClassificationData data, List<double[][]> startWeights, List<double[]> startBiases,
                             HiddenActivation hidden, double rate) {
        this(FlatData.of(data), startWeights, startBiases, hidden, rate);
    }

    private HandNetworkEngine(FlatData data, List<double[][]> startWeights, List<double[]> startBiases,
                              HiddenActivation hidden, double rate) {
        this.data = data;
        this.hidden = hidden;
        this.rate = rate;
        this.trainer = new NetworkTrainer(data, startWeights, startBiases, hidden.hand(), rate);
    }

    /** The same rows, activation and rate from {@code W1, b1, W2, b2, …} ({@link NetworkTensors}). */
    @Override
    public HandNetworkEngine startingFrom(List<Tensor> parameters) {
        return new HandNetworkEngine(data, NetworkTensors.weights(parameters), NetworkTensors.biases(parameters),
                hidden, rate);
    }

    @Override
    public String name() {
        return "hand";
    }

    @Override
    public double step() {
        return trainer.step();
    }

    @Override
    public double loss() {
        return trainer.loss();
    }

    @Override
    public List<Tensor> parameters() {
        return NetworkTensors.of(trainer.weights(), trainer.biases());
    }

    @Override
    public List<Tensor> outputs() {
        return List.of(new Tensor("P", Tensor.rows(trainer.probabilities())));
    }

    /** @return the trainer (its weights, biases, architecture) */
    public NetworkTrainer trainer() {
        return trainer;
    }
}
