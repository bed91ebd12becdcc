package nnbasics.handwritten.mnist;

import static nnbasics.handwritten.mnist.MnistData.CLASSES;
import static nnbasics.handwritten.mnist.MnistData.PIXELS;

import nnbasics.handwritten.classification.CrossEntropy;

/**
 * Softmax regression on MNIST trained with plain mini-batch SGD: the TensorFlow "MNIST for beginners" model
 * (guide, section 9). The twin of a DL4J {@code OutputLayer(784 → 10, softmax, MCXENT)} with {@code Sgd(lr)}: W has
 * DL4J's shape [nIn, nOut], stored flat row-major, W_jk at [j·10 + k].
 *
 * <pre>
 * one step on the rows i = 1 … B of a mini-batch (x_i: 784 pixels, y_i: one-hot digit):
 * z_i  = x_i W + b                      logits, z_ik = (Σ_j x_ij W_jk) + b_k
 * p_i  = softmax(z_i)                    p_ik = e^{z_ik − c_i} / Σ_m e^{z_im − c_i},  c_i = max_m z_im
 * L    = −(1/B) Σ_i log p_{i,y_i}         = (1/B) Σ_i [log Σ_m e^{z_im − c_i} − (z_{i,y_i} − c_i)]
 * dZ   = (p − y) / B                     ∂L/∂z_ik (softmax + cross-entropy, guide section 7)
 * dW   = Xᵀ dZ                           ∂L/∂W_jk = Σ_i x_ij dZ_ik
 * db   = Σ_i dZ_i                        ∂L/∂b_k  = Σ_i dZ_ik
 * W   -= lr · dW,   b -= lr · db         the step: subtract the gradient
 * </pre>
 *
 * Each sum is one loop, its terms added in index order from 0 (rows in the order given); each product is rounded,
 * then added (no fused multiply-add). This is the readable model:
 * {@code nnbasics.handwritten.kernels.MnistSoftmaxKernel} trains the same model faster (only the nonzero pixels,
 * threads) and gives the same bits, step for step. Not
 * thread-safe: one caller at a time.
 */
public final class MnistSoftmax {

    private final double learningRate;
    /** W_jk at [j·10 + k]. */
    private final double[] weights;
    private final double[] bias;

    /**
     * Starts from W = 0, b = 0, as the tutorial does.
     *
     * @param learningRate lr, the same for every weight and bias (the tutorial: 0.5)
     */
    public MnistSoftmax(double learningRate) {
        this(learningRate, new double[PIXELS * CLASSES], new double[CLASSES]);
    }

    /**
     * Starts from given parameters (copied).
     *
     * @param learningRate lr, the same for every weight and bias
     * @param weights      W, 784 × 10 flat row-major: weights[j·10 + k] = W_jk
     * @param bias         b, 10 values
     * @throws IllegalArgumentException if a size is wrong or the rate is not finite and positive
     */
    public MnistSoftmax(double learningRate, double[] weights, double[] bias) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate " + learningRate + " is not finite and positive");
        }
        if (weights.length != PIXELS * CLASSES || bias.length != CLASSES) {
            throw new IllegalArgumentException("expected " + PIXELS * CLASSES + " weights and " + CLASSES
                    + " biases, found " + weights.length + " and " + bias.length);
        }
        this.learningRate = learningRate;
        this.weights = weights.clone();
        this.bias = bias.clone();
    }

    /** @return a new model at the given parameters (copied), with this one's rate */
    public MnistSoftmax startingFrom(double[] weights, double[] bias) {
        return new MnistSoftmax(learningRate, weights, bias);
    }

    /**
     * One SGD step on the mean cross-entropy of the given rows.
     *
     * @param data the training set
     * @param rows the mini-batch: indices into {@code data}, at least one (a row may repeat)
     * @return the mini-batch loss L <b>before</b> the update (what DL4J's {@code score()} reports after {@code fit})
     */
    public double trainBatch(MnistData data, int[] rows) {
        return trainBatch(data, rows, 0, rows.length);
    }

    /**
     * One SGD step on the rows {@code order[from … to−1]}: an epoch's order, from {@link EpochOrder#of}, without
     * copying it into batches.
     *
     * @return the mini-batch loss before the update
     */
    public double trainBatch(MnistData data, int[] order, int from, int to) {
        MnistGradient gradient = gradient(data, order, from, to);
        double[] dW = gradient.weights();
        double[] db = gradient.bias();
        for (int c = 0; c < PIXELS * CLASSES; c++) {
            weights[c] -= learningRate * dW[c];                                // W -= lr · dW
        }
        for (int k = 0; k < CLASSES; k++) {
            bias[k] -= learningRate * db[k];                                   // b -= lr · db
        }
        return gradient.loss();
    }

    /**
     * One epoch: {@link #trainBatch} on order[0 … B−1], order[B … 2B−1], …, the last batch possibly shorter.
     *
     * @param order     the epoch's order of the rows, e.g. {@link EpochOrder#of}
     * @param batchSize B, rows per step (the tutorial: 100)
     * @return the mean of the batch losses, each taken before its step
     */
    public double trainEpoch(MnistData data, int[] order, int batchSize) {
        int batches = EpochOrder.batchCount(order.length, batchSize);
        double sum = 0;
        for (int batch = 0; batch < batches; batch++) {
            int from = batch * batchSize;
            sum += trainBatch(data, order, from, Math.min(from + batchSize, order.length));
        }
        return sum / batches;
    }

    /**
     * The gradient and loss at the current parameters, without a step.
     *
     * @param rows the mini-batch, at least one row
     */
    public MnistGradient gradient(MnistData data, int[] rows) {
        return gradient(data, rows, 0, rows.length);
    }

    /** The gradient and loss of the rows {@code rows[from … to−1]} at the current parameters. */
    private MnistGradient gradient(MnistData data, int[] rows, int from, int to) {
        int batch = to - from;
        if (batch < 1 || from < 0 || to > rows.length) {
            throw new IllegalArgumentException("rows " + from + " … " + (to - 1) + " of " + rows.length
                    + " is not a mini-batch of at least one row");
        }
        double[] x = data.images();
        double[][] dZ = new double[batch][];
        double lossSum = 0;
        for (int i = 0; i < batch; i++) {
            int row = rows[from + i];
            double[] p = logits(x, row);                                       // z_i = x_i W + b
            lossSum += softmaxInPlace(p, 0, data.labels()[row]);               // p_i = softmax(z_i), −log p_{i,y_i}
            for (int k = 0; k < CLASSES; k++) {
                double target = k == data.labels()[row] ? 1 : 0;
                p[k] = (p[k] - target) / batch;                                // dZ = (p − y) / B
            }
            dZ[i] = p;
        }
        double[] dW = new double[PIXELS * CLASSES];
        for (int j = 0; j < PIXELS; j++) {
            for (int k = 0; k < CLASSES; k++) {
                double sum = 0;
                for (int i = 0; i < batch; i++) {
                    sum += x[rows[from + i] * PIXELS + j] * dZ[i][k];          // dW_jk = Σ_i x_ij dZ_ik
                }
                dW[j * CLASSES + k] = sum;
            }
        }
        double[] db = new double[CLASSES];
        for (int k = 0; k < CLASSES; k++) {
            double sum = 0;
            for (int i = 0; i < batch; i++) {
                sum += dZ[i][k];                                               // db_k = Σ_i dZ_ik
            }
            db[k] = sum;
        }
        return new MnistGradient(dW, db, lossSum / batch);                     // L = (1/B) Σ_i −log p_{i,y_i}
    }

    /** @return z with z_k = (Σ_j x_j W_jk) + b_k for image {@code row} of {@code images} */
    private double[] logits(double[] images, int row) {
        double[] z = new double[CLASSES];
        for (int k = 0; k < CLASSES; k++) {
            double sum = 0;
            for (int j = 0; j < PIXELS; j++) {
                sum += images[row * PIXELS + j] * weights[j * CLASSES + k];    // Σ_j x_j W_jk
            }
            z[k] = sum + bias[k];                                              // z_k = (Σ_j x_j W_jk) + b_k
        }
        return z;
    }

    /**
     * Replaces the 10 logits at {@code offset} by their softmax, max-shifted, and returns −log p_label (the tuned
     * kernel calls this very method for each row, so both compute it alike).
     *
     * <pre>
     * c = max_m z_m,  S = Σ_m e^{z_m − c},  p_k = e^{z_k − c} / S,  −log p_y = log S − (z_y − c)
     * </pre>
     *
     * The loss comes from the logits, not from log p: it stays finite when p_y underflows to 0; it is clipped as DL4J's
     * score clips it ({@link CrossEntropy#clip}).
     *
     * @param z      holds the logits at offset … offset + 9 on the way in, p on the way out
     * @param offset where the row's logits start
     * @param label  the row's digit y
     * @return −log clip(p_y)
     */
    public static double softmaxInPlace(double[] z, int offset, int label) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = offset; k < offset + CLASSES; k++) {
            max = Math.max(max, z[k]);                                     // c = max_m z_m
        }
        double shiftedLabel = z[offset + label] - max;                     // z_y − c
        double sum = 0;
        for (int k = offset; k < offset + CLASSES; k++) {
            z[k] = Math.exp(z[k] - max);                                   // e^{z_k − c}, at most 1
            sum += z[k];                                                   // S, at least 1
        }
        for (int k = offset; k < offset + CLASSES; k++) {
            z[k] /= sum;                                                   // p_k = e^{z_k − c} / S
        }
        return -CrossEntropy.clippedLog(shiftedLabel - Math.log(sum));     // −log clip(p_y), log p_y = z_y − c − log S
    }

    /**
     * @param data a data set
     * @param row  one of its images
     * @return p = softmax(x W + b), the 10 class probabilities of that image
     */
    public double[] probabilities(MnistData data, int row) {
        double[] p = logits(data.images(), row);
        softmaxInPlace(p, 0, data.labels()[row]);
        return p;
    }

    /** @return the predicted digit of one image: argmax_k z_k (the first on a tie), the same as argmax_k p_k */
    public int predict(MnistData data, int row) {
        return argmax(logits(data.images(), row));
    }

    /** @return the mean cross-entropy −(1/n) Σ_i log p_{i,y_i} over every image of {@code data}, no update */
    public double loss(MnistData data) {
        double sum = 0;
        for (int i = 0; i < data.count(); i++) {
            sum += softmaxInPlace(logits(data.images(), i), 0, data.labels()[i]);
        }
        return sum / data.count();
    }

    /** @return the mean cross-entropy −(1/B) Σ_i log p_{i,y_i} over the given rows, no update */
    public double loss(MnistData data, int[] rows) {
        double sum = 0;
        for (int row : rows) {
            sum += softmaxInPlace(logits(data.images(), row), 0, data.labels()[row]);
        }
        return sum / rows.length;
    }

    /** @return the share of images whose predicted digit is their label */
    public double accuracy(MnistData data) {
        return accuracy(confusion(data));
    }

    /**
     * @param confusion counts[actual][predicted], as {@link #confusion} gives
     * @return the share of the counts on the diagonal: the images whose predicted digit is their label
     */
    public static double accuracy(int[][] confusion) {
        int correct = 0;
        int total = 0;
        for (int actual = 0; actual < confusion.length; actual++) {
            for (int predicted = 0; predicted < confusion[actual].length; predicted++) {
                total += confusion[actual][predicted];
                correct += actual == predicted ? confusion[actual][predicted] : 0;
            }
        }
        return (double) correct / total;
    }

    /** @return counts[actual][predicted] over every image of {@code data}, 10 × 10 */
    public int[][] confusion(MnistData data) {
        int[][] counts = new int[CLASSES][CLASSES];
        for (int i = 0; i < data.count(); i++) {
            counts[data.labels()[i]][predict(data, i)]++;
        }
        return counts;
    }

    /** @return the first k with the largest z_k */
    public static int argmax(double[] z) {
        int best = 0;
        for (int k = 1; k < z.length; k++) {
            if (z[k] > z[best]) {
                best = k;
            }
        }
        return best;
    }

    /** @return a copy of W, flat row-major [feature][class]: weights()[j·10 + k] = W_jk (DL4J's W [nIn, nOut]) */
    public double[] weights() {
        return weights.clone();
    }

    /** @return a copy of b */
    public double[] bias() {
        return bias.clone();
    }
}
