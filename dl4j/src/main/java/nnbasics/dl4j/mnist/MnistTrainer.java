package nnbasics.dl4j.mnist;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import nnbasics.dl4j.runtime.Nd4jRuntime;

/**
 * Softmax regression on MNIST with one DL4J {@link OutputLayer}, trained by mini-batch SGD: the twin of the
 * hand-written {@code MnistSoftmax}.
 *
 * <pre>
 * p = softmax(x W + b)                W [784, 10] = [feature][class], b [10], both zero at the start
 * L = −(1/B) Σ_i log p_i,label(i)      over the B rows of one batch (MCXENT)
 * W −= rate · xᵀ(p − y) / B           b −= rate · Σ_i (p_i − y_i) / B
 * </pre>
 *
 * <p>One {@link #trainBatch} gathers the batch's rows and calls {@code net.fit} once: forward, loss, gradient
 * (a sum over the rows; the updater divides by B because of {@code miniBatch(true)}) and the update.
 */
public final class MnistTrainer {

    /** An explicit seed: the start is zero anyway, but nothing should depend on the clock. */
    private static final long SEED = 42L;

    private final MultiLayerNetwork net;
    private final DataType dataType;
    /**
     * The batch's rows, gathered into the same two native arrays at every step. A new pair per step (what
     * {@code getRows} or the two-argument {@code pullRows} return) is freed only when Java's GC runs; with a Java
     * heap that hardly allocates, JavaCPP reaches its limit (the -Xmx) first and stalls in System.gc() — measured:
     * 1.0–2.7 s per epoch instead of 0.4 s, with 2.4 GB resident.
     */
    private INDArray batchFeatures;
    private INDArray batchLabels;

    /**
     * @param learningRate the rate of plain SGD on the mean cross-entropy of a batch, finite and positive
     * @param dataType     {@link DataType#DOUBLE} (exact twin of the hand-written engine) or {@link DataType#FLOAT}
     */
    public MnistTrainer(double learningRate, DataType dataType) {
        Nd4jRuntime.configure(); // threads and JavaCPP, once, whatever the entry point
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be finite and positive, got " + learningRate);
        }
        if (dataType != DataType.DOUBLE && dataType != DataType.FLOAT) {
            throw new IllegalArgumentException("the network computes in DOUBLE or FLOAT, not " + dataType);
        }
        this.dataType = dataType;
        if (dataType == DataType.DOUBLE) {
            Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);   // as SoftmaxNetwork: doubles everywhere
        }
        MultiLayerConfiguration configuration = new NeuralNetConfiguration.Builder()
                .seed(SEED)
                .dataType(dataType)                  // DOUBLE for the lock-step twin; FLOAT for --float32
                .weightInit(WeightInit.ZERO)         // W = 0 (the tutorial's start); b starts at 0 by default
                .updater(new Sgd(learningRate))      // W -= rate · dL/dW
                .biasUpdater(new Sgd(learningRate))  // b -= rate · dL/db
                .miniBatch(true)                     // dL/dθ = (Σ over the batch's rows) / B
                .list()
                .layer(new OutputLayer.Builder(LossFunction.MCXENT) // L = −(1/B) Σ y log p
                        .nIn(MnistArrays.PIXELS)     // 784 pixels
                        .nOut(MnistArrays.CLASSES)   // 10 logits z_k = Σ_j x_j W_jk + b_k
                        .activation(Activation.SOFTMAX)
                        .hasBias(true)
                        .build())
                .build();
        this.net = new MultiLayerNetwork(configuration);
        net.init();
    }

    /**
     * One SGD step on the given rows.
     *
     * @param features [n, 784] (any rows; for example {@link MnistArrays#features()} of the training split)
     * @param labels   [n, 10] one-hot
     * @param rows     the batch: indices into features and labels
     * @return the mean cross-entropy of the batch at the parameters before the update ({@code net.score()};
     *         DL4J clips p to [1e−10, 1 − 1e−10] in the score only)
     */
    public double trainBatch(INDArray features, INDArray labels, int[] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("a batch needs at least one row");
        }
        if (batchFeatures == null || batchFeatures.size(0) != rows.length
                || batchFeatures.dataType() != features.dataType() || batchLabels.dataType() != labels.dataType()) {
            batchFeatures = Nd4j.create(features.dataType(), rows.length, features.size(1));
            batchLabels = Nd4j.create(labels.dataType(), rows.length, labels.size(1));
        }
        Nd4j.pullRows(features, batchFeatures, 1, rows);   // one native gather each: x [B, 784], y [B, 10]
        Nd4j.pullRows(labels, batchLabels, 1, rows);
        net.fit(batchFeatures, batchLabels);             // exactly one iteration: forward, loss, gradient, update
        return net.score();
    }

    /** @return a copy of W in the flat layout W[j·10 + k] (feature j, class k), as doubles */
    public double[] weights() {
        // params() is [W column by column ('f' order, [784, 10]), b]: one copy out, then reordered
        double[] flat = net.params().toDoubleVector();
        int nIn = MnistArrays.PIXELS;
        int nOut = MnistArrays.CLASSES;
        double[] w = new double[nIn * nOut];
        for (int k = 0; k < nOut; k++) {
            for (int j = 0; j < nIn; j++) {
                w[j * nOut + k] = flat[j + k * nIn];
            }
        }
        return w;
    }

    /** @return a copy of b, one per class, as doubles */
    public double[] bias() {
        double[] flat = net.params().toDoubleVector();
        double[] b = new double[MnistArrays.CLASSES];
        System.arraycopy(flat, MnistArrays.PIXELS * MnistArrays.CLASSES, b, 0, b.length);
        return b;
    }

    /** @return the fraction of examples whose argmax p is their label, from DL4J's {@link Evaluation} */
    public double accuracy(MnistArrays data) {
        return evaluate(data).accuracy();
    }

    /** @return counts[actual][predicted], 10 × 10, from DL4J's {@link Evaluation} */
    public int[][] confusion(MnistArrays data) {
        Evaluation evaluation = evaluate(data);
        int[][] counts = new int[MnistArrays.CLASSES][MnistArrays.CLASSES];
        for (int actual = 0; actual < MnistArrays.CLASSES; actual++) {
            for (int predicted = 0; predicted < MnistArrays.CLASSES; predicted++) {
                counts[actual][predicted] = evaluation.getConfusionMatrix().getCount(actual, predicted);
            }
        }
        return counts;
    }

    /** @return DL4J's evaluation of the current network on the data (inference mode) */
    public Evaluation evaluate(MnistArrays data) {
        Evaluation evaluation = new Evaluation(MnistArrays.CLASSES);
        evaluation.eval(data.labels(), net.output(data.features(), false));
        return evaluation;
    }

    /** @return DOUBLE or FLOAT */
    public DataType dataType() {
        return dataType;
    }

    /** @return the network being trained (live) */
    public MultiLayerNetwork network() {
        return net;
    }
}
