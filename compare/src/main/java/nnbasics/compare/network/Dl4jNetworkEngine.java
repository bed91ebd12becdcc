package nnbasics.compare.network;

import java.util.List;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;
import nnbasics.dl4j.network.NetworkTrainer;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The DL4J network ({@code DenseLayer}s and a softmax {@code OutputLayer}) as an {@link Engine}: one
 * {@code net.fit} per step; parameters {@code W1, b1, …}, outputs the training probabilities {@code P} from
 * {@code net.output}.
 */
public final class Dl4jNetworkEngine implements Engine {

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
        this.trainer = new NetworkTrainer(data, startWeights, startBiases, hidden.dl4j(), rate);
    }

    @Override
    public String name() {
        return "dl4j";
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

    /** @return the trainer (its network, weights, biases, architecture) */
    public NetworkTrainer trainer() {
        return trainer;
    }
}
