package nnbasics.compare.contract;

import java.util.Arrays;
import java.util.List;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;
import nnbasics.compare.TestData;
import nnbasics.compare.regression.Dl4jRegressionEngine;
import nnbasics.compare.regression.RegressionTwins;
import nnbasics.handwritten.data.Table;
import nnbasics.handwritten.regression.LearningRates;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.RegressionData;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Linear regression, the guide's section 6: the ten houses of {@code houses.csv}, area and bathrooms standardised
 * (each side with its own standardiser), price in $1000, from w = 0, b = 0, η = 0.1 on the MSE for every parameter;
 * built by {@link RegressionTwins#of(RegressionData, LinearModel, LearningRates, boolean)}.
 */
class RegressionPairTest extends EnginePairContract {

    /** Section 6's rate on the MSE, as the guide's widget and {@code RegressionLockStepTest} use it. */
    static final double RATE = 0.1;

    private RegressionTwins twins;

    static RegressionData houses(int rows, String... features) {
        Table houses = Table.read(TestData.file("houses.csv"));
        double[][] x = Arrays.copyOf(houses.numericColumns(List.of(features)), rows);
        double[] price = houses.numericColumn("price");
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = price[i] / 1000.0;                   // $1000, as the guide quotes them
        }
        return new RegressionData(x, y);
    }

    @Override
    protected Pair pair() {
        twins = RegressionTwins.of(houses(10, "area", "bathrooms"), LinearModel.zero(2),
                LearningRates.uniform(2, RATE), true);
        return new Pair(twins.hand().engine(), twins.dl4j().engine());
    }

    /** Each gradient entry sums the ten rows; each prediction 2 features and the bias. */
    @Override
    protected long sumTerms() {
        return 10;
    }

    @Override
    protected double rate(String tensor, int index) {
        return RATE;
    }

    /** DL4J's engine on DL4J's own z-scores (ND4J's normaliser applied to the raw columns again) at any w, b. */
    @Override
    protected Engine dl4jAt(List<Tensor> parameters) {
        RegressionTwins.Dl4jSide side = twins.dl4j();
        double[] w = Engine.values(parameters, "w");
        return new Dl4jRegressionEngine(new DataSet(side.standardizer().transform(side.rawFeatures()), side.targets()),
                new nnbasics.dl4j.regression.LinearModel(w, Engine.values(parameters, "b")[0]),
                nnbasics.dl4j.regression.LearningRates.uniform(2, RATE));
    }
}
