package nnbasics.compare.regression;

import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import nnbasics.compare.Engine;
import nnbasics.compare.TrainerEngine;
import nnbasics.compare.Tensor;

/**
 * A linear-regression trainer, either side's, as an {@link Engine}: one full-batch step per {@link #step()};
 * parameters {@code w} (one per feature) and {@code b} ({@link Parameters}), from the read-outs {@link #weights()}
 * and {@link #bias()}, in the units the model is trained in. Each side's engine says only which trainer it wraps.
 */
public abstract class RegressionEngine extends TrainerEngine {

    private final Supplier<double[]> weights;
    private final DoubleSupplier bias;

    /**
     * @param name    {@code hand} or {@code dl4j}
     * @param step    the trainer's full-batch step
     * @param loss    the trainer's mean squared error (no ½) at the current parameters
     * @param weights w, one per feature
     * @param bias    b (0 for the model without one)
     */
    RegressionEngine(String name, DoubleSupplier step, DoubleSupplier loss, Supplier<double[]> weights,
                     DoubleSupplier bias) {
        super(name, step, loss);
        this.weights = weights;
        this.bias = bias;
    }

    /** @return w at the current parameters, one per feature */
    public final double[] weights() {
        return weights.get();
    }

    /** @return b at the current parameters */
    public final double bias() {
        return bias.getAsDouble();
    }

    @Override
    public final List<Tensor> parameters() {
        return Parameters.tensors(weights(), bias());
    }
}
