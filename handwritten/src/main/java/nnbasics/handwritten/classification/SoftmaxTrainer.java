package nnbasics.handwritten.classification;

import java.util.List;
import java.util.Map;

import nnbasics.handwritten.updaters.Optimiser;
import nnbasics.handwritten.updaters.Step;

/**
 * Softmax regression trained by plain gradient descent, full batch or one mini-batch per step (guide, sections 7–9;
 * {@code docs/derivations.md}): the twin of DL4J's {@code SoftmaxTrainer}, one {@code OutputLayer} and one
 * {@code net.fit} per step. It trains the guide's houses and iris as well as MNIST (784 → 10, the TensorFlow
 * "MNIST for beginners" model), whose 60,000 × 784 pixels it reads in place ({@link FlatData}, not copied).
 *
 * <pre>
 * one step on the rows i = 1 … B of a batch (all N rows for the full batch), K classes:
 * z_ik = (Σ_j x_ij W_jk) + b_k                       the logits
 * p_i  = softmax(z_i)                                p_ik = e^{z_ik − c_i} / Σ_m e^{z_im − c_i},  c_i = max_m z_im
 * L    = −(1/B) Σ_i log p_{i,y_i}                    cross-entropy (DL4J's MCXENT), or
 *        (1/(B·K)) Σ_i Σ_k (p_ik − y_ik)²            squared error on p (DL4J's MSE)
 * δ_ik = ∂L/∂z_ik = (p_ik − y_ik) / B                cross-entropy, or
 *        Σ_m J_mk · 2(p_im − y_im)/(B·K)             squared error, J = ∂p_i/∂z_i = diag(p_i) − p_i p_iᵀ
 * ∂L/∂W_jk = Σ_i x_ij δ_ik,   ∂L/∂b_k = Σ_i δ_ik
 * W ← W − η ∂L/∂W,   b ← b − η ∂L/∂b               plain SGD; otherwise W ← W − u(∂L/∂W), b ← b − u(∂L/∂b)
 *                                                    through the {@link Step}s an {@link Optimiser} describes
 * return L + penalty(W, b)                           the loss before the update (DL4J's score after fit)
 * </pre>
 *
 * Each sum is one loop, its terms added in index order from 0 (rows in the order given); each product is rounded,
 * then added (no fused multiply-add). This is the readable model: {@code nnbasics.handwritten.kernels.MnistSoftmaxKernel}
 * trains the same model on MNIST faster (only the nonzero pixels, threads) and gives the same bits, step for step.
 * Not thread-safe: it holds the current parameters.
 */
public final class SoftmaxTrainer {

    private final FlatData data;
    private final ClassificationLoss loss;
    private final double learningRate;
    private final Optimiser optimiser;
    /** The step of W and of b; null for plain SGD, which steps in place. */
    private final Step weightStep;
    private final Step biasStep;
    /** W_jk at [j][k]: DL4J's W [nIn, nOut]. */
    private final double[][] weights;
    private final double[] biases;
    /** 0, 1, …, N − 1: the full batch. */
    private final int[] allRows;

    /**
     * @param data         the whole training set (its features are copied into one flat array)
     * @param start        W and b to start from
     * @param loss         the loss to descend
     * @param learningRate η, the same for every weight and bias; finite and positive
     * @throws IllegalArgumentException if the model does not fit the data or the rate is not finite and positive
     */
    public SoftmaxTrainer(ClassificationData data, SoftmaxModel start, ClassificationLoss loss, double learningRate) {
        this(FlatData.of(data), start, loss, Optimiser.sgd(learningRate));
    }

    /**
     * The same with the step an optimiser describes (its rate in place of η).
     *
     * @param optimiser the updater, its hyper-parameters and the regularisation; {@link Optimiser#sgd} for plain SGD
     * @throws IllegalArgumentException as the constructor with a rate, or if it asks for dropout (softmax
     *                                  regression has no layer whose input DL4J would drop here)
     */
    public SoftmaxTrainer(ClassificationData data, SoftmaxModel start, ClassificationLoss loss, Optimiser optimiser) {
        this(FlatData.of(data), start, loss, optimiser);
    }

    /**
     * The same on flat data, e.g. MNIST's {@code images()} and {@code labels()} (shared, not copied).
     *
     * @see #SoftmaxTrainer(ClassificationData, SoftmaxModel, ClassificationLoss, double)
     */
    public SoftmaxTrainer(FlatData data, SoftmaxModel start, ClassificationLoss loss, double learningRate) {
        this(data, start, loss, Optimiser.sgd(learningRate));
    }

    /**
     * The same on flat data with the step an optimiser describes.
     *
     * @see #SoftmaxTrainer(ClassificationData, SoftmaxModel, ClassificationLoss, Optimiser)
     */
    public SoftmaxTrainer(FlatData data, SoftmaxModel start, ClassificationLoss loss, Optimiser optimiser) {
        if (optimiser.keep() < 1) {
            throw new IllegalArgumentException("dropout (keep " + optimiser.keep() + ") is not taken by softmax "
                    + "regression");
        }
        double learningRate = optimiser.learningRate();
        if (start.featureCount() != data.featureCount() || start.classCount() != data.classCount()) {
            throw new IllegalArgumentException("the model has " + start.featureCount() + " features and "
                    + start.classCount() + " classes, the data " + data.featureCount() + " features and "
                    + data.classCount() + " classes");
        }
        this.data = data;
        this.loss = loss;
        this.learningRate = learningRate;
        this.optimiser = optimiser;
        this.weights = start.weights();
        this.biases = start.bias();
        boolean plain = optimiser.isPlainSgd();
        this.weightStep = plain ? null : optimiser.weightStep(weights.length * biases.length);
        this.biasStep = plain ? null : optimiser.biasStep(biases.length);
        this.allRows = new int[data.size()];
        for (int i = 0; i < allRows.length; i++) {
            allRows[i] = i;
        }
    }

    /** @return a new trainer at {@code start}, with this one's data (shared), loss and rate: one step from another engine's state */
    public SoftmaxTrainer startingFrom(SoftmaxModel start) {
        return new SoftmaxTrainer(data, start, loss, optimiser);
    }

    /**
     * A new trainer at {@code start} and the given updater state: one step from another engine's parameters and
     * state.
     *
     * @param iteration t, the updates already taken
     * @param state     the state of W, then of b ({@link #state()}'s layout); empty for plain SGD
     * @throws IllegalArgumentException if a name, a length or the number of groups is not this trainer's
     */
    public SoftmaxTrainer startingFrom(SoftmaxModel start, int iteration, List<Map<String, double[]>> state) {
        SoftmaxTrainer next = startingFrom(start);
        if (next.weightStep == null) {
            if (!state.isEmpty()) {
                throw new IllegalArgumentException("plain SGD keeps no state, got " + state.size() + " groups");
            }
            return next;
        }
        if (state.isEmpty()) {                                  // SGD with regularisation: no state to restore
            state = List.of(Map.of(), Map.of());
        }
        if (state.size() != 2) {
            throw new IllegalArgumentException("the updater state has " + state.size() + " groups, softmax "
                    + "regression 2 (W and b)");
        }
        next.weightStep.updater().restore(iteration, state.get(0));
        next.biasStep.updater().restore(iteration, state.get(1));
        return next;
    }

    /**
     * @return the updaters' state, W's (flat row-major [j·K + k], as W) then b's, named as DL4J names it; empty for
     *         plain SGD
     */
    public List<Map<String, double[]>> state() {
        return weightStep == null ? List.of() : List.of(weightStep.updater().state(), biasStep.updater().state());
    }

    /** @return the optimiser this trainer steps with */
    public Optimiser optimiser() {
        return optimiser;
    }

    /** @return Σ of the regularisers' penalties at the current W and b, what DL4J adds to its score; 0 if none */
    private double penalty() {
        return weightStep == null ? 0 : weightStep.penalty(FlatData.flatten(weights)) + biasStep.penalty(biases);
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
        LossAndGradient result = lossAndGradient(order, from, to);        // L, ∂L/∂W, ∂L/∂b at the current W, b
        if (weightStep != null) {
            double penalty = penalty();                                    // at W, b before the update
            double[] w = FlatData.flatten(weights);
            weightStep.take(w, FlatData.flatten(result.dW));               // W ← W − u(∂L/∂W)
            for (int j = 0; j < weights.length; j++) {
                System.arraycopy(w, j * biases.length, weights[j], 0, biases.length);
            }
            biasStep.take(biases, result.dB);                              // b ← b − u(∂L/∂b)
            return result.loss + penalty;
        }
        for (int j = 0; j < weights.length; j++) {
            for (int k = 0; k < biases.length; k++) {
                weights[j][k] -= learningRate * result.dW[j][k];           // W_jk ← W_jk − η ∂L/∂W_jk
            }
        }
        for (int k = 0; k < biases.length; k++) {
            biases[k] -= learningRate * result.dB[k];                      // b_k ← b_k − η ∂L/∂b_k
        }
        return result.loss;
    }

    /** L of a batch and its gradient, at one set of parameters. */
    private record LossAndGradient(double loss, double[][] dW, double[] dB) {
    }

    /** The loss and gradient of the rows {@code order[from … to−1]} at the current parameters (see the class comment). */
    private LossAndGradient lossAndGradient(int[] order, int from, int to) {
        int batch = data.checkBatch(order, from, to);
        int classes = biases.length;
        double[][] delta = new double[batch][];
        double lossSum = 0;
        for (int i = 0; i < batch; i++) {
            int row = order[from + i];
            int label = data.labels()[row];
            double[] p = logits(data.features(), row);                     // z_ik = (Σ_j x_ij W_jk) + b_k
            if (loss == ClassificationLoss.CROSS_ENTROPY) {
                lossSum += CrossEntropy.softmaxInPlace(p, 0, classes, label); // p_i = softmax(z_i), −log p_{i,y_i}
                delta[i] = new double[classes];
                for (int k = 0; k < classes; k++) {
                    double target = k == label ? 1 : 0;
                    delta[i][k] = (p[k] - target) / batch;                 // δ_ik = (p_ik − y_ik) / B
                }
            } else {
                Softmax.inPlace(p);                                        // p_i = softmax(z_i)
                double[] dP = new double[classes];
                for (int k = 0; k < classes; k++) {
                    double error = p[k] - (k == label ? 1 : 0);
                    lossSum += error * error;                              // Σ_i Σ_k (p_ik − y_ik)²
                    dP[k] = 2 * error / ((double) batch * classes);        // ∂L/∂p_ik = 2 (p_ik − y_ik)/(B·K)
                }
                double[][] jacobian = Softmax.jacobian(p);
                delta[i] = new double[classes];
                for (int k = 0; k < classes; k++) {
                    double sum = 0;
                    for (int m = 0; m < classes; m++) {
                        sum += jacobian[m][k] * dP[m];                     // δ_ik = Σ_m J_mk ∂L/∂p_im
                    }
                    delta[i][k] = sum;
                }
            }
        }
        int features = weights.length;
        double[][] dW = new double[features][classes];
        for (int j = 0; j < features; j++) {
            for (int k = 0; k < classes; k++) {
                double sum = 0;
                for (int i = 0; i < batch; i++) {
                    sum += data.features()[order[from + i] * features + j] * delta[i][k];  // ∂L/∂W_jk = Σ_i x_ij δ_ik
                }
                dW[j][k] = sum;
            }
        }
        double[] dB = new double[classes];
        for (int k = 0; k < classes; k++) {
            double sum = 0;
            for (int i = 0; i < batch; i++) {
                sum += delta[i][k];                                        // ∂L/∂b_k = Σ_i δ_ik
            }
            dB[k] = sum;
        }
        return new LossAndGradient(meanLoss(lossSum, batch), dW, dB);
    }

    /** L = −(1/B) Σ_i log p_{i,y_i}, or Σ_i Σ_k (p_ik − y_ik)² / (B·K), from the sum Σ. */
    private double meanLoss(double lossSum, int rows) {
        return loss == ClassificationLoss.CROSS_ENTROPY
                ? lossSum / rows                                           // L = (1/B) Σ_i −log p_{i,y_i}
                : lossSum / ((double) rows * biases.length);               // L = Σ / (B·K)
    }

    /** @return z with z_k = (Σ_j x_j W_jk) + b_k for row {@code row} of the flat {@code features} */
    private double[] logits(double[] features, int row) {
        int width = weights.length;
        double[] z = new double[biases.length];
        for (int k = 0; k < z.length; k++) {
            double sum = 0;
            for (int j = 0; j < width; j++) {
                sum += features[row * width + j] * weights[j][k];          // Σ_j x_j W_jk
            }
            z[k] = sum + biases[k];                                        // z_k = (Σ_j x_j W_jk) + b_k
        }
        return z;
    }

    /**
     * The gradient of the batch {@code rows} at the current parameters, without a step (for tests and finite
     * differences).
     *
     * @return ∂L/∂W [feature][class] and ∂L/∂b
     */
    public SoftmaxGradient gradient(int[] rows) {
        LossAndGradient result = lossAndGradient(rows, 0, rows.length);
        return new SoftmaxGradient(result.dW, result.dB);
    }

    /** @return the loss of the batch {@code rows} at the current parameters, no update */
    public double loss(int[] rows) {
        return lossAndGradient(rows, 0, rows.length).loss;
    }

    /** @return the loss over the whole training set at the current parameters, no update (rows in order) */
    public double loss() {
        return weightStep == null ? loss(data) : loss(data) + penalty();
    }

    /**
     * The loss over other rows (a test split) at the current parameters, no update: the same sums, rows in order.
     *
     * @param other flat data of the model's features and classes
     */
    public double loss(FlatData other) {
        checkFits(other);
        double lossSum = 0;
        for (int row = 0; row < other.size(); row++) {
            int label = other.labels()[row];
            double[] p = logits(other.features(), row);                    // z = x W + b
            if (loss == ClassificationLoss.CROSS_ENTROPY) {
                lossSum += CrossEntropy.softmaxInPlace(p, 0, p.length, label); // −log p_{i,y_i}
            } else {
                Softmax.inPlace(p);
                for (int k = 0; k < p.length; k++) {
                    double error = p[k] - (k == label ? 1 : 0);
                    lossSum += error * error;                              // Σ_i Σ_k (p_ik − y_ik)²
                }
            }
        }
        return meanLoss(lossSum, other.size());
    }

    /** @return p of every training row at the current parameters, [row][class] */
    public double[][] probabilities() {
        return probabilities(data.features(), data.size());
    }

    /**
     * p of other rows (a test split) at the current parameters, no update.
     *
     * @param features flat row-major, rows × featureCount
     * @param rows     the number of rows
     * @return p, [row][class]
     */
    public double[][] probabilities(double[] features, int rows) {
        if (rows < 0 || features.length != (long) rows * weights.length) {
            throw new IllegalArgumentException(rows + " rows of " + weights.length + " features need "
                    + (long) rows * weights.length + " values, found " + features.length);
        }
        double[][] p = new double[rows][];
        for (int i = 0; i < rows; i++) {
            p[i] = logits(features, i);                                    // z = x W + b
            Softmax.inPlace(p[i]);                                         // p = softmax(z)
        }
        return p;
    }

    /**
     * counts[actual][predicted] over other rows (a test split), the prediction argmax_k z_k (the first on a tie; the
     * same as argmax_k p_k).
     *
     * @param other flat data of the model's features and classes
     * @return K × K counts
     */
    public int[][] confusion(FlatData other) {
        checkFits(other);
        int[][] counts = new int[biases.length][biases.length];
        for (int row = 0; row < other.size(); row++) {
            counts[other.labels()[row]][Softmax.argmax(logits(other.features(), row))]++;
        }
        return counts;
    }

    private void checkFits(FlatData other) {
        if (other.featureCount() != weights.length || other.classCount() != biases.length) {
            throw new IllegalArgumentException("the model has " + weights.length + " features and " + biases.length
                    + " classes, the data " + other.featureCount() + " and " + other.classCount());
        }
    }

    /** @return the current parameters */
    public SoftmaxModel model() {
        return new SoftmaxModel(weights, biases);
    }

    /** @return a copy of the current W, [feature][class] */
    public double[][] weights() {
        return Matrices.copy(weights);
    }

    /** @return a copy of the current b, one per class */
    public double[] biases() {
        return biases.clone();
    }

    /** @return the loss this trainer descends */
    public ClassificationLoss lossFunction() {
        return loss;
    }

    /** @return η */
    public double learningRate() {
        return learningRate;
    }
}
