package nnbasics.compare.regression;

import java.util.List;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;
import nnbasics.dl4j.regression.RegressionTrainer;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The DL4J linear model as an {@link Engine}; tensors {@code w} and {@code b}, weights in the caller's units. */
public final class Dl4jRegressionEngine implements Engine {

    private final RegressionTrainer trainer;

    /**
     * @param features    x, [N, n]
     * @param targets     y, [N, 1]
     * @param weightRates one learning rate per weight (on MSE without ½)
     * @param biasRate    the bias's learning rate
     * @param hasBias     false for the one-weight, no-bias model of the guide's section 1
     */
    public Dl4jRegressionEngine(INDArray features, INDArray targets, double[] startWeights, double startBias,
                                double[] weightRates, double biasRate, boolean hasBias) {
        this.trainer = new RegressionTrainer(features, targets, startWeights, startBias, weightRates, biasRate,
                hasBias);
    }

    /** The same from numbers in memory: x [row][feature] and y, copied into double-precision INDArrays. */
    public Dl4jRegressionEngine(double[][] features, double[] targets, double[] startWeights, double startBias,
                                double[] weightRates, double biasRate, boolean hasBias) {
        this(RegressionTwins.features(features), RegressionTwins.targets(targets), startWeights, startBias,
                weightRates, biasRate, hasBias);
    }

    @Override
    public String name() {
        return "dl4j";
    }

    @Override
    public double step() {
        return trainer.step();
    }

    @Override
    public List<Tensor> parameters() {
        return Parameters.tensors(trainer.weights(), trainer.bias());
    }

    @Override
    public double loss() {
        return trainer.loss();
    }

    public double[] weights() {
        return trainer.weights();
    }

    public double bias() {
        return trainer.bias();
    }
}
