package nnbasics.dl4j.network;

import nnbasics.dl4j.data.JavaRows;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nnbasics.dl4j.updaters.Optimiser;

import nnbasics.dl4j.data.BatchRows;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * Plain SGD on a {@link Network}, full batch or on given rows: the twin of the hand-written network trainer.
 *
 * <pre>
 * one step on the rows r_1 … r_B (all N rows for the full batch):
 *   x, y = features[r], labels[r]         gathered by Nd4j.pullRows into reused native buffers (the full batch: as is)
 *   net.fit(x, y)                         exactly one iteration: forward, loss, gradient (summed, /B), update
 *   return net.score()                    the batch loss before the update
 * </pre>
 *
 * <p>In that order {@code net.fit} runs the forward pass, the loss L = −(1/B) Σ log p, backpropagation (layer
 * gradients summed over the B rows) and the update {@code θ -= η · (Σ over the rows)/B} for every W and b.
 * A regression network (the constructor with {@code LossFunction.MSE}) has an identity output and the loss
 * L = (1/(B·K)) Σ (ŷ − y)²; everything else is the same. Not thread-safe.
 */
public final class NetworkTrainer {

    private final INDArray features;
    private final INDArray labels;
    /** The training data as one DataSet, for {@link #loss()}: made once, not per call. */
    private final DataSet all;
    private final MultiLayerNetwork net;
    /** nIn, the hidden widths…, K. */
    private final int[] sizes;
    private final Optimiser optimiser;
    /**
     * A mini-batch's rows, gathered into the same two native arrays at every step of the same size (as in
     * {@code classification.SoftmaxTrainer}: a new pair per step is freed only when Java's GC runs, and JavaCPP then stalls).
     * A last, shorter batch gets its own pair, so an epoch alternating two sizes allocates nothing per step.
     */
    /** The mini-batches, gathered into buffers made once. */
    private final BatchRows batches;

    /**
     * @param data          features [N, nIn] and one-hot labels [N, K]; copied in double precision
     * @param startWeights  W of every layer at the start, input side first, each [nIn][nOut]; the hidden widths
     *                      are read from them
     * @param startBiases   b of every layer at the start, each of length nOut
     * @param hidden        f of every hidden layer (IDENTITY, SIGMOID, TANH or RELU)
     * @param learningRate  η of plain SGD on the mean cross-entropy, for weights and biases
     * @throws IllegalArgumentException if the shapes do not agree with each other or with the data
     */
    public NetworkTrainer(DataSet data, List<double[][]> startWeights, List<double[]> startBiases,
                          Activation hidden, double learningRate) {
        this(data, startWeights, startBiases, hidden, LossFunction.MCXENT, Optimiser.sgd(learningRate));
    }

    /**
     * The same with the output layer's loss chosen: MCXENT (softmax, one-hot labels) or MSE (identity, numeric
     * targets [N, K] in the labels' place: a regression network).
     *
     * @param loss MCXENT or MSE
     */
    public NetworkTrainer(DataSet data, List<double[][]> startWeights, List<double[]> startBiases,
                          Activation hidden, LossFunction loss, double learningRate) {
        this(data, startWeights, startBiases, hidden, loss, Optimiser.sgd(learningRate));
    }

    /**
     * The same with the step an optimiser describes, set on the network ({@link Network#build(int, int[], int,
     * Activation, LossFunction, Optimiser)}).
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation; {@link Optimiser#sgd} for plain SGD
     */
    public NetworkTrainer(DataSet data, List<double[][]> startWeights, List<double[]> startBiases,
                          Activation hidden, Optimiser optimiser) {
        this(data, startWeights, startBiases, hidden, LossFunction.MCXENT, optimiser);
    }

    /** The same with the output layer's loss and the optimiser both chosen. */
    public NetworkTrainer(DataSet data, List<double[][]> startWeights, List<double[]> startBiases,
                          Activation hidden, LossFunction loss, Optimiser optimiser) {
        this(data.getFeatures().castTo(DataType.DOUBLE).dup(), data.getLabels().castTo(DataType.DOUBLE).dup(),
                startWeights, startBiases, hidden, loss, optimiser);
    }

    /**
     * The same on training arrays that the caller owns and this trainer only reads (MNIST: a copy would duplicate
     * the 60,000 × 784 doubles, 376 MB, of {@code MnistArrays}).
     *
     * @param features [N, nIn] in double precision; shared, not copied
     * @param labels   [N, K] one-hot, double; shared, not copied
     * @throws IllegalArgumentException for arrays that are not double, or shapes as above
     * @see #NetworkTrainer(DataSet, List, List, Activation, double)
     */
    public NetworkTrainer(INDArray features, INDArray labels, List<double[][]> startWeights,
                          List<double[]> startBiases, Activation hidden, double learningRate) {
        this(features, labels, startWeights, startBiases, hidden, LossFunction.MCXENT, Optimiser.sgd(learningRate));
    }

    /** The same on shared arrays, with the output layer's loss chosen (MCXENT or MSE). */
    public NetworkTrainer(INDArray features, INDArray labels, List<double[][]> startWeights,
                          List<double[]> startBiases, Activation hidden, LossFunction loss, double learningRate) {
        this(features, labels, startWeights, startBiases, hidden, loss, Optimiser.sgd(learningRate));
    }

    /**
     * The same on arrays with the step an optimiser describes.
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation
     */
    public NetworkTrainer(INDArray features, INDArray labels, List<double[][]> startWeights,
                          List<double[]> startBiases, Activation hidden, Optimiser optimiser) {
        this(features, labels, startWeights, startBiases, hidden, LossFunction.MCXENT, optimiser);
    }

    /** The same on arrays with the output layer's loss and the optimiser both chosen. */
    public NetworkTrainer(INDArray features, INDArray labels, List<double[][]> startWeights,
                          List<double[]> startBiases, Activation hidden, LossFunction loss, Optimiser optimiser) {
        if (features.dataType() != DataType.DOUBLE || labels.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException("the network twin computes in double, the arrays are "
                    + features.dataType() + " and " + labels.dataType());
        }
        this.features = features;
        this.labels = labels;
        this.batches = new BatchRows(features, labels);
        if (features.rank() != 2 || labels.rank() != 2 || features.size(0) != labels.size(0)) {
            throw new IllegalArgumentException("features must be [N, nIn] and labels [N, K], got "
                    + Arrays.toString(features.shape()) + " and " + Arrays.toString(labels.shape()));
        }
        if (startWeights.size() < 2 || startWeights.size() != startBiases.size()) {
            throw new IllegalArgumentException("need one W and one b per layer (at least one hidden layer and the "
                    + "output layer; without a hidden layer it is softmax regression, classification.SoftmaxTrainer), "
                    + "got " + startWeights.size() + " weight matrices and " + startBiases.size() + " bias vectors");
        }
        // the widths: layer l has startWeights[l][0].length units; the last one must be the data's K
        this.sizes = new int[startWeights.size() + 1];
        sizes[0] = (int) features.size(1);
        for (int l = 0; l < startWeights.size(); l++) {
            double[][] w = startWeights.get(l);
            sizes[l + 1] = w.length == 0 ? 0 : w[0].length;
        }
        int classes = sizes[sizes.length - 1];
        if (classes != labels.size(1)) {
            throw new IllegalArgumentException("the data has " + labels.size(1) + " classes, the output layer's start W "
                    + classes + " columns");
        }
        this.optimiser = optimiser;
        this.net = Network.build(sizes[0], Arrays.copyOfRange(sizes, 1, sizes.length - 1), classes, hidden, loss,
                optimiser);
        Network.setParameters(net, startWeights, startBiases);   // checks every other shape, per layer
        this.all = new DataSet(features, labels);
    }

    /**
     * One full-batch step.
     *
     * @return the loss at the parameters the step started from ({@code net.score()} after {@code fit} is the score
     *         computed on the way to the gradient, before the update)
     */
    public double step() {
        return fit(features, labels);          // the full batch needs no gather: the training arrays as they are
    }

    /**
     * One mini-batch step on the given training rows (B = rows.length, a row may repeat).
     *
     * @param rows indices into the training data, at least one
     * @return the mean cross-entropy of the batch before the update
     * @throws IllegalArgumentException for no rows or an index outside the data
     */
    public double step(int[] rows) {
        INDArray[] batch = batches.gather(rows);   // x = features[rows], y = labels[rows], one gather each
        return fit(batch[0], batch[1]);
    }

    /**
     * The step both {@link #step()} and {@link #step(int[])} take, on B rows x [B, nIn] and y [B, K].
     *
     * @return the batch's mean cross-entropy before the update
     */
    private double fit(INDArray x, INDArray y) {
        net.fit(x, y);                         // exactly one iteration: forward, loss, gradient, update
        return net.score();                    // the score computed on the way to the gradient, before the update
    }

    /** @return a copy of every current W, input side first, each [nIn][nOut] */
    public List<double[][]> weights() {
        return Network.weights(net);
    }

    /** @return a copy of every current b, input side first */
    public List<double[]> biases() {
        return Network.biases(net);
    }

    /**
     * @return DL4J's updater state, per layer its W's then its b's, named and laid out as the hand trainer's
     *         {@code state()} ({@link Network#updaterState}); empty for plain SGD
     */
    public List<Map<String, double[]>> state() {
        return Network.updaterState(net, optimiser.stateNames());
    }

    /** @return t, the updates taken so far (DL4J's iteration count) */
    public int iteration() {
        return net.getIterationCount();
    }

    /** @return the optimiser set on the network */
    public Optimiser optimiser() {
        return optimiser;
    }

    /** @return W (flat row-major) and b of every layer from one bulk copy of the parameter buffer (MNIST's read) */
    public ParameterBuffer parameters() {
        return ParameterBuffer.read(net, sizes);
    }

    /**
     * @return the mean cross-entropy (the mean squared error of a regression) at the current parameters on all
     *         training rows, without changing them
     */
    public double loss() {
        return net.score(all, false);
    }

    /** @return p of every training row, [example][class] (ŷ of a regression), from {@code net.output} (inference mode) */
    public double[][] probabilities() {
        return JavaRows.of(net.output(features, false));
    }

    /**
     * @param features [n, nIn], any rows
     * @return p, [example][class], from {@code net.output} (inference mode)
     */
    public double[][] probabilities(INDArray features) {
        return JavaRows.of(net.output(features.castTo(DataType.DOUBLE), false));
    }

    /**
     * @param features [n, nIn], double
     * @param labels   [n, K] one-hot
     * @return DL4J's {@link Evaluation} of the current network on those rows (inference mode)
     */
    public Evaluation evaluate(INDArray features, INDArray labels) {
        Evaluation evaluation = new Evaluation((int) labels.size(1));
        evaluation.eval(labels, net.output(features, false));
        return evaluation;
    }

    /** @return nIn, the hidden widths…, K */
    public int[] sizes() {
        return sizes.clone();
    }

    /** @return the sizes and activations from input to output, e.g. {@code 2 → 4 tanh → 2 softmax} */
    public String architecture() {
        return Network.architecture(net);
    }

    /** @return the network being trained (live: training it outside this trainer changes this trainer) */
    public MultiLayerNetwork network() {
        return net;
    }
}
