package nnbasics.compare.regression;

import java.util.List;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;
import nnbasics.handwritten.regression.LearningRates;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.RegressionData;
import nnbasics.handwritten.regression.RegressionTrainer;

/** The hand-written linear model as an {@link Engine}; tensors {@code w} (one per feature) and {@code b}. */
public final class HandRegressionEngine implements Engine {

    private final RegressionData data;
    private final LearningRates rates;
    private final RegressionTrainer trainer;

    public HandRegressionEngine(RegressionData data, LinearModel start, LearningRates rates) {
        this.data = data;
        this.rates = rates;
        this.trainer = new RegressionTrainer(data, start, rates);
    }

    /** The same data and rates from {@code w} and {@code b}. */
    @Override
    public HandRegressionEngine startingFrom(List<Tensor> parameters) {
        return new HandRegressionEngine(data, new LinearModel(Engine.values(parameters, "w"),
                Engine.values(parameters, "b")[0]), rates);
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
        LinearModel model = trainer.model();
        return Parameters.tensors(model.weights(), model.bias());
    }

    @Override
    public double loss() {
        return trainer.loss();
    }

    /** The current model. */
    public LinearModel model() {
        return trainer.model();
    }
}
