package nnbasics.compare.network;

import java.util.ArrayList;
import java.util.List;
import nnbasics.compare.Tensor;

/**
 * A network's parameters as the tensors both engines expose, in the same order: {@code W1, b1, W2, b2, …} from the
 * input to the output, W flat row-major [nIn][nOut], each layer's pair in the scale group {@code layer1},
 * {@code layer2}, … (b is the weight of the constant input 1, see {@code docs/twin-difference.md}).
 */
public final class NetworkTensors {

    private NetworkTensors() {
    }

    /**
     * @param weights W of every layer, input side first, [nIn][nOut]
     * @param biases  b of every layer
     * @return W1, b1, W2, b2, …
     */
    public static List<Tensor> of(List<double[][]> weights, List<double[]> biases) {
        List<Tensor> all = new ArrayList<>(2 * weights.size());
        for (int l = 0; l < weights.size(); l++) {
            int n = l + 1;
            all.addAll(Tensor.layer("W" + n, Tensor.rows(weights.get(l)), "b" + n, biases.get(l).clone(),
                    "layer" + n));
        }
        return all;
    }

    /**
     * The same from flat row-major weights (the MNIST engines' bulk copies).
     *
     * @param weights W of every layer, flat [nIn][nOut]
     * @param biases  b of every layer
     */
    public static List<Tensor> ofFlat(List<double[]> weights, List<double[]> biases) {
        List<Tensor> all = new ArrayList<>(2 * weights.size());
        for (int l = 0; l < weights.size(); l++) {
            int n = l + 1;
            all.addAll(Tensor.layer("W" + n, weights.get(l), "b" + n, biases.get(l), "layer" + n));
        }
        return all;
    }

    /** @return the widths nIn, hidden…, classes from the layers' weights */
    public static int[] sizes(List<double[][]> weights) {
        int[] sizes = new int[weights.size() + 1];
        for (int l = 0; l < weights.size(); l++) {
            double[][] w = weights.get(l);
            sizes[l] = w.length;
            sizes[l + 1] = w.length == 0 ? 0 : w[0].length;
        }
        return sizes;
    }

    /**
     * The inverse of {@link #of}: W of every layer, [nIn][nOut], from {@code W1, b1, W2, b2, …} (each W's width is
     * its b's length).
     */
    public static List<double[][]> weights(List<Tensor> tensors) {
        List<double[][]> weights = new ArrayList<>(tensors.size() / 2);
        for (int l = 0; l < tensors.size() / 2; l++) {
            double[] w = tensors.get(2 * l).values();
            int nOut = tensors.get(2 * l + 1).values().length;
            double[][] layer = new double[w.length / nOut][nOut];
            for (int i = 0; i < layer.length; i++) {
                System.arraycopy(w, i * nOut, layer[i], 0, nOut);
            }
            weights.add(layer);
        }
        return weights;
    }

    /** The inverse of {@link #of}: b of every layer, copies. */
    public static List<double[]> biases(List<Tensor> tensors) {
        List<double[]> biases = new ArrayList<>(tensors.size() / 2);
        for (int l = 0; l < tensors.size() / 2; l++) {
            biases.add(tensors.get(2 * l + 1).values().clone());
        }
        return biases;
    }

    /**
     * The updater's state as tensors: per layer n and per state name s (in the updater's order), {@code Wn.s} then
     * {@code bn.s}, W's flat row-major [input][unit] as {@code Wn}; a layer's W and b state share a scale, as W and b.
     *
     * @param groups per layer the state of its W, then of its b (the trainers' {@code state()}); empty for SGD
     * @return the tensors, empty for SGD
     */
    public static List<Tensor> state(List<java.util.Map<String, double[]>> groups) {
        List<Tensor> all = new ArrayList<>();
        for (int l = 0; l < groups.size() / 2; l++) {
            int n = l + 1;
            for (String name : groups.get(2 * l).keySet()) {
                all.addAll(Tensor.layer("W" + n + "." + name, groups.get(2 * l).get(name), "b" + n + "." + name,
                        groups.get(2 * l + 1).get(name), "layer" + n + "." + name));
            }
        }
        return all;
    }

    /**
     * The inverse of {@link #state(List)}.
     *
     * @param tensors {@code W1.s, b1.s, …} as {@link #state(List)} lays them out
     * @param layers  the number of layers
     * @return per layer the state of its W, then of its b, each map in the tensors' order
     * @throws IllegalArgumentException if a tensor's name is not of the form {@code Wn.s} or {@code bn.s}
     */
    public static List<java.util.Map<String, double[]>> stateGroups(List<Tensor> tensors, int layers) {
        List<java.util.Map<String, double[]>> groups = new ArrayList<>();
        for (int g = 0; g < 2 * layers; g++) {
            groups.add(new java.util.LinkedHashMap<>());
        }
        for (Tensor t : tensors) {
            int dot = t.name().indexOf('.');
            if (dot < 2 || (t.name().charAt(0) != 'W' && t.name().charAt(0) != 'b')) {
                throw new IllegalArgumentException("not an updater state tensor: " + t.name());
            }
            int layer = Integer.parseInt(t.name().substring(1, dot)) - 1;
            groups.get(2 * layer + (t.name().charAt(0) == 'W' ? 0 : 1)).put(t.name().substring(dot + 1),
                    t.values().clone());
        }
        return groups;
    }
}
