package nnbasics.compare.regression;

import nnbasics.compare.Engine;
import nnbasics.dl4j.regression.RegressionTrainer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** The DL4J linear model as an {@link Engine}; parameters {@code [w_1 … w_n, b]}, weights in the caller's units. */
public final class Dl4jRegressionEngine implements Engine {

    private final RegressionTrainer trainer;

    /**
     * @param features    [row][feature]
     * @param targets     one per row
     * @param weightRates one learning rate per weight (on MSE without ½)
     * @param biasRate    the bias's learning rate
     * @param hasBias     false for the one-weight, no-bias model of the guide's section 1
     */
    public Dl4jRegressionEngine(double[][] features, double[] targets, double[] startWeights, double startBias,
                                double[] weightRates, double biasRate, boolean hasBias) {
        this.trainer = new RegressionTrainer(
                Nd4j.create(features).castTo(DataType.DOUBLE),
                Nd4j.create(targets, new long[] {targets.length, 1}, DataType.DOUBLE),
                startWeights, startBias, weightRates, biasRate, hasBias);
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
    public double[] parameters() {
        return Parameters.concat(trainer.weights(), trainer.bias());
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
