package nnbasics.compare.contract;

import java.util.ArrayList;
import java.util.List;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;
import nnbasics.compare.regression.Dl4jRegressionEngine;
import nnbasics.compare.regression.HandRegressionEngine;
import nnbasics.handwritten.regression.LearningRates;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.RegressionData;

/**
 * Linear regression without a bias, the guide's section 1: the first three houses of {@code houses.csv}, raw area
 * (square feet) to price ($1000), from w = 0, η = 1e−8 on ½·MSE (5e−9 on the MSE), b held at 0 (rate 0).
 *
 * <p>Not built by {@link nnbasics.compare.regression.RegressionTwins}: its factory always gives DL4J a bias, so this
 * pair is built by the engines' constructors, as {@code RegressionLockStepTest#section1OneWeightWithoutBias} builds it.
 * The gradient check skips b (rate 0: its update says nothing about ∂L/∂b) and asserts instead that b does not move;
 * the perturbed state keeps b = 0, since DL4J's model has no bias to hold another value.
 */
class RegressionNoBiasPairTest extends EnginePairContract {

    private static final LearningRates RATES = LearningRates.fromHalfMse(new double[] {1e-8}, 1.0).withoutBias();

    private RegressionData data;

    @Override
    protected Pair pair() {
        data = RegressionPairTest.houses(3, "area");
        Engine hand = new HandRegressionEngine(data, LinearModel.zero(1), RATES);
        return new Pair(hand, dl4jAt(hand.parameters()));
    }

    /** Each gradient entry sums the three rows. */
    @Override
    protected long sumTerms() {
        return 3;
    }

    @Override
    protected double rate(String tensor, int index) {
        return tensor.equals("w") ? RATES.weights()[index] : RATES.bias();
    }

    @Override
    protected Engine dl4jAt(List<Tensor> parameters) {
        if (Engine.values(parameters, "b")[0] != 0) {
            throw new IllegalArgumentException("DL4J's section-1 model has no bias to set");
        }
        return new Dl4jRegressionEngine(data.features(), data.targets(), Engine.values(parameters, "w"), 0.0,
                RATES.weights(), 0.0, false);
    }

    /** The default perturbation of w; b stays 0, the model has none. */
    @Override
    protected List<Tensor> perturb(List<Tensor> parameters) {
        List<Tensor> moved = new ArrayList<>();
        for (Tensor t : super.perturb(parameters)) {
            moved.add(t.name().equals("b") ? new Tensor("b", t.scale(), new double[] {0.0}) : t);
        }
        return moved;
    }
}
