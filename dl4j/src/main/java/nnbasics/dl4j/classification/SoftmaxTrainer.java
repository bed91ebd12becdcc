package nnbasics.dl4j.classification;

import nnbasics.dl4j.data.BatchRows;
import nnbasics.dl4j.data.JavaRows;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nnbasics.dl4j.network.Network;
import nnbasics.dl4j.updaters.Optimiser;

import nnbasics.dl4j.data.BatchRows;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * Softmax regression trained by plain gradient descent, full batch or one mini-batch per step, on a
 * {@link SoftmaxModel} (one {@code OutputLayer}): the twin of the hand-written {@code SoftmaxTrainer}. It trains the
 * guide's houses and iris as well as MNIST, whose 60,000 × 784 pixels it reads from the caller's arrays (not copied).
 *
 * <pre>
 * one step on the rows r_1 … r_B (all N rows for the full batch):
 *   x, y = features[r], labels[r]         gathered by Nd4j.pullRows into reused native buffers (the full batch: as is)
 *   net.fit(x, y)                         exactly one iteration, in this order:
 *     z = x W + b                           the logits (mmul, then the bias row)
 *     p = softmax(z)                        Activation.SOFTMAX
 *     L = −(1/B) Σ_i log p_{i,y_i}          MCXENT, or Σ_i Σ_k (p_ik − y_ik)² / (B·K) with MSE
 *     δ = ∂L/∂z                             (p − y) summed per row, or Jᵀ 2(p − y)/K; the updater divides by B
 *     ∂L/∂W = xᵀ δ,  ∂L/∂b = Σ_i δ_i
 *     W −= η ∂L/∂W,  b −= η ∂L/∂b           Sgd(η) for weights and biases
 *   return net.score()                    the batch loss before the update
 * </pre>
 *
 * Not thread-safe.
 */
public final class SoftmaxTrainer {

    private final INDArray features;
    private final INDArray labels;
    /** The training data as one DataSet, for {@link #loss()}: made once, not per call. */
    private final DataSet all;
    private final MultiLayerNetwork net;
    private final Optimiser optimiser;
    /**
     * A mini-batch's rows, gathered into the same two native arrays at every step of the same size: a new pair per
     * step is freed only when Java's GC runs; with a Java heap that hardly allocates, JavaCPP reaches its limit (the
     * -Xmx) first and stalls in System.gc() — measured on MNIST: 1.0–2.7 s per epoch instead of 0.4 s, with 2.4 GB
     * resident. A last, shorter batch gets its own pair, so an epoch alternating two sizes allocates nothing per step.
     */
    /** The mini-batches, gathered into buffers made once. */
    private final BatchRows batches;

    /**
     * @param data          features [N, nIn] and one-hot labels [N, K]; copied in double precision
     * @param startWeights  W at the start, [feature][class]
     * @param startBiases   b at the start, one per class
     * @param loss          {@link LossFunction#MCXENT} or {@link LossFunction#MSE}
     * @param learningRate  η of plain gradient descent on that loss (for MSE: on Σ(p−y)²/(N·K), no ½)
     * @throws IllegalArgumentException if the shapes do not agree
     */
    public SoftmaxTrainer(DataSet data, double[][] startWeights, double[] startBiases, LossFunction loss,
                          double learningRate) {
        this(data, startWeights, startBiases, loss, Optimiser.sgd(learningRate));
    }

    /**
     * The same with the step an optimiser describes, set on the network.
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation; {@link Optimiser#sgd} for plain SGD
     */
    public SoftmaxTrainer(DataSet data, double[][] startWeights, double[] startBiases, LossFunction loss,
                          Optimiser optimiser) {
        this(data.getFeatures().castTo(DataType.DOUBLE).dup(), data.getLabels().castTo(DataType.DOUBLE).dup(),
                startWeights, startBiases, loss, optimiser);
    }

    /**
     * The same on training arrays that the caller owns and this trainer only reads (MNIST: a copy would duplicate
     * the 60,000 × 784 doubles, 376 MB, of {@code MnistArrays}). The network computes in the arrays' data type:
     * DOUBLE (the exact twin of the hand-written trainer) or FLOAT ({@code nnbasics mnist --float32}).
     *
     * @param features [N, nIn], DOUBLE or FLOAT; shared, not copied
     * @param labels   [N, K] one-hot, the same data type; shared, not copied
     * @throws IllegalArgumentException for arrays of another or of two different data types, or shapes as above
     * @see #SoftmaxTrainer(DataSet, double[][], double[], LossFunction, double)
     */
    public SoftmaxTrainer(INDArray features, INDArray labels, double[][] startWeights, double[] startBiases,
                          LossFunction loss, double learningRate) {
        this(features, labels, startWeights, startBiases, loss, Optimiser.sgd(learningRate));
    }

    /**
     * The same on shared arrays with the step an optimiser describes.
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation
     */
    public SoftmaxTrainer(INDArray features, INDArray labels, double[][] startWeights, double[] startBiases,
                          LossFunction loss, Optimiser optimiser) {
        DataType type = features.dataType();
        if ((type != DataType.DOUBLE && type != DataType.FLOAT) || labels.dataType() != type) {
            throw new IllegalArgumentException("softmax regression computes in DOUBLE or FLOAT, the arrays are "
                    + features.dataType() + " and " + labels.dataType());
        }
        if (features.rank() != 2 || labels.rank() != 2 || features.size(0) != labels.size(0)) {
            throw new IllegalArgumentException("features must be [N, nIn] and labels [N, K], got "
                    + Arrays.toString(features.shape()) + " and " + Arrays.toString(labels.shape()));
        }
        if (startWeights.length != features.size(1)) {
            throw new IllegalArgumentException("the data has " + features.size(1) + " features, the start weights "
                    + startWeights.length + " rows");
        }
        if (startBiases.length != labels.size(1)) {
            throw new IllegalArgumentException("the data has " + labels.size(1) + " classes, the start biases "
                    + startBiases.length + " entries");
        }
        this.features = features;
        this.labels = labels;
        this.batches = new BatchRows(features, labels);
        this.optimiser = optimiser;
        this.net = SoftmaxModel.build((int) features.size(1), (int) labels.size(1), loss, optimiser, type);
        SoftmaxModel.setParameters(net, startWeights, startBiases);
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
     * @return the batch loss before the update
     * @throws IllegalArgumentException for no rows or an index outside the data
     */
    public double step(int[] rows) {
        INDArray[] batch = batches.gather(rows);   // x = features[rows], y = labels[rows], one gather each
        return fit(batch[0], batch[1]);
    }

    /**
     * One mini-batch step on {@code order[from … to−1]}: an epoch's order, as the hand-written trainer takes it.
     *
     * @return the batch loss before the update
     */
    public double step(int[] order, int from, int to) {
        if (from < 0 || to > order.length || to - from < 1) {
            throw new IllegalArgumentException("positions " + from + " … " + (to - 1) + " of " + order.length
                    + " rows are not a batch of at least one row");
        }
        return step(Arrays.copyOfRange(order, from, to));   // pullRows takes the rows as one int[]
    }

    /** The step of every entry point, on B rows x [B, nIn] and y [B, K]: the batch loss before the update. */
    private double fit(INDArray x, INDArray y) {
        net.fit(x, y);                         // exactly one iteration: forward, loss, gradient, update
        return net.score();                    // the score computed on the way to the gradient, before the update
    }

    /** @return a copy of the current W, [feature][class] */
    public double[][] weights() {
        return SoftmaxModel.weights(net);
    }

    /** @return a copy of the current b, one per class */
    public double[] biases() {
        return SoftmaxModel.biases(net);
    }

    /**
     * W, flat row-major [feature][class] (W_jk at [j·K + k]), and b from one bulk copy of the parameter buffer:
     * MNIST's lock-step reads 7,850 parameters after every step, which one getDouble each would make slower than the
     * step.
     *
     * @return {W flat, b}, as doubles
     */
    public double[][] flatParameters() {
        // params() is [W column by column ('f' order, [nIn, K]), b]: one copy out, then reordered
        double[] flat = net.params().toDoubleVector();
        int nIn = (int) features.size(1);
        int nOut = (int) labels.size(1);
        double[] w = new double[nIn * nOut];
        for (int k = 0; k < nOut; k++) {
            for (int j = 0; j < nIn; j++) {
                w[j * nOut + k] = flat[j + k * nIn];
            }
        }
        return new double[][] {w, Arrays.copyOfRange(flat, nIn * nOut, nIn * nOut + nOut)};
    }

    /** @return the loss at the current parameters, on the training data, without changing them */
    public double loss() {
        return net.score(all, false);
    }

    /** @return p of every training row, [example][class], from {@code net.output} (inference mode) */
    public double[][] probabilities() {
        return JavaRows.of(net.output(features, false));
    }

    /**
     * @param features [n, nIn], any rows
     * @return p, [example][class], from {@code net.output} (inference mode)
     */
    public double[][] probabilities(INDArray features) {
        return JavaRows.of(net.output(features.castTo(this.features.dataType()), false));
    }

    /**
     * @param features [n, nIn], in the network's data type
     * @param labels   [n, K] one-hot
     * @return DL4J's {@link Evaluation} of the current network on those rows (inference mode)
     */
    public Evaluation evaluate(INDArray features, INDArray labels) {
        Evaluation evaluation = new Evaluation((int) labels.size(1));
        evaluation.eval(labels, net.output(features, false));
        return evaluation;
    }

    /** @return DOUBLE or FLOAT, the network's data type */
    public DataType dataType() {
        return features.dataType();
    }

    /** @return the network being trained (live: training it outside this trainer changes this trainer) */
    /**
     * @return DL4J's updater state, W's (row-major [j·K + k], as the hand-written W) then b's, named as the hand
     *         trainer's {@code state()}; empty for plain SGD
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

    public MultiLayerNetwork network() {
        return net;
    }
}
