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
    private final ClassificationLoss loss;
    private final double rate;
    private final SoftmaxTrainer trainer;

    public HandSoftmaxEngine(ClassificationData data, SoftmaxModel start, ClassificationLoss loss, double rate) {
        this.data = data;
        this.loss = loss;
        this.rate = rate;
        this.trainer = new SoftmaxTrainer(data, start, loss, rate);
    }

    /** The same data, loss and rate from {@code W} (flat [feature][class]) and {@code b}. */
    @Override
    public HandSoftmaxEngine startingFrom(List<Tensor> parameters) {
        double[] b = Engine.values(parameters, "b");
        double[] w = Engine.values(parameters, "W");
        double[][] weights = new double[w.length / b.length][b.length];
        for (int j = 0; j < weights.length; j++) {
            System.arraycopy(w, j * b.length, weights[j], 0, b.length);
        }
        return new HandSoftmaxEngine(data, new SoftmaxModel(weights, b), loss, rate);
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
