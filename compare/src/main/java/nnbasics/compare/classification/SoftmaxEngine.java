package nnbasics.compare.classification;

import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import nnbasics.compare.Engine;
import nnbasics.compare.TrainerEngine;
import nnbasics.compare.Tensor;

/**
 * A softmax-regression trainer, either side's, as an {@link Engine}: one full-batch step per {@link #step()};
 * parameters {@code W} (flat [feature][class]) and {@code b} in the scale group {@code layer}, outputs the training
 * probabilities {@code P}, from the read-outs {@link #weights()}, {@link #biases()} and {@link #probabilities()}.
 * Each side's engine says only which trainer it wraps.
 */
public abstract class SoftmaxEngine extends TrainerEngine {

    private final Supplier<double[][]> weights;
    private final Supplier<double[]> bias;
    private final Supplier<double[][]> probabilities;

    /**
     * @param name          {@code hand} or {@code dl4j}
     * @param step          the trainer's full-batch step
     * @param loss          the trainer's loss at the current parameters
     * @param weights       W, [feature][class]
     * @param bias          b, one per class
     * @param probabilities p of every training row, [row][class]
     */
    SoftmaxEngine(String name, DoubleSupplier step, DoubleSupplier loss, Supplier<double[][]> weights,
                  Supplier<double[]> bias, Supplier<double[][]> probabilities) {
        super(name, step, loss);
        this.weights = weights;
        this.bias = bias;
        this.probabilities = probabilities;
    }

    /** @return W at the current parameters, [feature][class] */
    public final double[][] weights() {
        return weights.get();
    }

    /** @return b at the current parameters, one per class */
    public final double[] biases() {
        return bias.get();
    }

    /** @return p of every training row at the current parameters, [row][class] */
    public final double[][] probabilities() {
        return probabilities.get();
    }

    @Override
    public final List<Tensor> parameters() {
        return Tensor.layer("W", Tensor.rows(weights()), "b", biases(), "layer");
    }

    @Override
    public final List<Tensor> outputs() {
        return List.of(new Tensor("P", Tensor.rows(probabilities())));
    }

    /**
     * @param groups the state of W, then of b (the trainers' {@code state()}); empty for plain SGD
     * @return {@code W.s, b.s} per state name s, W's state row-major as W; W's and b's share a scale
     */
    public static List<Tensor> stateTensors(List<java.util.Map<String, double[]>> groups) {
        List<Tensor> all = new java.util.ArrayList<>();
        if (!groups.isEmpty()) {
            for (String name : groups.get(0).keySet()) {
                all.addAll(Tensor.layer("W." + name, groups.get(0).get(name), "b." + name, groups.get(1).get(name),
                        "layer." + name));
            }
        }
        return all;
    }

    /** The inverse of {@link #stateTensors}: the state of W, then of b. */
    public static List<java.util.Map<String, double[]>> stateGroups(List<Tensor> tensors) {
        java.util.Map<String, double[]> w = new java.util.LinkedHashMap<>();
        java.util.Map<String, double[]> b = new java.util.LinkedHashMap<>();
        for (Tensor t : tensors) {
            if (t.name().startsWith("W.")) {
                w.put(t.name().substring(2), t.values().clone());
            } else if (t.name().startsWith("b.")) {
                b.put(t.name().substring(2), t.values().clone());
            } else {
                throw new IllegalArgumentException("not an updater state tensor: " + t.name());
            }
        }
        return List.of(w, b);
    }
}
