package nnbasics.compare.classification;

import java.util.List;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.classification.ClassificationLoss;
import nnbasics.handwritten.classification.SoftmaxModel;
import nnbasics.handwritten.classification.SoftmaxTrainer;
import nnbasics.handwritten.updaters.Optimiser;

/**
 * The hand-written softmax regression ({@code handwritten/…/classification/SoftmaxTrainer}) as a
 * {@link SoftmaxEngine}; it can start from the other engine's state.
 */
public final class HandSoftmaxEngine extends SoftmaxEngine {

    private final SoftmaxTrainer trainer;

    /**
     * @param data  the training rows, as the model sees them (standardised or raw)
     * @param start W and b at the start
     * @param loss  cross-entropy or squared error on p
     * @param rate  η, for W and b
     */
    public HandSoftmaxEngine(ClassificationData data, SoftmaxModel start, ClassificationLoss loss, double rate) {
        this(new SoftmaxTrainer(data, start, loss, rate));
    }

    /**
     * The same with the step an optimiser describes (its rate in place of η).
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation
     */
    public HandSoftmaxEngine(ClassificationData data, SoftmaxModel start, ClassificationLoss loss,
                             Optimiser optimiser) {
        this(new SoftmaxTrainer(data, start, loss, optimiser));
    }

    private HandSoftmaxEngine(SoftmaxTrainer trainer) {
        super("hand", trainer::step, trainer::loss, trainer::weights, trainer::biases, trainer::probabilities);
        this.trainer = trainer;
    }

    /** The same data (shared), loss and rate from {@code W} (flat [feature][class]) and {@code b}. */
    @Override
    public HandSoftmaxEngine startingFrom(List<Tensor> parameters) {
        double[] b = Engine.values(parameters, "b");
        double[] w = Engine.values(parameters, "W");
        double[][] weights = new double[w.length / b.length][b.length];
        for (int j = 0; j < weights.length; j++) {
            System.arraycopy(w, j * b.length, weights[j], 0, b.length);
        }
        return new HandSoftmaxEngine(trainer.startingFrom(new SoftmaxModel(weights, b)));
    }

    /** @return the trainer (its current model) */
    /** The same data, loss and optimiser at another engine's W, b and updater state. */
    @Override
    public HandSoftmaxEngine startingFrom(List<Tensor> parameters, List<Tensor> state, int iteration) {
        SoftmaxModel start = startingFrom(parameters).trainer.model();
        return new HandSoftmaxEngine(trainer.startingFrom(start, iteration,
                state.isEmpty() ? List.of() : stateGroups(state)));
    }

    /** @return the updaters' state, {@code W.m, b.m, W.v, b.v} for Adam; empty for plain SGD */
    @Override
    public List<Tensor> state() {
        return stateTensors(trainer.state());
    }

    public SoftmaxTrainer trainer() {
        return trainer;
    }
}
