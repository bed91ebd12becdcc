package nnbasics.dl4j.network;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Plain mini-batch SGD on a {@link DenseNetwork} over training arrays that the caller owns and this trainer only
 * reads: the DL4J network twin for MNIST, where {@link NetworkTrainer}'s own copy of the data set would duplicate
 * the 60,000 × 784 doubles (376 MB) of {@code MnistArrays}.
 *
 * <pre>
 * one step on the rows r_1 … r_B:
 *   x, y = features[r], labels[r]         gathered by Nd4j.pullRows into reused native buffers
 *   net.fit(x, y)                         exactly one iteration: forward, loss, gradient (summed, /B), update
 *   return net.score()                    the batch loss before the update
 * </pre>
 *
 * <p>The parameters are read in bulk: {@code net.params()} is the network's one flat parameter buffer, per layer
 * W in 'f' order ([nIn, nOut], W_jk at j + k·nIn) and then b (DL4J's {@code DefaultParamInitializer}); one
 * {@code data().asDouble()} copies it out, and the weights are reordered in Java into [j·nOut + k]. The same
 * numbers as {@link DenseNetwork#weights}/{@link DenseNetwork#biases} (pinned by a test), without 100,000 calls
 * of {@code getDouble} and without a native allocation per read. Not thread-safe.
 */
public final class BatchNetworkTrainer {

    private final MultiLayerNetwork net;
    private final int[] sizes;
    /** The batch's rows, gathered into the same native arrays at every step of the same size; a short last batch
     *  gets its own pair (see {@link NetworkTrainer}: a new pair per step stalls JavaCPP until Java's GC runs). */
    private INDArray batchFeatures;
    private INDArray batchLabels;
    private INDArray shortFeatures;
    private INDArray shortLabels;

    /**
     * @param startWeights W of every layer at the start, input side first, each [nIn][nOut]
     * @param startBiases  b of every layer at the start
     * @param hidden       f of every hidden layer (IDENTITY, SIGMOID, TANH or RELU)
     * @param learningRate η of plain SGD on the mean cross-entropy, for weights and biases
     * @throws IllegalArgumentException if the shapes do not chain, or for a rate that is not finite and positive
     */
    public BatchNetworkTrainer(List<double[][]> startWeights, List<double[]> startBiases, Activation hidden,
                               double learningRate) {
        if (startWeights.isEmpty() || startWeights.size() != startBiases.size()) {
            throw new IllegalArgumentException("need one W and one b per layer (at least the output layer), got "
                    + startWeights.size() + " weight matrices and " + startBiases.size() + " bias vectors");
        }
        this.sizes = new int[startWeights.size() + 1];
        for (int l = 0; l < startWeights.size(); l++) {
            double[][] w = startWeights.get(l);
            sizes[l] = w.length;
            sizes[l + 1] = w.length == 0 ? 0 : w[0].length;
        }
        int[] widths = new int[sizes.length - 2];
        System.arraycopy(sizes, 1, widths, 0, widths.length);
        this.net = DenseNetwork.build(sizes[0], widths, sizes[sizes.length - 1], hidden, learningRate);
        DenseNetwork.setParameters(net, startWeights, startBiases);   // checks every shape, per layer
    }

    /**
     * One SGD step on the given rows of the training arrays.
     *
     * @param features [N, nIn] in double precision (not copied: only the batch's rows are gathered)
     * @param labels   [N, K] one-hot, double
     * @param rows     the batch: indices into features and labels, at least one
     * @return the mean cross-entropy of the batch before the update ({@code net.score()}; DL4J clips p to
     *         [1e−10, 1 − 1e−10] in the score only)
     */
    public double trainBatch(INDArray features, INDArray labels, int[] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("a batch needs at least one row");
        }
        if (features.dataType() != DataType.DOUBLE || labels.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException("the network twin computes in double, the arrays are "
                    + features.dataType() + " and " + labels.dataType());
        }
        INDArray x;
        INDArray y;
        if (batchFeatures == null || batchFeatures.size(0) == rows.length) {
            if (batchFeatures == null) {
                batchFeatures = Nd4j.create(DataType.DOUBLE, rows.length, features.size(1));
                batchLabels = Nd4j.create(DataType.DOUBLE, rows.length, labels.size(1));
            }
            x = batchFeatures;
            y = batchLabels;
        } else {
            if (shortFeatures == null || shortFeatures.size(0) != rows.length) {
                shortFeatures = Nd4j.create(DataType.DOUBLE, rows.length, features.size(1));
                shortLabels = Nd4j.create(DataType.DOUBLE, rows.length, labels.size(1));
            }
            x = shortFeatures;
            y = shortLabels;
        }
        Nd4j.pullRows(features, x, 1, rows);   // one native gather each: x [B, nIn], y [B, K]
        Nd4j.pullRows(labels, y, 1, rows);
        net.fit(x, y);                         // exactly one iteration: forward, loss, gradient, update
        return net.score();
    }

    /** The network's flat parameter buffer, copied out once: per layer W ('f' order), then b. */
    private double[] parameterBuffer() {
        INDArray params = net.params();
        long length = params.length();
        if (params.offset() == 0 && params.data().length() == length && params.dataType() == DataType.DOUBLE) {
            return params.data().asDouble();    // the whole buffer, one bulk copy, no native allocation
        }
        return params.dup().data().asDouble();
    }

    /** @return copies of every current W, input side first, flat row-major: W_jk at [j·nOut + k] */
    public List<double[]> flatWeights() {
        return split(parameterBuffer(), true);
    }

    /** @return copies of every current b, input side first */
    public List<double[]> biases() {
        return split(parameterBuffer(), false);
    }

    /**
     * The weights and biases of every layer, input side first.
     *
     * @param weights W of every layer, flat row-major: W_jk at [j·nOut + k]
     * @param biases  b of every layer
     */
    public record Parameters(List<double[]> weights, List<double[]> biases) {
    }

    /** @return W and b of every layer from one bulk copy of the buffer (what a lock-step runner reads per step) */
    public Parameters parameters() {
        double[] all = parameterBuffer();
        return new Parameters(split(all, true), split(all, false));
    }

    private List<double[]> split(double[] all, boolean weights) {
        List<double[]> out = new ArrayList<>(sizes.length - 1);
        int at = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            int nIn = sizes[l];
            int nOut = sizes[l + 1];
            if (weights) {
                double[] w = new double[nIn * nOut];
                for (int k = 0; k < nOut; k++) {
                    int column = at + k * nIn;          // 'f' order: column k of W is contiguous
                    for (int j = 0; j < nIn; j++) {
                        w[j * nOut + k] = all[column + j];
                    }
                }
                out.add(w);
            }
            at += nIn * nOut;
            if (!weights) {
                double[] b = new double[nOut];
                System.arraycopy(all, at, b, 0, nOut);
                out.add(b);
            }
            at += nOut;
        }
        if (at != all.length) {
            throw new IllegalStateException("the network holds " + all.length + " parameters, its layers "
                    + at);   // a layout this class does not know: fail rather than compare the wrong numbers
        }
        return out;
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

    /** @return the sizes and activations from input to output, e.g. {@code 784 → 128 relu → 10 softmax} */
    public String architecture() {
        return DenseNetwork.architecture(net);
    }

    /** @return the network being trained (live) */
    public MultiLayerNetwork network() {
        return net;
    }
}
