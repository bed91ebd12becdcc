package nnbasics.compare.network;

import java.util.List;
import nnbasics.dl4j.network.NetworkTrainer;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The DL4J network ({@code dl4j/…/network/NetworkTrainer}: {@code DenseLayer}s and a softmax {@code OutputLayer})
 * as an {@link NetworkEngine}: one {@code net.fit} per step; the probabilities from {@code net.output}. It runs
 * free (no {@link #startingFrom}).
 */
public final class Dl4jNetworkEngine extends NetworkEngine {

    private final NetworkTrainer trainer;

    /**
     * @param data         the training rows, as the network sees them (standardised or raw), one-hot labels
     * @param startWeights W of every layer at the start, input side first, [nIn][nOut]
     * @param startBiases  b of every layer at the start
     * @param hidden       f of the hidden layers
     * @param rate         η, for every weight and bias
     */
    public Dl4jNetworkEngine(DataSet data, List<double[][]> startWeights, List<double[]> startBiases,
                             HiddenActivation hidden, double rate) {
        this(new NetworkTrainer(data, startWeights, startBiases, hidden.dl4j(), rate));
    }

    private Dl4jNetworkEngine(NetworkTrainer trainer) {
        super("dl4j", trainer::step, trainer::loss, trainer::weights, trainer::biases, trainer::probabilities);
        this.trainer = trainer;
    }

    /** @return the trainer (its network, weights, biases, architecture) */
    public NetworkTrainer trainer() {
        return trainer;
    }
}
