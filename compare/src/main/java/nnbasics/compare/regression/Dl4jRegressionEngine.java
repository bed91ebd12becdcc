package nnbasics.compare.regression;

import nnbasics.dl4j.regression.LearningRates;
import nnbasics.dl4j.regression.LinearModel;
import nnbasics.dl4j.regression.RegressionTrainer;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The DL4J linear model ({@code dl4j/…/regression/RegressionTrainer}: one {@code OutputLayer}, identity, MSE) as a
 * {@link RegressionEngine}: one {@code net.fit} per step. It runs free (no {@link #startingFrom}). Built from the
 * hand-written side's numbers by {@link RegressionTwins#dl4jEngine}.
 */
public final class Dl4jRegressionEngine extends RegressionEngine {

    /**
     * @param data  x [N, n] and y [N, 1], as the model sees them (standardised or raw)
     * @param start w and b at the start
     * @param rates one learning rate per weight and the bias's ({@link LearningRates#withoutBias()}: no bias)
     */
    public Dl4jRegressionEngine(DataSet data, LinearModel start, LearningRates rates) {
        this(new RegressionTrainer(data, start, rates));
    }

    private Dl4jRegressionEngine(RegressionTrainer trainer) {
        super("dl4j", trainer::step, trainer::loss, trainer::weights, trainer::bias);
    }
}
