package nnbasics.compare.classification;

import nnbasics.compare.Engine;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.classification.ClassificationLoss;
import nnbasics.handwritten.classification.SoftmaxModel;
import nnbasics.handwritten.classification.SoftmaxTrainer;

/** The hand-written softmax regression as an {@link Engine}; outputs are the training probabilities. */
public final class HandSoftmaxEngine implements Engine {

    private final ClassificationData data;
    private final SoftmaxTrainer trainer;

    public HandSoftmaxEngine(ClassificationData data, SoftmaxModel start, ClassificationLoss loss, double rate) {
        this.data = data;
        this.trainer = new SoftmaxTrainer(data, start, loss, rate);
    }

    @Override
    public String name() {
        return "hand";
    }

    @Override
    public double step() {
        return trainer.step();
    }

    @Override
    public double[] parameters() {
        SoftmaxModel model = trainer.model();
        return Flat.parameters(model.weights(), model.bias());
    }

    @Override
    public double loss() {
        return trainer.loss();
    }

    @Override
    public double[] outputs() {
        return Flat.rows(trainer.model().probabilities(data.features()));
    }

    public SoftmaxModel model() {
        return trainer.model();
    }
}
