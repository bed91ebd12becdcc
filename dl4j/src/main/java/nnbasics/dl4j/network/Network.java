package nnbasics.dl4j.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration.ListBuilder;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.MultiLayerUpdater;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import nnbasics.dl4j.runtime.Nd4jRuntime;
import nnbasics.dl4j.updaters.Optimiser;

/**
 * A multi-layer network as DL4J {@link DenseLayer}s followed by one {@link OutputLayer}, softmax with MCXENT (a
 * classifier) or the identity with MSE (a regression, {@link #build(int, int[], int, Activation, LossFunction,
 * double)}):
 *
 * <pre>
 * a⁰ = x                                   [B, nIn], one example per row
 * zˡ = aˡ⁻¹ Wˡ + bˡ,  aˡ = f(zˡ)           l = 0 … L−1 (hidden), Wˡ is [nInˡ, nOutˡ], bˡ is [nOutˡ]
 * p  = softmax(a^(L−1) W^L + b^L)          the output layer, K = classes outputs
 * L  = −(1/B) Σ_i log p_i,label(i)         MCXENT
 * δᴸ = (p − y)/B,  δˡ = (δˡ⁺¹ Wˡ⁺¹ᵀ) ⊙ f′(zˡ),  ∂L/∂Wˡ = aˡ⁻¹ᵀ δˡ,  ∂L/∂bˡ = Σ_i δˡ_i
 * θ ← θ − η ∂L/∂θ                          plain SGD, the same η for weights and biases
 *
 * regression: ŷ = a^(L−1) W^L + b^L (IDENTITY),  L = (1/(B·K)) Σ_i Σ_k (ŷ_ik − y_ik)² (LossMSE: LossL2's sum / nOut,
 *             the score / B),  δᴸ = 2 (ŷ − y)/(B·K) (LossMSE's gradient 2(ŷ − y)/nOut, summed; / B in the updater)
 * </pre>
 *
 * <p>DL4J's layer gradients are sums over the rows; the 1/B comes from the updater ({@code miniBatch(true)}).
 * Layer l's parameters are {@code "l_W"} and {@code "l_b"}, the output layer last (index = number of hidden layers).
 *
 * <p>The twin of the hand-written {@code Network}, under the same name: there the network is a model object of
 * plain arrays; here the model is DL4J's own {@link MultiLayerNetwork}, and this class builds it ({@link #build}),
 * writes its parameters ({@link #setParameters}) and reads them back ({@link #weights}, {@link #biases},
 * {@link #architecture}).
 */
public final class Network {

    /** The hidden activations both twins implement: f(z) = z, 1/(1 + e^−z), tanh z, max(0, z). */
    public static final Set<Activation> HIDDEN_ACTIVATIONS =
            EnumSet.of(Activation.IDENTITY, Activation.SIGMOID, Activation.TANH, Activation.RELU);
    /** An explicit seed: the initial parameters are overwritten anyway, but nothing should depend on the clock. */
    private static final long SEED = 42L;

    private Network() {
    }

    /** @return the parameter key of layer l's weights, [nIn, nOut] in 'f' order: {@code "l_W"} */
    public static String weightsKey(int layer) {
        return layer + "_W";
    }

    /** @return the parameter key of layer l's biases, rank 1 [nOut]: {@code "l_b"} */
    public static String biasKey(int layer) {
        return layer + "_b";
    }

    /**
     * Builds and initialises the network; set its parameters with {@link #setParameters} before training.
     *
     * @param nIn        the number of features
     * @param hidden     the width of each hidden layer, input side first; at least one
     * @param classes    the number of classes K (at least 2: DL4J rejects softmax with one output)
     * @param activation f of every hidden layer, one of {@link #HIDDEN_ACTIVATIONS}
     * @param rate       η of plain SGD, for weights and biases
     * @return an initialised network in double precision
     * @throws IllegalArgumentException for no hidden layer, sizes below 1 (classes below 2), another activation, or a rate that is
     *                                  not finite and positive
     */
    public static MultiLayerNetwork build(int nIn, int[] hidden, int classes, Activation activation, double rate) {
        return build(nIn, hidden, classes, activation, LossFunction.MCXENT, Optimiser.sgd(rate));
    }

    /**
     * The same with the output layer's loss chosen: {@code MCXENT} (softmax output, a classifier of
     * {@code outputs} ≥ 2 classes) or {@code MSE} (identity output, a regression of {@code outputs} ≥ 1 values).
     *
     * @param loss MCXENT or MSE
     * @throws IllegalArgumentException as above, or for another loss
     */
    public static MultiLayerNetwork build(int nIn, int[] hidden, int outputs, Activation activation,
                                          LossFunction loss, double rate) {
        return build(nIn, hidden, outputs, activation, loss, Optimiser.sgd(rate));
    }

    /**
     * A classifier with the step an optimiser describes.
     *
     * @see #build(int, int[], int, Activation, LossFunction, Optimiser)
     */
    public static MultiLayerNetwork build(int nIn, int[] hidden, int classes, Activation activation,
                                          Optimiser optimiser) {
        return build(nIn, hidden, classes, activation, LossFunction.MCXENT, optimiser);
    }

    /**
     * The network with its output loss and the step an optimiser describes: its updater for the weights and the
     * biases, its regularisation on every layer (weights and biases apart), its rate in place of η.
     *
     * @param loss      MCXENT (softmax output) or MSE (identity output)
     * @param optimiser the updater, its hyper-parameters, the regularisation; {@link Optimiser#sgd} for plain SGD
     * @throws IllegalArgumentException as the others
     */
    public static MultiLayerNetwork build(int nIn, int[] hidden, int outputs, Activation activation,
                                          LossFunction loss, Optimiser optimiser) {
        double rate = optimiser.learningRate();
        Nd4jRuntime.configure(); // threads and JavaCPP, once, whatever the entry point
        if (loss != LossFunction.MCXENT && loss != LossFunction.MSE) {
            throw new IllegalArgumentException("the output loss must be MCXENT (softmax) or MSE (identity), got "
                    + loss);
        }
        int classes = outputs;
        if (nIn < 1 || classes < (loss == LossFunction.MSE ? 1 : 2)) {
            throw new IllegalArgumentException("nIn must be at least 1 and " + (loss == LossFunction.MSE
                    ? "outputs at least 1" : "classes at least 2") + ", got " + nIn + " and " + classes);
        }
        if (hidden.length == 0) {
            throw new IllegalArgumentException("a network needs at least one hidden layer; without one it is softmax "
                    + "regression (classification.SoftmaxModel)");
        }
        for (int l = 0; l < hidden.length; l++) {
            if (hidden[l] < 1) {
                throw new IllegalArgumentException("hidden layer " + l + " must have at least 1 unit, got "
                        + hidden[l]);
            }
        }
        if (!HIDDEN_ACTIVATIONS.contains(activation)) {
            throw new IllegalArgumentException("the hidden activation must be one of " + HIDDEN_ACTIVATIONS
                    + ", got " + activation);
        }
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("the learning rate must be finite and positive, got " + rate);
        }
        // GradientCheckUtil and exact agreement with the hand-written twin both need doubles everywhere.
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        ListBuilder layers = new NeuralNetConfiguration.Builder()
                .seed(SEED)                          // no clock-based seed; W and b are overwritten anyway
                .dataType(DataType.DOUBLE)           // the twin computes in double
                .weightInit(WeightInit.ZERO)         // irrelevant: setParameters overwrites every W and b
                .updater(optimiser.dl4jUpdater())        // W -= u(dL/dW): Sgd(η) is W -= η · dL/dW
                .biasUpdater(optimiser.dl4jUpdater())    // b -= u(dL/db), the same rule for the biases
                .miniBatch(true)                     // the updater divides the summed gradient by B
                .list();
        int in = nIn;
        for (int l = 0; l < hidden.length; l++) {
            DenseLayer.Builder dense = new DenseLayer.Builder()
                    .nIn(in)                         // aˡ⁻¹ has `in` columns
                    .nOut(hidden[l])                 // zˡ_k = Σ_j aˡ⁻¹_j Wˡ_jk + bˡ_k, one per unit
                    .activation(activation)          // aˡ = f(zˡ); the builder's default would be sigmoid
                    .hasBias(true);                  // the + bˡ_k
            optimiser.configure(dense, l, optimiser.masks());   // l1, l2, weight decay on W, the bias variants
            //                                                         on b; dropout on the input with keep < 1
            layers.layer(l, dense.build());
            in = hidden[l];
        }
        OutputLayer.Builder output = loss == LossFunction.MCXENT
                ? new OutputLayer.Builder(LossFunction.MCXENT)     // L = −(1/B) Σ y log p
                        .nIn(in)
                        .nOut(classes)                         // one logit per class
                        .activation(Activation.SOFTMAX)        // p_k = exp(z_k) / Σ_m exp(z_m)
                        .hasBias(true)
                : new OutputLayer.Builder(LossFunction.MSE)        // L = (1/(B·K)) Σ (ŷ − y)²
                        .nIn(in)
                        .nOut(classes)                         // one output per target column
                        .activation(Activation.IDENTITY)       // ŷ_k = z_k
                        .hasBias(true);
        optimiser.configure(output);                           // its W and b regularised as the hidden layers'
        layers.layer(hidden.length, output.build());
        MultiLayerNetwork net = new MultiLayerNetwork(layers.build());
        net.init();
        return net;
    }

    /** @return the number of layers with parameters: the hidden layers and the output layer */
    private static int layerCount(MultiLayerNetwork net) {
        return net.getnLayers();
    }

    /**
     * Overwrites every W and b, element by element into the network's own parameter views.
     *
     * @param net     a network from {@link #build}
     * @param weights one per layer, input side first, each [nIn][nOut]
     * @param biases  one per layer, each of length nOut
     * @throws IllegalArgumentException (one line, naming the layer and both shapes) if a shape does not fit; the
     *                                  network is unchanged then
     */
    public static void setParameters(MultiLayerNetwork net, List<double[][]> weights, List<double[]> biases) {
        int layers = layerCount(net);
        if (weights.size() != layers || biases.size() != layers) {
            throw new IllegalArgumentException("the network has " + layers + " layers, got " + weights.size()
                    + " weight matrices and " + biases.size() + " bias vectors");
        }
        for (int l = 0; l < layers; l++) {          // check every layer before writing any
            long[] shape = net.getParam(weightsKey(l)).shape();
            double[][] w = weights.get(l);
            boolean fits = w.length == shape[0];
            for (double[] row : w) {
                fits &= row.length == shape[1];
            }
            if (!fits) {
                throw new IllegalArgumentException("layer " + l + ": the network's W is " + shape[0] + "×" + shape[1]
                        + ", the given W is " + describe(w));
            }
            if (biases.get(l).length != shape[1]) {
                throw new IllegalArgumentException("layer " + l + ": the network's b has " + shape[1]
                        + " entries, the given b has " + biases.get(l).length);
            }
        }
        for (int l = 0; l < layers; l++) {
            INDArray w = net.getParam(weightsKey(l));   // a view into params(): writing it writes the network
            INDArray b = net.getParam(biasKey(l));
            double[][] given = weights.get(l);
            for (int j = 0; j < given.length; j++) {
                for (int k = 0; k < given[j].length; k++) {
                    w.putScalar(j, k, given[j][k]);     // Wˡ_jk: from input j of the layer to its unit k
                }
            }
            double[] bias = biases.get(l);
            for (int k = 0; k < bias.length; k++) {
                b.putScalar(k, bias[k]);
            }
        }
    }

    /** "3×4" for a rectangular matrix, "3 rows of lengths [4, 2, 4]" for a ragged one, on one line. */
    private static String describe(double[][] w) {
        if (w.length == 0) {
            return "0×0";
        }
        boolean rectangular = true;
        for (double[] row : w) {
            rectangular &= row.length == w[0].length;
        }
        if (rectangular) {
            return w.length + "×" + w[0].length;
        }
        int[] lengths = new int[w.length];
        for (int j = 0; j < w.length; j++) {
            lengths[j] = w[j].length;
        }
        return w.length + " rows of lengths " + Arrays.toString(lengths);
    }

    /**
     * @param net a network from {@link #build}
     * @return a copy of every W, input side first, each [nIn][nOut]
     */
    public static List<double[][]> weights(MultiLayerNetwork net) {
        int layers = layerCount(net);
        List<double[][]> all = new ArrayList<>(layers);
        for (int l = 0; l < layers; l++) {
            // element by element from the parameter table's own view: no new INDArray (and so no native buffer
            // for ND4J to allocate and later free) per read; the lock-step runner reads at every step
            INDArray view = net.getParam(weightsKey(l));
            int nIn = (int) view.size(0);
            int nOut = (int) view.size(1);
            double[][] w = new double[nIn][nOut];
            for (int j = 0; j < nIn; j++) {
                for (int k = 0; k < nOut; k++) {
                    w[j][k] = view.getDouble(j, k);
                }
            }
            all.add(w);
        }
        return all;
    }

    /**
     * @param net a network from {@link #build}
     * @return a copy of every b, input side first
     */
    public static List<double[]> biases(MultiLayerNetwork net) {
        int layers = layerCount(net);
        List<double[]> all = new ArrayList<>(layers);
        for (int l = 0; l < layers; l++) {
            INDArray view = net.getParam(biasKey(l));
            double[] b = new double[(int) view.length()];
            for (int k = 0; k < b.length; k++) {
                b[k] = view.getDouble(k);
            }
            all.add(b);
        }
        return all;
    }

    /**
     * @param net a network from {@link #build} (or any feed-forward MultiLayerNetwork)
     * @return the sizes and activations from input to output, e.g. {@code 2 → 4 tanh → 2 softmax}
     */
    public static String architecture(MultiLayerNetwork net) {
        StringBuilder text = new StringBuilder();
        for (int l = 0; l < layerCount(net); l++) {
            FeedForwardLayer layer = (FeedForwardLayer) net.getLayer(l).conf().getLayer();
            if (l == 0) {
                text.append(layer.getNIn());
            }
            // IActivation.toString() is the lower-case name: identity, sigmoid, tanh, relu, softmax
            text.append(" → ").append(layer.getNOut()).append(' ').append(layer.getActivationFn());
        }
        return text.toString();
    }

    /**
     * DL4J's updater state, in the hand trainer's layout: per layer the state of its W, then of its b, each a map
     * from the state's name to its values, a W's flat row-major [j·nOut + k] as the hand-written W. DL4J keeps
     * one block for the whole network when every parameter has the same updater (as {@link #build} sets it), its
     * view laid out [first state over every parameter | second state …], the parameters in {@code params()}
     * order: layer by layer, W in 'f' order (W_jk at k·nIn + j), then b.
     *
     * @param net   a network from {@link #build}
     * @param names the state's names in DL4J's order ("v"; "s"; "h"; "m", "v"), empty for SGD
     * @return one map per W and per b, input side first; empty for SGD
     * @throws IllegalStateException if DL4J split the parameters into several updater blocks
     */
    public static List<Map<String, double[]>> updaterState(MultiLayerNetwork net, List<String> names) {
        List<Map<String, double[]>> all = new ArrayList<>();
        if (names.isEmpty()) {
            return all;
        }
        MultiLayerUpdater updater = (MultiLayerUpdater) net.getUpdater();
        if (updater.getUpdaterBlocks().size() != 1) {
            throw new IllegalStateException("DL4J keeps " + updater.getUpdaterBlocks().size() + " updater blocks, "
                    + "expected one for the whole network");
        }
        INDArray view = updater.getStateViewArray();
        double[] flat = view.dup().data().asDouble();   // one bulk copy of the state view, then reordered in Java
        long count = net.numParams();
        long offset = 0;
        for (int l = 0; l < layerCount(net); l++) {
            long[] shape = net.getParam(weightsKey(l)).shape();
            int nIn = (int) shape[0];
            int nOut = (int) shape[1];
            Map<String, double[]> w = new LinkedHashMap<>();
            Map<String, double[]> b = new LinkedHashMap<>();
            for (int s = 0; s < names.size(); s++) {
                long base = s * count + offset;
                double[] wState = new double[nIn * nOut];
                for (int j = 0; j < nIn; j++) {
                    for (int k = 0; k < nOut; k++) {
                        wState[j * nOut + k] = flat[(int) (base + (long) k * nIn + j)];   // 'f' → row-major
                    }
                }
                double[] bState = new double[nOut];
                for (int k = 0; k < nOut; k++) {
                    bState[k] = flat[(int) (base + (long) nIn * nOut + k)];
                }
                w.put(names.get(s), wState);
                b.put(names.get(s), bState);
            }
            all.add(w);
            all.add(b);
            offset += (long) nIn * nOut + nOut;
        }
        return all;
    }
}
