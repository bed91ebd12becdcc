package nnbasics.compare;

import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * A trainer, either side's, as an {@link Engine}: its name, its full-batch step and its loss. The model's engines
 * ({@code RegressionEngine}, {@code SoftmaxEngine}, {@code NetworkEngine}) add the read-outs and name the tensors;
 * each side's engine then says only which trainer it wraps.
 */
public abstract class TrainerEngine implements Engine {

    private final String name;
    private final DoubleSupplier step;
    private final DoubleSupplier loss;

    /**
     * @param name {@code hand} or {@code dl4j}
     * @param step the trainer's full-batch step, returning the loss before the update
     * @param loss the trainer's loss at the current parameters, without changing them
     */
    protected TrainerEngine(String name, DoubleSupplier step, DoubleSupplier loss) {
        this.name = Objects.requireNonNull(name, "name");
        this.step = Objects.requireNonNull(step, "step");
        this.loss = Objects.requireNonNull(loss, "loss");
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final double step() {
        return step.getAsDouble();
    }

    @Override
    public final double loss() {
        return loss.getAsDouble();
    }
}
