package nnbasics.handwritten.kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nnbasics.handwritten.classification.FlatData;
import nnbasics.handwritten.network.Activation;
import nnbasics.handwritten.network.Network;
import nnbasics.handwritten.network.NetworkTrainer;
import nnbasics.handwritten.updaters.DropoutMasks;
import nnbasics.handwritten.updaters.InvertedDropout;
import nnbasics.handwritten.updaters.Optimiser;
import nnbasics.handwritten.updaters.Step;

/**
 * The tuned kernel of the readable {@code network.NetworkTrainer}: the same SGD on the same network, the same
 * constructor arguments and read-outs, the same bits step for step, faster — a training set's nonzero features
 * indexed once ({@link SparseRows}), zero inputs skipped, a large batch's work shared among a few threads
 * ({@link Chunks}), buffers reused ({@link BackpropagationKernel}). Not thread-safe: it holds the current parameters.
 *
 * <pre>
 * one step on a batch of B rows:
 * m_l      = masks.kept(t, l, B, nIn_l, p)           with dropout (keep p &lt; 1): every hidden layer's input mask
 * L, ∂L/∂θ  = backpropagation at the current θ       every layer's gradient at the old parameters (dropped inputs)
 * θ        ← θ − η ∂L/∂θ                             one rate; band by band of W's rows, once every δ is known
 * θ        ← θ − u(∂L/∂θ)                            otherwise the readable trainer's {@link Step}s
 * return L + penalty(θ)                              the loss before the update
 * </pre>
 */
public final class NetworkKernel {

    private final FlatData data;
    /** e.g. "784 → 32 relu → 10 softmax", from the readable {@link Network} that checked the shapes. */
    private final String architecture;
    private final Activation hidden;
    private final DenseKernel[] layers;
    private final BackpropagationKernel backpropagation;
    private final double learningRate;
    private final Optimiser optimiser;
    /** The step of each layer's W, then its b, as the readable trainer's; null for plain SGD (fused in the pass). */
    private final Step[] steps;
    /**
     * Plain SGD apart from dropout: the readable trainer's Sgd steps, u = η·g then θ ← θ − u, are the same bits as the
     * fused θ ← θ − η·g, so the kernel fuses them (no copy of every W per batch).
     */
    private final boolean fused;
    /** Dropout on every hidden layer's input (keep p &lt; 1), or null. */
    private final InvertedDropout dropout;
    /** Where each step's masks come from (the readable trainer's default). */
    private DropoutMasks masks = DropoutMasks.DEFAULT;
    /** t, the updates taken (DL4J's iteration count): which masks the next step draws. */
    private int iteration;

    /**
     * @param data          the training set (shared, not copied)
     * @param startWeights  W of every layer from the input to the output, [nIn][nOut] each; copied
     * @param startBiases   b of every layer; copied
     * @param hidden        f of the hidden layers
     * @param learningRate  η, the same for every weight and bias; finite and positive
     * @throws IllegalArgumentException as the readable {@code NetworkTrainer}'s constructor
     */
    public NetworkKernel(FlatData data, List<double[][]> startWeights, List<double[]> startBiases,
                         Activation hidden, double learningRate) {
        this(data, startWeights, startBiases, hidden, learningRate, Chunks.defaultThreads());
    }

    /**
     * The same, sharing each large batch's work among {@code threads} threads (see {@link BackpropagationKernel}).
     *
     * @param threads at least 1; the numbers are the same bits for every value
     */
    public NetworkKernel(FlatData data, List<double[][]> startWeights, List<double[]> startBiases,
                         Activation hidden, double learningRate, int threads) {
        this(data, startWeights, startBiases, hidden, Optimiser.sgd(learningRate), threads);
    }

    /**
     * The same with the step an optimiser describes (the readable {@code NetworkTrainer}'s {@link Step}s).
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation; {@link Optimiser#sgd} for plain SGD
     */
    public NetworkKernel(FlatData data, List<double[][]> startWeights, List<double[]> startBiases,
                         Activation hidden, Optimiser optimiser) {
        this(data, startWeights, startBiases, hidden, optimiser, Chunks.defaultThreads());
    }

    /** The same on {@code threads} threads. */
    public NetworkKernel(FlatData data, List<double[][]> startWeights, List<double[]> startBiases,
                         Activation hidden, Optimiser optimiser, int threads) {
        double learningRate = optimiser.learningRate();
        NetworkTrainer readable = new NetworkTrainer(data, startWeights, startBiases, hidden, optimiser);
        //                                   the readable model checks the arguments (and copies the parameters)
        this.data = data;
        this.architecture = readable.architecture();
        this.hidden = hidden;
        this.layers = kernels(readable.weights(), readable.biases());
        this.backpropagation = new BackpropagationKernel(layers, hidden, new Chunks(threads));
        this.learningRate = learningRate;
        this.optimiser = optimiser;
        this.steps = steps(optimiser, layers);
        this.fused = optimiser.withKeep(1).isPlainSgd();
        this.dropout = optimiser.keep() < 1 ? new InvertedDropout(optimiser.keep()) : null;
    }

    /** @return a fresh step per W and per b, or null for plain SGD */
    private static Step[] steps(Optimiser optimiser, DenseKernel[] layers) {
        if (optimiser.isPlainSgd()) {
            return null;
        }
        Step[] steps = new Step[2 * layers.length];
        for (int l = 0; l < layers.length; l++) {
            steps[2 * l] = optimiser.weightStep(layers[l].inputs() * layers[l].units());
            steps[2 * l + 1] = optimiser.biasStep(layers[l].units());
        }
        return steps;
    }

    private NetworkKernel(NetworkKernel from, Network start) {
        this.data = from.data;
        this.architecture = from.architecture;
        this.hidden = from.hidden;
        this.layers = kernels(start.weights(), start.biases());
        from.backpropagation.index(from.data);
        this.backpropagation = from.backpropagation.sharingWith(layers);
        this.learningRate = from.learningRate;
        this.optimiser = from.optimiser;
        this.steps = steps(optimiser, layers);
        this.fused = from.fused;
        this.dropout = from.dropout;
        this.masks = from.masks;
    }

    /** @return a kernel of each layer, at the given parameters (checked by the readable {@link Network}) */
    private static DenseKernel[] kernels(List<double[][]> weights, List<double[]> biases) {
        DenseKernel[] layers = new DenseKernel[weights.size()];
        for (int l = 0; l < layers.length; l++) {
            layers[l] = new DenseKernel(weights.get(l), biases.get(l));
        }
        return layers;
    }

    /**
     * A new trainer at the given parameters (copied), with this one's data, activation, rate and threads, sharing
     * (read-only) the data and this one's index of its nonzero features, built now if it is not yet: one step from
     * another engine's state at every update costs one step, not a new index of the data. The two must not be used
     * at the same time (they share their threads).
     *
     * @param weights W of every layer, [nIn][nOut], the shapes of this trainer's
     * @param biases  b of every layer
     * @throws IllegalArgumentException if a shape differs from this trainer's
     */
    public NetworkKernel startingFrom(List<double[][]> weights, List<double[]> biases) {
        Network start = new Network(weights, biases, hidden);
        if (!start.architecture().equals(architecture)) {
            throw new IllegalArgumentException("the network " + start.architecture() + " is not this trainer's "
                    + architecture);
        }
        return new NetworkKernel(this, start);
    }

    /**
     * The same at the given parameters and updater state: one step from another engine's parameters and state.
     *
     * @param iteration t, the updates already taken
     * @param state     per layer the state of its W, then of its b (the readable trainer's layout); empty for none
     * @throws IllegalArgumentException if a shape, a name or the number of groups is not this trainer's
     */
    public NetworkKernel startingFrom(List<double[][]> weights, List<double[]> biases, int iteration,
                                      List<Map<String, double[]>> state) {
        NetworkKernel next = startingFrom(weights, biases);
        next.iteration = iteration;                                        // the masks of step t, as the other's
        if (next.steps == null) {
            if (!state.isEmpty()) {
                throw new IllegalArgumentException("plain SGD keeps no state, got " + state.size() + " groups");
            }
            return next;
        }
        List<Map<String, double[]>> groups = state.isEmpty()
                ? java.util.Collections.nCopies(next.steps.length, Map.of()) : state;
        if (groups.size() != next.steps.length) {
            throw new IllegalArgumentException("the updater state has " + groups.size() + " groups, this network "
                    + next.steps.length + " (a W and a b per layer)");
        }
        for (int g = 0; g < next.steps.length; g++) {
            next.steps[g].updater().restore(iteration, groups.get(g));
        }
        return next;
    }

    /** @return the updaters' state, per layer its W's then its b's (the readable trainer's layout); empty for SGD */
    public List<Map<String, double[]>> state() {
        List<Map<String, double[]>> all = new ArrayList<>();
        if (steps != null) {
            for (Step s : steps) {
                all.add(s.updater().state());
            }
        }
        return all;
    }

    /**
     * One mini-batch step on {@code order[from … to−1]}: an epoch's order without copying it into batches.
     *
     * @return the mini-batch loss before the update
     */
    public double step(int[] order, int from, int to) {
        boolean[][][] kept = dropout == null ? null : masks(to - from);        // m_l of this step, t's masks
        double scale = dropout == null ? 1.0 : 1.0 / dropout.keep();           // 1/p, InvertedDropout's
        iteration++;
        // L and ∂L/∂θ at the current θ, then θ ← θ − η ∂L/∂θ
        if (!fused) {
            double penalty = penalty();                                    // at θ before the update, as DL4J's score
            double loss = backpropagation.compute(data, order, from, to, steps, kept, scale);  // θ ← θ − u(∂L/∂θ)
            return penalty == 0 ? loss : loss + penalty;
        }
        return backpropagation.compute(data, order, from, to, learningRate, kept, scale);
    }

    /** @return m_l of every hidden layer l for step t = {@link #iteration}, B × nIn_l each (the readable trainer's) */
    private boolean[][][] masks(int batch) {
        boolean[][][] kept = new boolean[layers.length - 1][][];
        for (int l = 0; l < kept.length; l++) {
            kept[l] = masks.kept(iteration, l, batch, layers[l].inputs(), dropout.keep());
        }
        return kept;
    }

    /**
     * Draws the dropout masks from another source from now on, here and in every kernel started from this one (the
     * step proof plants a wrong one).
     *
     * @param source where each step's masks come from
     * @return this
     */
    public NetworkKernel withMasks(DropoutMasks source) {
        this.masks = source;
        return this;
    }

    /** @return t, the updates taken (the masks of the next step are those of t) */
    public int iteration() {
        return iteration;
    }

    /** @return copies of the current W of every layer, [nIn][nOut] */
    public List<double[][]> weights() {
        List<double[][]> all = new ArrayList<>(layers.length);
        for (DenseKernel layer : layers) {
            all.add(layer.weights());
        }
        return all;
    }

    /** @return copies of the current b of every layer */
    public List<double[]> biases() {
        List<double[]> all = new ArrayList<>(layers.length);
        for (DenseKernel layer : layers) {
            all.add(layer.bias());
        }
        return all;
    }

    /**
     * The current W of every layer as flat copies, W_jk at [j·nOut + k]: one array copy per layer, for a lock-step
     * runner that reads the parameters after every mini-batch (MNIST's 784 × 128 first layer).
     *
     * @return copies of every W, input side first, flat row-major [nIn][nOut]
     */
    public List<double[]> flatWeights() {
        List<double[]> all = new ArrayList<>(layers.length);
        for (DenseKernel layer : layers) {
            all.add(layer.flatWeights());
        }
        return all;
    }

    /** @return the mean cross-entropy over the whole training set at the current parameters, no update */
    public double loss() {
        return steps == null ? backpropagation.loss(data) : backpropagation.loss(data) + penalty();
    }

    /** @return Σ of the regularisers' penalties at the current parameters (the readable trainer's); 0 if none */
    private double penalty() {
        double sum = 0;
        for (int l = 0; l < layers.length; l++) {
            sum += steps[2 * l].penalty(layers[l].flatWeights()) + steps[2 * l + 1].penalty(layers[l].bias());
        }
        return sum;
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
        int width = layers[0].inputs();
        if (rows < 0 || features.length != (long) rows * width) {
            throw new IllegalArgumentException(rows + " rows of " + width + " features need "
                    + (long) rows * width + " values, found " + features.length);
        }
        return backpropagation.probabilities(features, rows);
    }

    /** @return e.g. {@code "2 → 4 tanh → 2 softmax"} */
    public String architecture() {
        return architecture;
    }

}
