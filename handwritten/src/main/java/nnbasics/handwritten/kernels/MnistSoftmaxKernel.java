package nnbasics.handwritten.kernels;

import static nnbasics.handwritten.mnist.MnistData.CLASSES;
import static nnbasics.handwritten.mnist.MnistData.PIXELS;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nnbasics.handwritten.classification.ConfusionMatrix;
import nnbasics.handwritten.classification.CrossEntropy;
import nnbasics.handwritten.classification.Softmax;
import nnbasics.handwritten.classification.SoftmaxTrainer;
import nnbasics.handwritten.mnist.MnistData;
import nnbasics.handwritten.updaters.Optimiser;
import nnbasics.handwritten.updaters.Step;

/**
 * The tuned kernel of the readable {@link SoftmaxTrainer} on MNIST (cross-entropy): softmax regression trained with
 * plain mini-batch SGD, with the same read-outs and bits, step for step, written for speed. W has DL4J's shape
 * [nIn, nOut], stored flat row-major.
 *
 * <pre>
 * one step on the rows i = 1 … B of a mini-batch (x_i: 784 pixels, y_i: one-hot digit):
 * z_i  = x_i W + b                      logits, z_ik = (Σ_j x_ij W_jk) + b_k
 * p_i  = softmax(z_i)                    p_ik = e^{z_ik − c_i} / Σ_m e^{z_im − c_i},  c_i = max_m z_im
 * L    = −(1/B) Σ_i log p_{i,y_i}         = (1/B) Σ_i [log Σ_m e^{z_im − c_i} − (z_{i,y_i} − c_i)]
 * dZ   = (p − y) / B                     ∂L/∂z_ik (softmax + cross-entropy, guide section 7)
 * dW   = Xᵀ dZ                           ∂L/∂W_jk = Σ_i x_ij dZ_ik
 * db   = Σ_i dZ_i                        ∂L/∂b_k  = Σ_i dZ_ik
 * W   -= lr · dW,   b -= lr · db         the step: subtract the gradient (plain SGD, fused into the pass)
 * W   ← W − u(dW),  b ← b − u(db)        another optimiser: the gradient first, then the readable {@link Step}s
 * return L + penalty(W, b)                the loss before the update (+ the regularisers' penalty, as DL4J's score)
 * </pre>
 *
 * <p><b>Summation order</b>, the readable trainer's: z_ik adds x_ij W_jk for j = 0 … 783 in increasing order from 0,
 * then b_k (as DL4J: x·W, then the bias row); dW_jk and db_k start at 0 and add row by row in the order the rows
 * are given; each product is rounded, then added (no fused multiply-add). Terms with x_ij = 0 are skipped: with W
 * and dZ finite such a term is ±0, which changes no bit of a sum that starts at +0. The softmax and the loss of a
 * row are the readable trainer's own code ({@link CrossEntropy#softmaxInPlace}).
 *
 * <p><b>Threads</b>: a batch's work is cut into fixed chunks — slices of its rows for the forward pass, bands of
 * pixels ({@link PixelBands}) for ∂L/∂W and the update — that each write only their own outputs and add every sum in
 * the order above; a few threads ({@link Chunks}) share the chunks. So the numbers are the same bits for 1, 2 or any
 * number of threads, and from run to run (pinned by a test).
 *
 * <p><b>Speed</b>: about 81% of MNIST pixels are 0, so training visits only the nonzero ones of each image, from a
 * {@link NonzeroPixels} index built once per training set (about 5× less work than the dense product); the index
 * also holds each such pixel's byte, the same double again through a table, so that an image is a few hundred
 * contiguous bytes rather than 6 KB somewhere in the 376 MB of doubles (about 40% faster). For each
 * such pixel j the 10 classes are one contiguous row of W (80 bytes), and the 10 running sums (or the 10 values of
 * dZ_i) are held in local variables, written out, so that they stay in registers. Nothing is allocated per batch:
 * the logits and the gradient live in buffers reused from batch to batch. Not thread-safe: one caller at a time.
 */
public final class MnistSoftmaxKernel {

    private final double learningRate;
    private final Optimiser optimiser;
    /** The step of W and of b, the readable trainer's; null for plain SGD, which is fused into the pass. */
    private final Step weightStep;
    private final Step biasStep;
    /** W_jk at [j·10 + k]: feature j's row of 10 class weights is contiguous. */
    private final double[] weights;
    private final double[] bias;

    /** Buffers reused by every batch: ∂L/∂W, ∂L/∂b, and z then p then dZ of the batch's rows, [i·10 + k]. */
    private final double[] weightGradient = new double[PIXELS * CLASSES];
    private final double[] biasGradient = new double[CLASSES];
    private double[] scores = new double[0];
    private double[] rowLoss = new double[0];
    /** The nonzero pixels of the last data set seen, built on first use (36 MB for the training set). */
    private NonzeroPixels nonzero;
    /** Its pixel bands, the chunks of the backward pass. */
    private PixelBands bands;
    /** The threads that share a batch's work (the results are the same bits for any number). */
    private final Chunks chunks;

    /**
     * Starts from W = 0, b = 0, as the tutorial does.
     *
     * @param learningRate lr, the same for every weight and bias (the tutorial: 0.5)
     */
    public MnistSoftmaxKernel(double learningRate) {
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
    public MnistSoftmaxKernel(double learningRate, double[] weights, double[] bias) {
        this(learningRate, weights, bias, Chunks.defaultThreads());
    }

    /**
     * Starts from given parameters (copied), sharing each batch's work among {@code threads} threads.
     *
     * @param threads at least 1; the results are the same bits for every value (see the class comment)
     */
    public MnistSoftmaxKernel(double learningRate, double[] weights, double[] bias, int threads) {
        this(Optimiser.sgd(learningRate), weights, bias, new Chunks(threads));
    }

    /**
     * Starts from given parameters (copied) with the step an optimiser describes: an updater, regularisation (the
     * readable {@code SoftmaxTrainer}'s {@link Step}s, the same bits).
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation; {@link Optimiser#sgd} for plain SGD
     * @param threads   at least 1; the results are the same bits for every value
     * @throws IllegalArgumentException as the constructor with a rate, or for dropout (softmax regression has no
     *                                  hidden layer whose input is dropped)
     */
    public MnistSoftmaxKernel(Optimiser optimiser, double[] weights, double[] bias, int threads) {
        this(optimiser, weights, bias, new Chunks(threads));
    }

    /** The same on the default threads. */
    public MnistSoftmaxKernel(Optimiser optimiser, double[] weights, double[] bias) {
        this(optimiser, weights, bias, Chunks.defaultThreads());
    }

    private MnistSoftmaxKernel(Optimiser optimiser, double[] weights, double[] bias, Chunks chunks) {
        double learningRate = optimiser.learningRate();
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate " + learningRate + " is not finite and positive");
        }
        if (optimiser.keep() < 1) {
            throw new IllegalArgumentException("dropout (keep " + optimiser.keep() + ") is not taken by softmax "
                    + "regression");
        }
        if (weights.length != PIXELS * CLASSES || bias.length != CLASSES) {
            throw new IllegalArgumentException("expected " + PIXELS * CLASSES + " weights and " + CLASSES
                    + " biases, found " + weights.length + " and " + bias.length);
        }
        this.learningRate = learningRate;
        this.optimiser = optimiser;
        boolean plain = optimiser.isPlainSgd();
        this.weightStep = plain ? null : optimiser.weightStep(PIXELS * CLASSES);
        this.biasStep = plain ? null : optimiser.biasStep(CLASSES);
        this.weights = weights.clone();
        this.bias = bias.clone();
        this.chunks = chunks;
    }

    /**
     * A new model at the given parameters (copied), with this one's rate and threads, sharing (read-only) this one's
     * index of the last training set's nonzero pixels: one step from another engine's state at every update costs
     * one step, not a new index of 60,000 images. The two models must not be used at the same time (they share
     * their threads).
     *
     * @param weights W, 784 × 10 flat row-major
     * @param bias    b, 10 values
     */
    public MnistSoftmaxKernel startingFrom(double[] weights, double[] bias) {
        MnistSoftmaxKernel other = new MnistSoftmaxKernel(optimiser, weights, bias, chunks);
        other.nonzero = nonzero;
        other.bands = bands;
        return other;
    }

    /**
     * The same at the given parameters and updater state (copied): one step from another engine's parameters and
     * state, e.g. DL4J's velocity or m and v.
     *
     * @param iteration t, the updates already taken (Adam's bias correction reads it)
     * @param state     the state of W, then of b (the readable trainer's layout, {@link #state()}); empty for none
     * @throws IllegalArgumentException if a name, a length or the number of groups is not this kernel's
     */
    public MnistSoftmaxKernel startingFrom(double[] weights, double[] bias, int iteration,
                                           List<Map<String, double[]>> state) {
        MnistSoftmaxKernel next = startingFrom(weights, bias);
        if (next.weightStep == null) {
            if (!state.isEmpty()) {
                throw new IllegalArgumentException("plain SGD keeps no state, got " + state.size() + " groups");
            }
            return next;
        }
        List<Map<String, double[]>> groups = state.isEmpty() ? List.of(Map.of(), Map.of()) : state;
        if (groups.size() != 2) {
            throw new IllegalArgumentException("the updater state has " + groups.size() + " groups, softmax "
                    + "regression 2 (W and b)");
        }
        next.weightStep.updater().restore(iteration, groups.get(0));
        next.biasStep.updater().restore(iteration, groups.get(1));
        return next;
    }

    /** @return the updaters' state, W's (flat row-major [j·10 + k], as W) then b's; empty for plain SGD */
    public List<Map<String, double[]>> state() {
        return weightStep == null ? List.of() : List.of(weightStep.updater().state(), biasStep.updater().state());
    }

    /** @return the optimiser this kernel steps with */
    public Optimiser optimiser() {
        return optimiser;
    }

    /** @return Σ of the regularisers' penalties at the current W and b (the readable trainer's); 0 if none */
    private double penalty() {
        return weightStep == null ? 0 : weightStep.penalty(weights) + biasStep.penalty(bias);
    }

    /**
     * One SGD step on the rows {@code order[from … to−1]}: an epoch's order, from {@code EpochOrder.of}, without
     * copying it into batches.
     *
     * @return the mini-batch loss before the update
     */
    public double trainBatch(MnistData data, int[] order, int from, int to) {
        if (weightStep != null) {
            double penalty = penalty();                                 // at W, b before the update
            double loss = gradientAndWeightStep(data, order, from, to, false);   // dW, db; W not changed
            weightStep.take(weights, weightGradient);                   // W ← W − u(dW)
            biasStep.take(bias, biasGradient);                          // b ← b − u(db)
            return loss + penalty;
        }
        double loss = gradientAndWeightStep(data, order, from, to, true);  // ... and W -= lr · dW, band by band
        for (int k = 0; k < CLASSES; k++) {
            bias[k] -= learningRate * biasGradient[k];          // b -= lr · db
        }
        return loss;
    }

    /** The batch's rows are cut into this many chunks for the forward pass (fixed: see {@link PixelBands#BANDS}). */
    private static final int ROW_CHUNKS = 8;

    /**
     * Fills weightGradient and biasGradient with dW and db of rows[from … to−1], takes W −= lr · dW if
     * {@code sgd}, and returns
     * their mean loss. Two phases, each cut into chunks that write only their own outputs:
     * <pre>
     * forward   chunk = a slice of the batch's rows:  z_i, p_i, −log p_{i,y_i}, dZ_i = (p_i − y_i)/B   (row by row)
     * backward  chunk = a band of pixels j:           dW_jk = Σ_i x_ij dZ_ik, i in the batch's order; W_jk −= lr dW_jk
     * </pre>
     * then, on the calling thread, db_k = Σ_i dZ_ik and L = (1/B) Σ_i −log p_{i,y_i}, i in order. Every sum adds its
     * terms in the same order as one thread would, so the results do not depend on the number of threads.
     */
    private double gradientAndWeightStep(MnistData data, int[] rows, int from, int to, boolean sgd) {
        int batch = to - from;
        if (batch < 1 || from < 0 || to > rows.length) {
            throw new IllegalArgumentException("rows " + from + " … " + (to - 1) + " of " + rows.length
                    + " is not a mini-batch of at least one row");
        }
        if (scores.length < batch * CLASSES) {
            scores = new double[batch * CLASSES];
            rowLoss = new double[batch];
        }
        int[] labels = data.labels();
        NonzeroPixels ink = nonzeroPixels(data);
        chunks.run(Math.min(ROW_CHUNKS, batch), chunk -> {
            int first = chunk * batch / Math.min(ROW_CHUNKS, batch);
            int last = (chunk + 1) * batch / Math.min(ROW_CHUNKS, batch);
            for (int i = first; i < last; i++) {
                int row = rows[from + i];
                logits(row, ink, scores, i * CLASSES);                         // z_i = x_i W + b
                rowLoss[i] = CrossEntropy.softmaxInPlace(scores, i * CLASSES, CLASSES, labels[row]); // p_i = softmax(z_i)
                int y = i * CLASSES + labels[row];
                for (int k = i * CLASSES; k < (i + 1) * CLASSES; k++) {
                    double target = k == y ? 1 : 0;
                    scores[k] = (scores[k] - target) / batch;                   // dZ = (p − y) / B
                }
            }
        });
        chunks.run(PixelBands.BANDS, band -> backward(rows, from, batch, band, sgd));
        Arrays.fill(biasGradient, 0);
        double lossSum = 0;
        for (int i = 0; i < batch; i++) {
            for (int k = 0; k < CLASSES; k++) {
                biasGradient[k] += scores[i * CLASSES + k];                    // db_k += dZ_ik
            }
            lossSum += rowLoss[i];
        }
        return lossSum / batch;                                                // L = (1/B) Σ_i −log p_{i,y_i}
    }

    /**
     * dW_jk = Σ_i x_ij dZ_ik for the pixels j of one band (rows in the batch's order); then, if {@code sgd},
     * W_jk −= lr dW_jk.
     */
    private void backward(int[] rows, int from, int batch, int band, boolean sgd) {
        double[] dW = weightGradient;
        NonzeroPixels ink = bands.ink();
        short[] pixels = ink.pixels();
        int firstCell = bands.bounds()[band] * CLASSES;
        int endCell = bands.bounds()[band + 1] * CLASSES;
        Arrays.fill(dW, firstCell, endCell, 0);
        for (int i = 0; i < batch; i++) {
            int row = rows[from + i];
            int dzOffset = i * CLASSES;
            // dZ_i0 … dZ_i9 in registers, written out: a loop over k would reload them for every pixel
            double d0 = scores[dzOffset], d1 = scores[dzOffset + 1], d2 = scores[dzOffset + 2];
            double d3 = scores[dzOffset + 3], d4 = scores[dzOffset + 4], d5 = scores[dzOffset + 5];
            double d6 = scores[dzOffset + 6], d7 = scores[dzOffset + 7], d8 = scores[dzOffset + 8];
            double d9 = scores[dzOffset + 9];
            for (int p = bands.from(row, band); p < bands.to(row, band); p++) { // x_ij ≠ 0 only: the others add 0
                int j = pixels[p];
                double xij = ink.value(p);
                int c = j * CLASSES;
                dW[c] += xij * d0;                                             // dW_jk += x_ij dZ_ik
                dW[c + 1] += xij * d1;
                dW[c + 2] += xij * d2;
                dW[c + 3] += xij * d3;
                dW[c + 4] += xij * d4;
                dW[c + 5] += xij * d5;
                dW[c + 6] += xij * d6;
                dW[c + 7] += xij * d7;
                dW[c + 8] += xij * d8;
                dW[c + 9] += xij * d9;
            }
        }
        if (sgd) {
            for (int c = firstCell; c < endCell; c++) {
                weights[c] -= learningRate * dW[c];                        // W -= lr · dW
            }
        }
    }

    /** @return the nonzero pixels of {@code data}, from the cache if it is the data set seen last */
    private NonzeroPixels nonzeroPixels(MnistData data) {
        if (nonzero == null || !nonzero.indexes(data)) {
            nonzero = NonzeroPixels.of(data);
            bands = PixelBands.of(nonzero);
        }
        return nonzero;
    }

    /** z[zOffset + k] = (Σ_j x_rj W_jk) + b_k over the nonzero pixels j of image {@code row}, j increasing. */
    private void logits(int row, NonzeroPixels ink, double[] z, int zOffset) {
        // the 10 sums z_0 … z_9 in registers: written out, since a loop over k would go through memory each time
        double[] w = weights;
        double z0 = 0, z1 = 0, z2 = 0, z3 = 0, z4 = 0, z5 = 0, z6 = 0, z7 = 0, z8 = 0, z9 = 0;
        short[] pixels = ink.pixels();
        for (int p = ink.starts()[row]; p < ink.starts()[row + 1]; p++) {
            int j = pixels[p];
            double xj = ink.value(p);
            int c = j * CLASSES;
            z0 += xj * w[c];                                               // z_k += x_j W_jk
            z1 += xj * w[c + 1];
            z2 += xj * w[c + 2];
            z3 += xj * w[c + 3];
            z4 += xj * w[c + 4];
            z5 += xj * w[c + 5];
            z6 += xj * w[c + 6];
            z7 += xj * w[c + 7];
            z8 += xj * w[c + 8];
            z9 += xj * w[c + 9];
        }
        z[zOffset] = z0 + bias[0];                                         // z_k = (Σ_j x_j W_jk) + b_k
        z[zOffset + 1] = z1 + bias[1];
        z[zOffset + 2] = z2 + bias[2];
        z[zOffset + 3] = z3 + bias[3];
        z[zOffset + 4] = z4 + bias[4];
        z[zOffset + 5] = z5 + bias[5];
        z[zOffset + 6] = z6 + bias[6];
        z[zOffset + 7] = z7 + bias[7];
        z[zOffset + 8] = z8 + bias[8];
        z[zOffset + 9] = z9 + bias[9];
    }

    /**
     * z[zOffset + k] = (Σ_j x_j W_jk) + b_k, j increasing, zero pixels skipped: the same sums as the indexed version,
     * without an index (for evaluation, so that the training set's index stays cached).
     */
    private void logits(double[] x, int xOffset, double[] z, int zOffset) {
        Arrays.fill(z, zOffset, zOffset + CLASSES, 0);
        for (int j = 0; j < PIXELS; j++) {
            double xj = x[xOffset + j];
            if (xj == 0) {
                continue;                                                  // adds exactly 0
            }
            int wOffset = j * CLASSES;
            for (int k = 0; k < CLASSES; k++) {
                z[zOffset + k] += xj * weights[wOffset + k];               // z_k += x_j W_jk
            }
        }
        for (int k = 0; k < CLASSES; k++) {
            z[zOffset + k] += bias[k];                                     // z_k = (Σ_j x_j W_jk) + b_k
        }
    }

    /**
     * @return the mean cross-entropy −(1/n) Σ_i log p_{i,y_i} over every image of {@code data}, no update; + the
     *         regularisers' penalty with an optimiser that has one (the readable trainer's {@code loss()})
     */
    public double loss(MnistData data) {
        return weightStep == null ? crossEntropy(data) : crossEntropy(data) + penalty();
    }

    /** @return −(1/n) Σ_i log p_{i,y_i} over every image of {@code data}, rows in order */
    private double crossEntropy(MnistData data) {
        double[] z = new double[CLASSES];
        double sum = 0;
        for (int i = 0; i < data.count(); i++) {
            logits(data.images(), i * PIXELS, z, 0);
            sum += CrossEntropy.softmaxInPlace(z, 0, CLASSES, data.labels()[i]);
        }
        return sum / data.count();
    }

    /** @return the share of images whose predicted digit is their label */
    public double accuracy(MnistData data) {
        return ConfusionMatrix.accuracy(confusion(data));
    }

    /** @return counts[actual][predicted] over every image of {@code data}, 10 × 10 */
    public int[][] confusion(MnistData data) {
        int[][] counts = new int[CLASSES][CLASSES];
        double[] z = new double[CLASSES];
        for (int i = 0; i < data.count(); i++) {
            logits(data.images(), i * PIXELS, z, 0);
            counts[data.labels()[i]][Softmax.argmax(z)]++;
        }
        return counts;
    }

    /** @return a copy of W, flat row-major [feature][class]: weights()[j·10 + k] = W_jk (DL4J's W [nIn, nOut]) */
    public double[] weights() {
        return weights.clone();
    }

    /** @return a copy of b */
    public double[] biases() {
        return bias.clone();
    }
}
