package nnbasics.compare.classification;

import java.util.List;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;
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
    public List<Tensor> parameters() {
        SoftmaxModel model = trainer.model();
        return Tensor.layer("W", Tensor.rows(model.weights()), "b", model.bias(), "layer");
    }

    @Override
    public double loss() {
        return trainer.loss();
    }

    @Override
    public List<Tensor> outputs() {
        return List.of(new Tensor("P", Tensor.rows(trainer.model().probabilities(data.features()))));
    }

    public SoftmaxModel model() {
        return trainer.model();
    }
}
