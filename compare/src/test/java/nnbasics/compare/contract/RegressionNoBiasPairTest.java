package nnbasics.compare.contract;

import java.util.ArrayList;
import java.util.List;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;
import nnbasics.compare.regression.RegressionTwins;
import nnbasics.handwritten.regression.LearningRates;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.RegressionData;

/**
 * Linear regression without a bias, the guide's section 1: the first three houses of {@code houses.csv}, raw area
 * (square feet) to price ($1000), from w = 0, η = 1e−8 on ½·MSE (5e−9 on the MSE), and "no bias" said the same way
 * to both sides, {@code LearningRates.withoutBias()}: the hand-written trainer keeps b at 0 and never updates it, the
 * DL4J trainer builds its layer without a bias parameter. Both must take the same steps.
 *
 * <p>Built by {@link RegressionTwins#of(RegressionData, LinearModel, LearningRates, boolean)}, as every regression
 * pair. The gradient check skips b (rate 0: its update says nothing about ∂L/∂b) and asserts instead that b does not
 * move; the perturbed state keeps b = 0, since DL4J's model has no bias to hold another value.
 */
class RegressionNoBiasPairTest extends EnginePairContract {

    private static final LearningRates RATES = LearningRates.fromHalfMse(new double[] {1e-8}, 1.0).withoutBias();

    private RegressionData data;

    @Override
    protected Pair pair() {
        data = RegressionPairTest.houses(3, "area");
        RegressionTwins twins = RegressionTwins.of(data, LinearModel.zero(1), RATES, false);
        return new Pair(twins.hand().engine(), twins.dl4j().engine());
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
        return RegressionTwins.dl4jEngine(data, new LinearModel(Engine.values(parameters, "w"), 0.0), RATES);
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
