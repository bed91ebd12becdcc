package nnbasics.dl4j.classification;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import nnbasics.dl4j.runtime.Nd4jRuntime;
import nnbasics.dl4j.updaters.Optimiser;

/**
 * Softmax regression as one DL4J {@link OutputLayer} (guide, section 7):
 *
 * <pre>
 * z = x W + b            W is [nIn, nOut] = [feature][class], b is [nOut]
 * p = softmax(z)         p_k = exp(z_k) / Σ_m exp(z_m)
 * </pre>
 *
 * <p>The two losses, as DL4J computes them over a batch of N examples and K = nOut classes:
 * <pre>
 * MCXENT   L = −(1/N) Σ_i Σ_k y_ik log p_ik           dL/dz = (p − y)/N
 * MSE      L =  (1/(N·K)) Σ_i Σ_k (p_ik − y_ik)²      dL/dp = 2(p − y)/(N·K), dL/dz = Jᵀ dL/dp
 * </pre>
 * The layer's gradient is a sum over the examples; the 1/N comes from the updater ({@code miniBatch(true)}).
 * The network is plain full-batch gradient descent, {@code θ -= rate · dL/dθ}, for weights and biases alike.
 *
 * <p>{@link SoftmaxTrainer} trains it; the twin of the hand-written {@code SoftmaxModel} + {@code SoftmaxTrainer}.
 */
public final class SoftmaxModel {

    /** The parameter key of the weights W ([nIn, nOut], 'f' order) in a one-layer network. */
    public static final String WEIGHTS = "0_W";
    /** The parameter key of the biases b (rank 1, [nOut]) in a one-layer network. */
    public static final String BIAS = "0_b";
    /** An explicit seed: the initial weights are overwritten anyway, but nothing should depend on the clock. */
    private static final long SEED = 42L;

    private SoftmaxModel() {
    }

    /**
     * Builds and initialises the network; set its parameters with {@link #setParameters} before training.
     *
     * @param nIn      the number of features
     * @param nClasses the number of classes (at least 2: DL4J rejects softmax with one output)
     * @param loss     {@link LossFunction#MCXENT} (cross-entropy) or {@link LossFunction#MSE} (squared error on p)
     * @param rate     the learning rate of plain gradient descent, for weights and biases
     * @return an initialised network in double precision
     * @throws IllegalArgumentException for sizes below 1, a loss other than MCXENT or MSE, or a rate that is not
     *                                  finite and positive
     * @throws org.deeplearning4j.exception.DL4JInvalidConfigException for one class (DL4J's own validation)
     */
    public static MultiLayerNetwork build(int nIn, int nClasses, LossFunction loss, double rate) {
        return build(nIn, nClasses, loss, rate, DataType.DOUBLE);
    }

    /**
     * The same in a given precision: DOUBLE (the exact twin of the hand-written model) or FLOAT (softmax regression
     * on MNIST with {@code --float32}).
     *
     * @param dataType DOUBLE or FLOAT
     * @throws IllegalArgumentException as above, or for another data type
     * @see #build(int, int, LossFunction, double)
     */
    public static MultiLayerNetwork build(int nIn, int nClasses, LossFunction loss, double rate, DataType dataType) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("the learning rate must be finite and positive, got " + rate);
        }
        return build(nIn, nClasses, loss, Optimiser.sgd(rate), dataType);
    }

    /**
     * The same with the step an optimiser describes: its updater for W and b, its regularisation on the layer.
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation; {@link Optimiser#sgd} for plain SGD
     * @throws IllegalArgumentException as above, or if it asks for dropout (not taken by softmax regression)
     */
    public static MultiLayerNetwork build(int nIn, int nClasses, LossFunction loss, Optimiser optimiser,
                                          DataType dataType) {
        double rate = optimiser.learningRate();
        if (optimiser.keep() < 1) {
            throw new IllegalArgumentException("dropout (keep " + optimiser.keep() + ") is not taken by softmax "
                    + "regression");
        }
        Nd4jRuntime.configure(); // threads and JavaCPP, once, whatever the entry point
        if (nIn < 1 || nClasses < 1) {
            throw new IllegalArgumentException("nIn and nClasses must be at least 1, got " + nIn + " and " + nClasses);
        }
        if (loss != LossFunction.MCXENT && loss != LossFunction.MSE) {
            throw new IllegalArgumentException("softmax regression here uses MCXENT or MSE, got " + loss);
        }
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("the learning rate must be finite and positive, got " + rate);
        }
        if (dataType != DataType.DOUBLE && dataType != DataType.FLOAT) {
            throw new IllegalArgumentException("the network computes in DOUBLE or FLOAT, not " + dataType);
        }
        if (dataType == DataType.DOUBLE) {
            // GradientCheckUtil and exact agreement with the hand-written twin both need doubles everywhere.
            Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        }
        MultiLayerConfiguration configuration = new NeuralNetConfiguration.Builder()
                .seed(SEED)                          // no clock-based seed; W and b are overwritten anyway
                .dataType(dataType)                  // DOUBLE for the twin; FLOAT for --float32
                .weightInit(WeightInit.ZERO)         // irrelevant: setParameters overwrites W and b
                .updater(optimiser.dl4jUpdater())        // W -= u(dL/dW): Sgd(rate) is W -= rate · dL/dW
                .biasUpdater(optimiser.dl4jUpdater())    // b -= u(dL/db), the same rule for the biases
                .miniBatch(true)                     // the updater divides the summed gradient by N: dL/dθ = Σ_i … / N
                .list()
                .layer(output(nIn, nClasses, loss, optimiser))
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(configuration);
        net.init();
        return net;
    }

    /** The one layer, with the optimiser's regularisation on its W and b. */
    private static OutputLayer output(int nIn, int nClasses, LossFunction loss, Optimiser optimiser) {
        OutputLayer.Builder output = new OutputLayer.Builder(loss) // MCXENT: L = −(1/N) Σ y log p;  MSE: L = Σ (p − y)² / (N·K)
                .nIn(nIn)                    // x has nIn features
                .nOut(nClasses)              // one logit z_k = Σ_j x_j W_jk + b_k per class
                .activation(Activation.SOFTMAX) // p_k = exp(z_k) / Σ_m exp(z_m)
                .hasBias(true);              // the + b_k
        optimiser.configure(output);         // l1, l2, weight decay on W; the bias variants on b
        return output.build();
    }

    /**
     * Overwrites W and b.
     *
     * @param net     a network from {@link #build}
     * @param weights [feature][class], i.e. [nIn][nOut]
     * @param bias    one per class
     * @throws IllegalArgumentException if the shapes do not match the network
     */
    public static void setParameters(MultiLayerNetwork net, double[][] weights, double[] bias) {
        long[] wShape = net.getParam(WEIGHTS).shape();
        if (weights.length != wShape[0]) {
            throw new IllegalArgumentException("the network has " + wShape[0] + " features, the weights have "
                    + weights.length + " rows");
        }
        for (int j = 0; j < weights.length; j++) {
            if (weights[j].length != wShape[1]) {
                throw new IllegalArgumentException("the network has " + wShape[1] + " classes, weights row " + j
                        + " has " + weights[j].length);
            }
        }
        if (bias.length != wShape[1]) {
            throw new IllegalArgumentException("the network has " + wShape[1] + " classes, the bias has "
                    + bias.length + " entries");
        }
        // setParam assigns into the network's flat parameter view, whatever its order.
        net.setParam(WEIGHTS, Nd4j.createFromArray(weights));
        net.setParam(BIAS, Nd4j.createFromArray(bias));
    }

    /**
     * @param net a network from {@link #build}
     * @return a copy of W, [feature][class]
     */
    public static double[][] weights(MultiLayerNetwork net) {
        // element by element from the parameter table's own view of W [nIn, nOut]: no new INDArray (and so no
        // native buffer for ND4J to allocate and later free) per read; the lock-step runner reads at every step
        INDArray weights = net.getParam(WEIGHTS);
        int nIn = (int) weights.size(0);
        int nOut = (int) weights.size(1);
        double[][] w = new double[nIn][nOut];
        for (int j = 0; j < nIn; j++) {
            for (int k = 0; k < nOut; k++) {
                w[j][k] = weights.getDouble(j, k);
            }
        }
        return w;
    }

    /**
     * @param net a network from {@link #build}
     * @return a copy of b, one per class
     */
    public static double[] biases(MultiLayerNetwork net) {
        INDArray bias = net.getParam(BIAS);
        double[] b = new double[(int) bias.length()];
        for (int k = 0; k < b.length; k++) {
            b[k] = bias.getDouble(k);
        }
        return b;
    }
}
