package nnbasics.compare.network;

import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import nnbasics.compare.Engine;
import nnbasics.compare.TrainerEngine;
import nnbasics.compare.Tensor;

/**
 * A network trainer, either side's, as an {@link Engine}: one full-batch step per {@link #step()}; parameters
 * {@code W1, b1, W2, b2, …} ({@link NetworkTensors}) and outputs the training probabilities {@code P}, from the
 * read-outs {@link #weights()}, {@link #biases()} and {@link #probabilities()}. Each side's engine says only
 * which trainer it wraps.
 */
public abstract class NetworkEngine extends TrainerEngine {

    private final Supplier<List<double[][]>> weights;
    private final Supplier<List<double[]>> biases;
    private final Supplier<double[][]> probabilities;
    /** The output tensor's name: {@code P} (class probabilities) or {@code Y} (a regression's ŷ). */
    private final String outputName;

    /**
     * @param name          {@code hand} or {@code dl4j}
     * @param step          the trainer's full-batch step
     * @param loss          the trainer's loss at the current parameters
     * @param weights       W of every layer, input side first, [nIn][nOut]
     * @param biases        b of every layer
     * @param probabilities p of every training row, [row][class]
     */
    NetworkEngine(String name, DoubleSupplier step, DoubleSupplier loss, Supplier<List<double[][]>> weights,
                  Supplier<List<double[]>> biases, Supplier<double[][]> probabilities) {
        this(name, step, loss, weights, biases, probabilities, "P");
    }

    /** The same with the output tensor named: {@code Y} for a regression network's ŷ. */
    NetworkEngine(String name, DoubleSupplier step, DoubleSupplier loss, Supplier<List<double[][]>> weights,
                  Supplier<List<double[]>> biases, Supplier<double[][]> probabilities, String outputName) {
        super(name, step, loss);
        this.weights = weights;
        this.biases = biases;
        this.probabilities = probabilities;
        this.outputName = outputName;
    }

    /** @return W of every layer at the current parameters, input side first, [nIn][nOut] */
    public final List<double[][]> weights() {
        return weights.get();
    }

    /** @return b of every layer at the current parameters */
    public final List<double[]> biases() {
        return biases.get();
    }

    /** @return p of every training row at the current parameters, [row][class]; ŷ, [row][output], of a regression */
    public final double[][] probabilities() {
        return probabilities.get();
    }

    @Override
    public final List<Tensor> parameters() {
        return NetworkTensors.of(weights(), biases());
    }

    @Override
    public final List<Tensor> outputs() {
        return List.of(new Tensor(outputName, Tensor.rows(probabilities())));
    }
}
