package nnbasics.handwritten.network;

import java.util.ArrayList;
import java.util.List;

import nnbasics.handwritten.classification.FlatData;

/**
 * A feed-forward network of dense layers: hidden layers with one activation f, then an output layer, softmax for a
 * classifier or the identity for a regression ({@link OutputLayer}; {@code docs/derivations.md}, sections 11 and
 * 16). DL4J's {@code MultiLayerNetwork} of {@code DenseLayer}s and an {@code OutputLayer(softmax, MCXENT)} or
 * {@code OutputLayer(identity, MSE)}.
 *
 * <pre>
 * a_{−1} = x                                one row per example
 * z_l = a_{l−1}·W_l + b_l                    l = 0 … L, W_l of shape [nIn][nOut]
 * a_l = f(z_l)                              hidden layers, l &lt; L
 * p   = softmax(z_L)   or   ŷ = z_L          the output layer
 * </pre>
 *
 * <p>Layers are listed from the input to the output and counted from 0, here, in messages and in the lists.
 * A network has at least one hidden layer: without one it is softmax regression, which has its own class
 * ({@code classification.SoftmaxTrainer}). The public methods only read: they return copies.
 * The parameters change only through a {@link NetworkTrainer} that owns the network.
 */
public final class Network {

    private final List<DenseLayer> layers;
    private final Activation hidden;
    private final OutputLayer output;

    /**
     * A classifier: the output layer is softmax with the cross-entropy.
     *
     * @see #Network(List, List, Activation, OutputLayer)
     */
    public Network(List<double[][]> weights, List<double[]> biases, Activation hidden) {
        this(weights, biases, hidden, OutputLayer.SOFTMAX_CROSS_ENTROPY);
    }

    /**
     * @param weights W of every layer, from the input to the output, each [nIn][nOut]; copied
     * @param biases  b of every layer, each nOut values; copied
     * @param hidden  f of the hidden layers
     * @param output  the output layer's activation and loss
     * @throws IllegalArgumentException if the lists hold fewer than 2 layers or are of different lengths, a W is empty or ragged, a b
     *                                  does not match its W, the shapes do not chain (nOut of layer l = nIn of layer
     *                                  l + 1), or the output layer has fewer than 2 units (softmax) or none; the
     *                                  message names the layer and the shapes
     */
    public Network(List<double[][]> weights, List<double[]> biases, Activation hidden, OutputLayer output) {
        if (weights.size() != biases.size()) {
            throw new IllegalArgumentException(weights.size() + " weight matrices but " + biases.size()
                    + " bias vectors: one of each per layer");
        }
        if (hidden == null || output == null) {
            throw new IllegalArgumentException("the hidden activation or the output layer is null");
        }
        if (weights.size() < 2) {
            throw new IllegalArgumentException("a network needs at least one hidden layer before the " + output.label()
                    + " output layer, found " + weights.size() + " layer" + (weights.size() == 1 ? "" : "s")
                    + "; without a hidden layer it is " + (output == OutputLayer.SOFTMAX_CROSS_ENTROPY
                    ? "softmax regression (classification.SoftmaxTrainer)"
                    : "a linear model (regression.RegressionTrainer)"));
        }
        List<DenseLayer> list = new ArrayList<>();
        for (int l = 0; l < weights.size(); l++) {
            DenseLayer layer = new DenseLayer(weights.get(l), biases.get(l), "layer " + l);
            if (l > 0) {
                DenseLayer below = list.get(l - 1);
                if (layer.inputs() != below.units()) {
                    throw new IllegalArgumentException("layer " + l + ": W is " + DenseLayer.shape(weights.get(l))
                            + " (nIn × nOut) but layer " + (l - 1) + "'s W is "
                            + DenseLayer.shape(weights.get(l - 1)) + ": nIn of layer " + l + " must be nOut of layer "
                            + (l - 1) + ", " + below.units());
                }
            }
            list.add(layer);
        }
        if (list.get(list.size() - 1).units() < output.minimumOutputs()) {
            throw new IllegalArgumentException("layer " + (list.size() - 1) + " (the " + output.label()
                    + " output layer): W is " + DenseLayer.shape(weights.get(list.size() - 1)) + ", needs at least "
                    + output.minimumOutputs() + (output == OutputLayer.SOFTMAX_CROSS_ENTROPY ? " classes" : " output")
                    + " (nOut ≥ " + output.minimumOutputs() + ")");
        }
        this.layers = List.copyOf(list);
        this.hidden = hidden;
        this.output = output;
    }

    /**
     * @param start  the parameters, e.g. from {@link Initialisation#draw}
     * @param hidden f of the hidden layers
     * @return a network with those parameters
     */
    public static Network of(NetworkStart start, Activation hidden) {
        return new Network(start.weights(), start.biases(), hidden);
    }

    /**
     * @param start  the parameters
     * @param hidden f of the hidden layers
     * @param output the output layer's activation and loss
     * @return a network with those parameters
     */
    public static Network of(NetworkStart start, Activation hidden, OutputLayer output) {
        return new Network(start.weights(), start.biases(), hidden, output);
    }

    /**
     * @return e.g. {@code "2 → 4 tanh → 2 softmax"} or {@code "1 → 8 tanh → 1 identity"}: the input width, then each
     *         layer's units and activation
     */
    public String architecture() {
        StringBuilder text = new StringBuilder().append(inputCount());
        for (int l = 0; l < layers.size(); l++) {
            text.append(" → ").append(layers.get(l).units()).append(' ')
                    .append(l == layers.size() - 1 ? output.label() : hidden.label());
        }
        return text.toString();
    }

    /** @return copies of every layer's W, [nIn][nOut], from the input to the output */
    public List<double[][]> weights() {
        List<double[][]> list = new ArrayList<>();
        for (DenseLayer layer : layers) {
            list.add(layer.weights());
        }
        return list;
    }

    /** @return copies of every layer's b, from the input to the output */
    public List<double[]> biases() {
        List<double[]> list = new ArrayList<>();
        for (DenseLayer layer : layers) {
            list.add(layer.bias());
        }
        return list;
    }

    /**
     * @param features [row][feature], each row {@link #inputCount()} wide
     * @return a_L, [row][output]: the forward pass through every layer, then the output activation; p for softmax,
     *         ŷ for the identity
     */
    public double[][] probabilities(double[][] features) {
        if (features.length == 0) {
            return new double[0][];
        }
        if (features[0].length != inputCount()) {
            throw new IllegalArgumentException("the network takes " + inputCount() + " features ("
                    + architecture() + "), the rows have " + features[0].length);
        }
        return new Backpropagation(this).probabilities(FlatData.flatten(features), features.length);
    }

    /**
     * ŷ of a regression network; the same as {@link #probabilities} (a_L), named for what it is.
     *
     * @param features [row][feature]
     * @return ŷ, [row][output]
     */
    public double[][] predictions(double[][] features) {
        return probabilities(features);
    }

    /** @return the output layer's activation and loss */
    public OutputLayer output() {
        return output;
    }

    /** @return the hidden layers' activation f */
    public Activation hidden() {
        return hidden;
    }

    /** @return the number of layers, hidden and output, at least 2 */
    public int layerCount() {
        return layers.size();
    }

    /** @return the width of the input, nIn of layer 0 */
    public int inputCount() {
        return layers.get(0).inputs();
    }

    /** @return the number of classes (or of outputs of a regression), nOut of the output layer */
    public int classCount() {
        return layers.get(layers.size() - 1).units();
    }

    /** @return layer l, 0 = the first above the input */
    DenseLayer layer(int l) {
        return layers.get(l);
    }
}
