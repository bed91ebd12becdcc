package nnbasics.compare.network;

import java.util.List;
import nnbasics.compare.Tensor;
import nnbasics.handwritten.updaters.Optimiser;
import nnbasics.dl4j.classification.SoftmaxTrainer;
import nnbasics.dl4j.network.NetworkTrainer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The DL4J network ({@code dl4j/…/network/NetworkTrainer}: {@code DenseLayer}s and a softmax {@code OutputLayer})
 * as an {@link NetworkEngine}: one {@code net.fit} per step; the probabilities from {@code net.output}. It runs
 * free (no {@link #startingFrom}). With no hidden layer it is softmax regression and runs DL4J's
 * {@link SoftmaxTrainer} instead; its tensors keep the names {@code W1, b1}.
 */
public final class Dl4jNetworkEngine extends NetworkEngine {

    /** The network's trainer, or null for softmax regression. */
    private final NetworkTrainer trainer;
    /** Softmax regression's trainer, or null for a network. */
    private final SoftmaxTrainer softmax;

    /**
     * @param data         the training rows, as the network sees them (standardised or raw), one-hot labels
     * @param startWeights W of every layer at the start, input side first, [nIn][nOut]; one layer: softmax regression
     * @param startBiases  b of every layer at the start
     * @param hidden       f of the hidden layers
     * @param rate         η, for every weight and bias
     */
    public Dl4jNetworkEngine(DataSet data, List<double[][]> startWeights, List<double[]> startBiases,
                             HiddenActivation hidden, double rate) {
        this(data, startWeights, startBiases, hidden, Optimiser.sgd(rate));
    }

    /**
     * The same with the step an optimiser describes, set on DL4J's network ({@link Optimisers#dl4j}).
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation
     */
    public Dl4jNetworkEngine(DataSet data, List<double[][]> startWeights, List<double[]> startBiases,
                             HiddenActivation hidden, Optimiser optimiser) {
        this(startWeights.size() == 1 ? null
                        : new NetworkTrainer(data, startWeights, startBiases, hidden.dl4j(),
                        Optimisers.dl4j(optimiser)),
                startWeights.size() == 1 ? new SoftmaxTrainer(data, startWeights.get(0), startBiases.get(0),
                        LossFunction.MCXENT, Optimisers.dl4j(optimiser)) : null);
    }

    /**
     * A regression network: identity output and {@code LossMSE}; its output tensor is {@code Y}, ŷ of every row.
     *
     * @param data         the training rows as the network sees them, numeric targets [N, 1] in the labels' place
     * @param startWeights W of every layer at the start, at least one hidden layer
     * @param startBiases  b of every layer at the start
     * @param hidden       f of the hidden layers
     * @param loss         {@code LossFunction.MSE}
     * @param rate         η, for every weight and bias
     */
    public Dl4jNetworkEngine(DataSet data, List<double[][]> startWeights, List<double[]> startBiases,
                             HiddenActivation hidden, LossFunction loss, double rate) {
        this(data, startWeights, startBiases, hidden, loss, Optimiser.sgd(rate));
    }

    /**
     * A regression network (or a classifier, by {@code loss}) with the step an optimiser describes, set on DL4J's
     * network ({@link Optimisers#dl4j}).
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation, dropout
     */
    public Dl4jNetworkEngine(DataSet data, List<double[][]> startWeights, List<double[]> startBiases,
                             HiddenActivation hidden, LossFunction loss, Optimiser optimiser) {
        this(new NetworkTrainer(data, startWeights, startBiases, hidden.dl4j(), loss, Optimisers.dl4j(optimiser)),
                null, loss == LossFunction.MSE ? "Y" : "P");
    }

    private Dl4jNetworkEngine(NetworkTrainer trainer, SoftmaxTrainer softmax) {
        this(trainer, softmax, "P");
    }

    private Dl4jNetworkEngine(NetworkTrainer trainer, SoftmaxTrainer softmax, String outputName) {
        super("dl4j",
                () -> trainer != null ? trainer.step() : softmax.step(),
                () -> trainer != null ? trainer.loss() : softmax.loss(),
                () -> trainer != null ? trainer.weights() : List.<double[][]>of(softmax.weights()),
                () -> trainer != null ? trainer.biases() : List.<double[]>of(softmax.biases()),
                () -> trainer != null ? trainer.probabilities() : softmax.probabilities(), outputName);
        this.trainer = trainer;
        this.softmax = softmax;
    }

    /**
     * @param features [n, nIn], as the engine sees them
     * @return p, [row][class], from {@code net.output} (inference mode)
     */
    /** @return DL4J's updater state, {@code W1.v, b1.v, …} ({@link NetworkTensors#state}); empty for plain SGD */
    @Override
    public List<Tensor> state() {
        return NetworkTensors.state(trainer != null ? trainer.state() : softmax.state());
    }

    /** @return DL4J's iteration count, the updates taken */
    @Override
    public int iteration() {
        return trainer != null ? trainer.iteration() : softmax.iteration();
    }

    public double[][] probabilities(INDArray features) {
        return trainer != null ? trainer.probabilities(features) : softmax.probabilities(features);
    }

    /** @return the network being trained (live) */
    public MultiLayerNetwork network() {
        return trainer != null ? trainer.network() : softmax.network();
    }

    /**
     * @return the network's trainer (its network, weights, biases, architecture)
     * @throws IllegalStateException for softmax regression, which has no network trainer
     */
    public NetworkTrainer trainer() {
        if (trainer == null) {
            throw new IllegalStateException("softmax regression (no hidden layer) has no network trainer");
        }
        return trainer;
    }
}
