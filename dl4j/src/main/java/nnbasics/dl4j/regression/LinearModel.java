package nnbasics.dl4j.regression;

import java.util.Arrays;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import nnbasics.dl4j.runtime.Nd4jRuntime;

/**
 * A linear model, ŷ = x·w + b = Σ_j x_j w_j + b: one weight per feature and a bias, the twin of the hand-written
 * {@code LinearModel}. The numbers are a value (this record); the Deeplearning4j network that computes with them is
 * built by {@link #network}, written by {@link #writeTo} and read by {@link #readFrom}: one {@link OutputLayer} with
 * one output, identity activation and mean squared error, trained by plain full-batch gradient descent.
 *
 * <pre>
 *   prediction  ŷ_i = Σ_j x_ij · w_j + b                 (OutputLayer, identity, nOut = 1)
 *   loss        L   = (1/N) Σ_i (ŷ_i − y_i)²             (LossFunction.MSE; DL4J divides by N·nOut, nOut = 1)
 *   gradient    ∂L/∂w_j = (2/N) Σ_i (ŷ_i − y_i) x_ij     (the layer sums over i; the updater divides by N)
 *               ∂L/∂b   = (2/N) Σ_i (ŷ_i − y_i)
 *   update      w_j ← w_j − η_w · ∂L/∂w_j                (Sgd(weightRate))
 *               b   ← b   − η_b · ∂L/∂b                  (biasUpdater Sgd(biasRate))
 * </pre>
 *
 * <p>Parameters live in the layer's table: {@code "0_W"} of shape [nIn, 1] and, when the model has a
 * bias, {@code "0_b"} of shape [1] (rank 1). The starting values DL4J draws are irrelevant: callers
 * overwrite them with {@link #writeTo}.
 *
 * <p>Speed: one {@code fit} costs about 0.3–0.4 ms on three houses and on ten alike: ND4J's fixed cost per
 * operation (buffers, shape descriptors, op contexts), not arithmetic. Workspace and cache modes, ND4J's
 * profiling mode and thread count measured no difference, so the builder keeps DL4J's defaults for them.
 * The JVM option {@code -Dorg.bytedeco.javacpp.maxPhysicalBytes=0} (set before ND4J loads) removes JavaCPP's
 * resident-memory check on every native allocation and saves about 30%.
 *
 * @param weights w_j, one per feature
 * @param bias    b
 */
public record LinearModel(double[] weights, double bias) {

    /** Key of the weight matrix W [nIn, nOut] of layer 0 in {@link MultiLayerNetwork#getParam}. */
    static final String WEIGHT_KEY = "0_W";
    /** Key of the bias vector b [nOut] of layer 0; absent when the layer has no bias. */
    static final String BIAS_KEY = "0_b";
    /** Fixed seed: DL4J's default is the clock. The drawn values are overwritten anyway. */
    private static final long SEED = 42;

    public LinearModel {
        if (weights.length == 0) {
            throw new IllegalArgumentException("expected at least one weight");
        }
        weights = weights.clone();
    }

    /**
     * @param featureCount the number of features, m ≥ 1
     * @return w = 0, b = 0 (where the guide's gradient descent starts)
     */
    public static LinearModel zero(int featureCount) {
        return new LinearModel(new double[featureCount], 0);
    }

    /** @return a copy of the weights */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /**
     * Builds and initialises the network; its parameters are then set with {@link #writeTo}.
     *
     * @param nIn        number of features (inputs), at least 1
     * @param weightRate learning rate η_w for every weight, on MSE without ½
     * @param biasRate   learning rate η_b for the bias, on MSE without ½; ignored when {@code hasBias} is false
     * @param hasBias    false for the one-weight, no-bias model of section 1 (ŷ = w·x)
     * @return an initialised network whose parameters still have to be set with {@link #writeTo}
     */
    public static MultiLayerNetwork network(int nIn, double weightRate, double biasRate, boolean hasBias) {
        Nd4jRuntime.configure(); // threads and JavaCPP, once, whatever the entry point
        if (nIn < 1) {
            throw new IllegalArgumentException("a linear model needs at least 1 feature, got nIn = " + nIn);
        }
        requireRate("weightRate", weightRate);
        requireRate("biasRate", biasRate);
        // Every array DL4J creates for us (parameters, gradients, CSV data) in double precision, like the hand-written twin.
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        MultiLayerConfiguration configuration = new NeuralNetConfiguration.Builder()
                .seed(SEED)                                     // reproducible initial draw (overwritten anyway)
                .dataType(DataType.DOUBLE)                      // w, b, ŷ, L and ∂L in double precision
                .weightInit(WeightInit.ZERO)                    // w = 0, b = 0 until writeTo: the guide's zero start
                .updater(new Sgd(weightRate))                   // w_j ← w_j − η_w · ∂L/∂w_j  (no momentum, no decay)
                .biasUpdater(new Sgd(biasRate))                 // b ← b − η_b · ∂L/∂b  (the bias's own rate)
                .miniBatch(true)                                // ∂L/∂θ = (1/N) Σ_i ∂L_i/∂θ: the updater divides the summed gradient by N
                .list()
                .layer(new OutputLayer.Builder(LossFunction.MSE) // L = (1/(N·nOut)) Σ_i Σ_k (ŷ_ik − y_ik)², nOut = 1: the guide's MSE
                        .nIn(nIn)                               // one weight w_j per feature x_j
                        .nOut(1)                                // one prediction ŷ (the price)
                        .activation(Activation.IDENTITY)        // ŷ = z = x·w + b, no squashing
                        .hasBias(hasBias)                       // false: ŷ = x·w (section 1, no b at all)
                        .build())
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(configuration);
        network.init();
        return network;
    }

    /**
     * Overwrites the network's parameters with this model's: W[j][0] = w_j, b[0] = b.
     *
     * @param network a network from {@link #network}
     * @throws IllegalArgumentException if the number of weights differs from nIn, or a bias other than 0
     *                                  is given to a network without bias
     */
    public void writeTo(MultiLayerNetwork network) {
        INDArray w = network.getParam(WEIGHT_KEY);
        if (weights.length != w.size(0)) {
            throw new IllegalArgumentException("the network has " + w.size(0) + " weights, got "
                    + weights.length + ": " + Arrays.toString(weights));
        }
        // W has shape [nIn, 1]; a column vector is laid out the same in 'c' and 'f' order.
        w.assign(Nd4j.create(weights, new long[] {weights.length, 1}, DataType.DOUBLE));
        if (hasBias(network)) {
            network.getParam(BIAS_KEY).assign(bias);
        } else if (bias != 0) {
            throw new IllegalArgumentException("the network has no bias (ŷ = x·w), so b is 0; got bias " + bias);
        }
    }

    /**
     * @param network a network from {@link #network}
     * @return its parameters: w_j = W[j][0] and b = b[0] (0 for a network built without bias), copied out
     */
    public static LinearModel readFrom(MultiLayerNetwork network) {
        // element by element from the parameter table's own view of W [nIn, 1]: no new INDArray (and so no native
        // buffer for ND4J to allocate and later free) per read; the lock-step runner reads at every step
        INDArray view = network.getParam(WEIGHT_KEY);
        double[] w = new double[(int) view.size(0)];
        for (int j = 0; j < w.length; j++) {
            w[j] = view.getDouble(j, 0);
        }
        double b = hasBias(network) ? network.getParam(BIAS_KEY).getDouble(0) : 0.0;
        return new LinearModel(w, b);
    }

    /** Whether the network's layer has a bias parameter {@code "0_b"}. */
    static boolean hasBias(MultiLayerNetwork network) {
        return network.paramTable().containsKey(BIAS_KEY);
    }

    // a record's generated equals compares arrays by reference: these compare the numbers
    @Override
    public boolean equals(Object other) {
        return other instanceof LinearModel that && Arrays.equals(weights, that.weights)
                && Double.compare(bias, that.bias) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Double.hashCode(bias);
    }

    @Override
    public String toString() {
        return "LinearModel[weights=" + Arrays.toString(weights) + ", bias=" + bias + "]";
    }

    private static void requireRate(String name, double rate) {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException(name + " must be a finite number ≥ 0, got " + rate);
        }
    }
}
