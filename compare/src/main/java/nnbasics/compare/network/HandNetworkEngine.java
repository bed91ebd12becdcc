package nnbasics.compare.network;

import java.util.List;
import nnbasics.compare.Tensor;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.network.NetworkTrainer;

/**
 * The hand-written network ({@code handwritten/…/network/NetworkTrainer}) as an {@link NetworkEngine}: full-batch
 * gradient descent on the mean cross-entropy; it can start from the other engine's state.
 */
public final class HandNetworkEngine extends NetworkEngine {

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
        this(new NetworkTrainer(data, startWeights, startBiases, hidden.hand(), rate));
    }

    private HandNetworkEngine(NetworkTrainer trainer) {
        super("hand", trainer::step, trainer::loss, trainer::weights, trainer::biases, trainer::probabilities);
        this.trainer = trainer;
    }

    /** The same rows (shared), activation and rate from {@code W1, b1, W2, b2, …} ({@link NetworkTensors}). */
    @Override
    public HandNetworkEngine startingFrom(List<Tensor> parameters) {
        return new HandNetworkEngine(trainer.startingFrom(NetworkTensors.weights(parameters),
                NetworkTensors.biases(parameters)));
    }

    /** @return the trainer (its weights, biases, architecture) */
    public NetworkTrainer trainer() {
        return trainer;
    }
}
