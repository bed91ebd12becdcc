package nnbasics.compare.regression;

import java.util.List;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;
import nnbasics.handwritten.regression.LearningRates;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.RegressionData;
import nnbasics.handwritten.regression.RegressionTrainer;

/**
 * The hand-written linear model ({@code handwritten/…/regression/RegressionTrainer}) as a {@link RegressionEngine};
 * it can start from the other engine's state.
 */
public final class HandRegressionEngine extends RegressionEngine {

    private final RegressionData data;
    private final LearningRates rates;

    /**
     * @param data  x and y, as the model sees them (standardised or raw)
     * @param start w and b at the start
     * @param rates one learning rate per weight and the bias's ({@link LearningRates#withoutBias()}: no bias)
     */
    public HandRegressionEngine(RegressionData data, LinearModel start, LearningRates rates) {
        this(data, rates, new RegressionTrainer(data, start, rates));
    }

    private HandRegressionEngine(RegressionData data, LearningRates rates, RegressionTrainer trainer) {
        super("hand", trainer::step, trainer::loss, trainer::weights, trainer::bias);
        this.data = data;
        this.rates = rates;
    }

    /** The same data and rates from {@code w} and {@code b}. */
    @Override
    public HandRegressionEngine startingFrom(List<Tensor> parameters) {
        return new HandRegressionEngine(data, new LinearModel(Engine.values(parameters, "w"),
                Engine.values(parameters, "b")[0]), rates);
    }
}
