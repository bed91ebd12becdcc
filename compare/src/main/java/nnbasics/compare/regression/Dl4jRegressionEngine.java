package nnbasics.compare.regression;

import nnbasics.dl4j.regression.RegressionTrainer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The DL4J linear model ({@code dl4j/…/regression/RegressionTrainer}: one {@code OutputLayer}, identity, MSE) as a
 * {@link RegressionEngine}: one {@code net.fit} per step. It runs free (no {@link #startingFrom}).
 */
public final class Dl4jRegressionEngine extends RegressionEngine {

    /**
     * @param features    x, [N, n]
     * @param targets     y, [N, 1]
     * @param weightRates one learning rate per weight (on MSE without ½)
     * @param biasRate    the bias's learning rate
     * @param hasBias     false for the one-weight, no-bias model of the guide's section 1
     */
    public Dl4jRegressionEngine(INDArray features, INDArray targets, double[] startWeights, double startBias,
                                double[] weightRates, double biasRate, boolean hasBias) {
        this(new RegressionTrainer(features, targets, startWeights, startBias, weightRates, biasRate, hasBias));
    }

    /** The same from numbers in memory: x [row][feature] and y, copied into double-precision INDArrays. */
    public Dl4jRegressionEngine(double[][] features, double[] targets, double[] startWeights, double startBias,
                                double[] weightRates, double biasRate, boolean hasBias) {
        this(RegressionTwins.features(features), RegressionTwins.targets(targets), startWeights, startBias,
                weightRates, biasRate, hasBias);
    }

    private Dl4jRegressionEngine(RegressionTrainer trainer) {
        super("dl4j", trainer::step, trainer::loss, trainer::weights, trainer::bias);
    }
}
