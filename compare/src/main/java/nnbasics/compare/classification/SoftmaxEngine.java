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
}
