package nnbasics.handwritten.network;

import java.util.ArrayList;
import java.util.List;

import java.util.Map;

import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.classification.FlatData;
import nnbasics.handwritten.regression.RegressionData;
import nnbasics.handwritten.updaters.DropoutMasks;
import nnbasics.handwritten.updaters.InvertedDropout;
import nnbasics.handwritten.updaters.Optimiser;
import nnbasics.handwritten.updaters.Step;

/**
 * Trains a {@link Network} one batch per step, with plain SGD, θ ← θ − η ∂L/∂θ, or the step an {@link Optimiser}
 * describes (an updater, regularisation); the twin of the DL4J trainer ({@code docs/derivations.md}, sections 11
 * and 12–15). Not thread-safe: it holds the current parameters and the updaters' state.
 *
 * <pre>
 * one step on a batch of B rows:
 * L, ∂L/∂θ  = backpropagation at the current θ       every layer's gradient at the old parameters
 * θ        ← θ − η ∂L/∂θ                             plain SGD: every weight and bias, one rate
 * θ        ← θ − u(∂L/∂θ)                            otherwise a {@link Step} per W and per b, each its own state
 * return L + penalty(θ)                              the loss before the update (DL4J's score after fit)
 * </pre>
 *
 * The output layer is softmax with the cross-entropy for labelled rows ({@code ClassificationData},
 * {@code FlatData}), the identity with the mean squared error for numeric targets ({@code RegressionData}): the
 * constructor's data say which ({@link OutputLayer}).
 *
 * <p>This is the readable model; {@code nnbasics.handwritten.kernels.NetworkKernel} trains the same classifier
 * faster (sparse inputs, threads) and gives the same bits, step for step. Regression networks take this readable
 * path only (the kernels were written for MNIST's softmax).
 */
public final class NetworkTrainer {

    /** The labelled rows of a classifier, or null for a regression. */
    private final FlatData data;
    /** The rows and numeric targets of a regression, or null for a classifier. */
    private final RegressionRows targets;
    private final Network network;
    private final Backpropagation backpropagation;
    private final double learningRate;
    private final Optimiser optimiser;
    /** The step of each layer's W, then its b: [2l] and [2l + 1]; null for plain SGD, which steps in place. */
    private final Step[] steps;
    /** 0, 1, …, N − 1: the full batch. */
    private final int[] allRows;
    /** Dropout on every hidden layer's input (keep p &lt; 1), or null. */
    private final InvertedDropout dropout;
    /** Where each step's masks come from: the optimiser's, unless {@link #withMasks} plants others. */
    private DropoutMasks masks;
    /** t, the updates taken (DL4J's iteration count): which masks the next step draws. */
    private int iteration;

    /**
     * @param data          the training set
     * @param startWeights  W of every layer from the input to the output, [nIn][nOut] each; copied
     * @param startBiases   b of every layer; copied
     * @param hidden        f of the hidden layers
     * @param learningRate  η, the same for every weight and bias; finite and positive
     * @throws IllegalArgumentException if the shapes do not chain or do not fit the data, or the rate is not
     *                                  finite and positive
     */
    public NetworkTrainer(ClassificationData data, List<double[][]> startWeights, List<double[]> startBiases,
                          Activation hidden, double learningRate) {
        this(FlatData.of(data), startWeights, startBiases, hidden, Optimiser.sgd(learningRate));
    }

    /**
     * The same with the step an optimiser describes (its rate in place of η).
     *
     * @param optimiser the updater and its hyper-parameters, the regularisation; {@link Optimiser#sgd} for plain SGD
     * @throws IllegalArgumentException as the constructor with a rate
     */
    public NetworkTrainer(ClassificationData data, List<double[][]> startWeights, List<double[]> startBiases,
                          Activation hidden, Optimiser optimiser) {
        this(FlatData.of(data), startWeights, startBiases, hidden, optimiser);
    }

    /**
     * The same on flat data, e.g. MNIST's {@code images()} and {@code labels()} (shared, not copied).
     *
     * @param data the training set
     * @see #NetworkTrainer(ClassificationData, List, List, Activation, double)
     */
    public NetworkTrainer(FlatData data, List<double[][]> startWeights, List<double[]> startBiases,
                          Activation hidden, double learningRate) {
        this(data, startWeights, startBiases, hidden, Optimiser.sgd(learningRate));
    }

    /**
     * The same on flat data with the step an optimiser describes.
     *
     * @see #NetworkTrainer(ClassificationData, List, List, Activation, Optimiser)
     */
    public NetworkTrainer(FlatData data, List<double[][]> startWeights, List<double[]> startBiases,
                          Activation hidden, Optimiser optimiser) {
        double learningRate = optimiser.learningRate();
        Network start = new Network(startWeights, startBiases, hidden);
        if (start.inputCount() != data.featureCount() || start.classCount() != data.classCount()) {
            throw new IllegalArgumentException("the network " + start.architecture() + " takes " + start.inputCount()
                    + " features and gives " + start.classCount() + " classes, the data has " + data.featureCount()
                    + " features and " + data.classCount() + " classes");
        }
        this.data = data;
        this.targets = null;
        this.network = start;
        this.backpropagation = new Backpropagation(start);
        this.learningRate = learningRate;
        this.optimiser = optimiser;
        this.steps = stepsOf(optimiser, start);
        this.allRows = new int[data.size()];
        for (int i = 0; i < allRows.length; i++) {
            allRows[i] = i;
        }
        this.dropout = optimiser.keep() < 1 ? new InvertedDropout(optimiser.keep()) : null;
        this.masks = optimiser.masks();
    }

    /**
     * A regression network: identity output, the mean squared error as DL4J's {@code LossMSE}
     * ({@link IdentityOutput}).
     *
     * @param data          the training set, one target per row; copied
     * @param startWeights  W of every layer from the input to the output, [nIn][nOut] each, the last one column
     * @param startBiases   b of every layer
     * @param hidden        f of the hidden layers
     * @param learningRate  η, the same for every weight and bias; finite and positive
     * @throws IllegalArgumentException as the classifier's constructor
     */
    public NetworkTrainer(RegressionData data, List<double[][]> startWeights, List<double[]> startBiases,
                          Activation hidden, double learningRate) {
        this(data, startWeights, startBiases, hidden, Optimiser.sgd(learningRate));
    }

    /**
     * A regression network with the step an optimiser describes (its rate in place of η): the same updaters,
     * regularisation and dropout as a classifier's.
     *
     * @param optimiser the updater and its hyper-parameters, the regularisation, dropout; {@link Optimiser#sgd} for
     *                  plain SGD
     * @throws IllegalArgumentException as the classifier's constructor
     */
    public NetworkTrainer(RegressionData data, List<double[][]> startWeights, List<double[]> startBiases,
                          Activation hidden, Optimiser optimiser) {
        this(RegressionRows.of(data), new Network(startWeights, startBiases, hidden, OutputLayer.IDENTITY_MSE),
                optimiser);
    }

    /** A regression trainer on rows already flat (shared) from a network (its parameters are trained in place). */
    private NetworkTrainer(RegressionRows targets, Network start, Optimiser optimiser) {
        double learningRate = optimiser.learningRate();
        if (start.inputCount() != targets.featureCount() || start.classCount() != targets.outputCount()) {
            throw new IllegalArgumentException("the network " + start.architecture() + " takes " + start.inputCount()
                    + " features and gives " + start.classCount() + " outputs, the data has "
                    + targets.featureCount() + " features and " + targets.outputCount() + " targets");
        }
        this.data = null;
        this.targets = targets;
        this.network = start;
        this.backpropagation = new Backpropagation(start);
        this.learningRate = learningRate;
        this.optimiser = optimiser;
        this.steps = stepsOf(optimiser, start);
        this.allRows = new int[targets.size()];
        for (int i = 0; i < allRows.length; i++) {
            allRows[i] = i;
        }
        this.dropout = optimiser.keep() < 1 ? new InvertedDropout(optimiser.keep()) : null;
        this.masks = optimiser.masks();
    }

    /** The step of each layer's W, then its b ([2l], [2l + 1]); null for plain SGD, which steps in place. */
    private static Step[] stepsOf(Optimiser optimiser, Network start) {
        if (optimiser.isPlainSgd()) {
            return null;
        }
        Step[] steps = new Step[2 * start.layerCount()];
        for (int l = 0; l < start.layerCount(); l++) {
            DenseLayer layer = start.layer(l);
            steps[2 * l] = optimiser.weightStep(layer.inputs() * layer.units());
            steps[2 * l + 1] = optimiser.biasStep(layer.units());
        }
        return steps;
    }

    /**
     * A new trainer at the given parameters (copied), with this one's data (shared), activation and rate: one step
     * from another engine's state.
     *
     * @param weights W of every layer, [nIn][nOut], the shapes of this trainer's
     * @param biases  b of every layer
     * @throws IllegalArgumentException if a shape differs from this trainer's
     */
    public NetworkTrainer startingFrom(List<double[][]> weights, List<double[]> biases) {
        Network start = new Network(weights, biases, network.hidden(), network.output());
        if (!start.architecture().equals(network.architecture())) {
            throw new IllegalArgumentException("the network " + start.architecture() + " is not this trainer's "
                    + network.architecture());
        }
        if (targets != null) {
            return new NetworkTrainer(targets, start, optimiser).withMasks(masks);
        }
        return new NetworkTrainer(data, weights, biases, network.hidden(), optimiser).withMasks(masks);
    }

    /**
     * A new trainer at the given parameters and updater state (copied): one step from another engine's parameters
     * and state, e.g. DL4J's velocity or m and v.
     *
     * @param weights   W of every layer, [nIn][nOut], the shapes of this trainer's
     * @param biases    b of every layer
     * @param iteration t, the updates already taken (Adam's bias correction reads it)
     * @param state     per layer, the state of its W then of its b ({@link #state()}'s layout); empty for plain SGD
     * @throws IllegalArgumentException if a shape, a name or the number of groups differs from this trainer's
     */
    public NetworkTrainer startingFrom(List<double[][]> weights, List<double[]> biases, int iteration,
                                       List<Map<String, double[]>> state) {
        NetworkTrainer next = startingFrom(weights, biases);
        next.iteration = iteration;                             // the masks of step t, as the other engine's
        if (next.steps == null) {
            if (!state.isEmpty()) {
                throw new IllegalArgumentException("plain SGD keeps no state, got " + state.size() + " groups");
            }
            return next;
        }
        if (state.isEmpty()) {                                  // SGD with regularisation: no state to restore
            state = java.util.Collections.nCopies(next.steps.length, Map.of());
        }
        if (state.size() != next.steps.length) {
            throw new IllegalArgumentException("the updater state has " + state.size() + " groups, this network "
                    + next.steps.length + " (a W and a b per layer)");
        }
        for (int g = 0; g < next.steps.length; g++) {
            next.steps[g].updater().restore(iteration, state.get(g));
        }
        return next;
    }

    /**
     * @return the updaters' state, per layer its W's then its b's, each named as DL4J names it ("v"; "s"; "h"; "m"
     *         and "v"); a W's state flat row-major [j·nOut + k], as W; empty for plain SGD
     */
    public List<Map<String, double[]>> state() {
        List<Map<String, double[]>> all = new ArrayList<>();
        if (steps != null) {
            for (Step s : steps) {
                all.add(s.updater().state());
            }
        }
        return all;
    }

    /** @return the optimiser this trainer steps with */
    public Optimiser optimiser() {
        return optimiser;
    }

    /** @return Σ of the regularisers' penalties at the current parameters, what DL4J adds to its score; 0 if none */
    private double penalty() {
        if (steps == null) {
            return 0;
        }
        double sum = 0;
        for (int l = 0; l < network.layerCount(); l++) {
            sum += steps[2 * l].penalty(FlatData.flatten(network.layer(l).weights()));
            sum += steps[2 * l + 1].penalty(network.layer(l).bias());
        }
        return sum;
    }

    /**
     * On flat row-major features without copying them: feature j of example i at {@code features[i·featureCount + j]}.
     *
     * @param features     row-major, N × featureCount (e.g. {@code MnistData.images()}); shared, not copied
     * @param labels       N class indices (e.g. {@code MnistData.labels()}); shared, not copied
     * @param featureCount the number of features per example (784 for MNIST)
     * @param classCount   the number of classes (10 for MNIST)
     * @return a trainer of the same start arguments as the constructor
     */
    public static NetworkTrainer flat(double[] features, int[] labels, int featureCount, int classCount,
                                      List<double[][]> startWeights, List<double[]> startBiases, Activation hidden,
                                      double learningRate) {
        return new NetworkTrainer(new FlatData(features, labels, featureCount, classCount), startWeights,
                startBiases, hidden, learningRate);
    }

    /**
     * One full-batch step on every example.
     *
     * @return the loss before the update
     */
    public double step() {
        return step(allRows, 0, allRows.length);
    }

    /**
     * One mini-batch step on the given rows.
     *
     * @param rows indices into the training set, at least one (a row may repeat)
     * @return the mini-batch loss before the update
     */
    public double step(int[] rows) {
        return step(rows, 0, rows.length);
    }

    /**
     * One mini-batch step on {@code order[from … to−1]}: an epoch's order without copying it into batches.
     *
     * @return the mini-batch loss before the update
     */
    public double step(int[] order, int from, int to) {
        boolean[][][] kept = dropout == null ? null : masks(to - from);           // m_l of this step, t's masks
        iteration++;
        NetworkGradient gradient = targets != null                                // L, ∂L/∂θ at the current θ
                ? backpropagation.gradient(targets, order, from, to, dropout, kept)
                : backpropagation.gradient(data, order, from, to, dropout, kept);
        List<double[][]> dW = gradient.weights();
        List<double[]> dB = gradient.biases();
        if (steps == null) {
            for (int l = 0; l < network.layerCount(); l++) {
                network.layer(l).step(dW.get(l), dB.get(l), learningRate);          // θ ← θ − η ∂L/∂θ
            }
            return gradient.loss();
        }
        double penalty = penalty();                                                 // at θ before the update
        for (int l = 0; l < network.layerCount(); l++) {
            network.layer(l).step(dW.get(l), dB.get(l), steps[2 * l], steps[2 * l + 1]);   // θ ← θ − u(∂L/∂θ)
        }
        return gradient.loss() + penalty;
    }

    /** @return m_l of every hidden layer l for step t = {@link #iteration}, B × nIn_l each */
    private boolean[][][] masks(int batch) {
        boolean[][][] kept = new boolean[network.layerCount() - 1][][];
        for (int l = 0; l < kept.length; l++) {
            kept[l] = masks.kept(iteration, l, batch, network.layer(l).inputs(), dropout.keep());
        }
        return kept;
    }

    /**
     * Draws the dropout masks from another source from now on (the step proof plants a wrong one).
     *
     * @param source where each step's masks come from
     * @return this
     */
    public NetworkTrainer withMasks(DropoutMasks source) {
        this.masks = source;
        return this;
    }

    /** @return t, the updates taken (the masks of the next step are those of t) */
    public int iteration() {
        return iteration;
    }

    /** @return copies of the current W of every layer, [nIn][nOut] */
    public List<double[][]> weights() {
        return network.weights();
    }

    /** @return copies of the current b of every layer */
    public List<double[]> biases() {
        return network.biases();
    }

    /**
     * The current W of every layer as flat copies, W_jk at [j·nOut + k], as the tuned kernel reads them out.
     *
     * @return copies of every W, input side first, flat row-major [nIn][nOut]
     */
    public List<double[]> flatWeights() {
        List<double[]> all = new ArrayList<>(network.layerCount());
        for (double[][] w : network.weights()) {
            all.add(FlatData.flatten(w));
        }
        return all;
    }

    /**
     * @return the mean cross-entropy (a classifier) or the mean squared error (a regression) over the whole training
     *         set at the current parameters, no update
     */
    public double loss() {
        double loss = targets != null ? backpropagation.loss(targets) : backpropagation.loss(data);
        return steps == null ? loss : loss + penalty();
    }

    /** @return p of every training row at the current parameters, [row][class]; ŷ, [row][output], of a regression */
    public double[][] probabilities() {
        return targets != null ? backpropagation.probabilities(targets.features(), targets.size())
                : backpropagation.probabilities(data.features(), data.size());
    }

    /** @return ŷ of every training row of a regression, [row][output]: {@link #probabilities()}, named for it */
    public double[][] predictions() {
        return probabilities();
    }

    /**
     * p of other rows (a test split) at the current parameters, no update.
     *
     * @param features flat row-major, rows × featureCount (e.g. a test split's {@code MnistData.images()})
     * @param rows     the number of rows
     * @return p, [row][class]
     * @throws IllegalArgumentException if {@code features} does not hold {@code rows} rows of the network's inputs
     */
    public double[][] probabilities(double[] features, int rows) {
        if (rows < 0 || features.length != (long) rows * network.inputCount()) {
            throw new IllegalArgumentException(rows + " rows of " + network.inputCount() + " features need "
                    + (long) rows * network.inputCount() + " values, found " + features.length);
        }
        return backpropagation.probabilities(features, rows);
    }

    /** @return e.g. {@code "2 → 4 tanh → 2 softmax"} */
    public String architecture() {
        return network.architecture();
    }

    /** @return the output layer's activation and loss: softmax for a classifier, the identity for a regression */
    public OutputLayer output() {
        return network.output();
    }

    /** @return η */
    public double learningRate() {
        return learningRate;
    }
}
