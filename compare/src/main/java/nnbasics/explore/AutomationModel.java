package nnbasics.explore;

import java.util.ArrayList;
import java.util.List;
import nnbasics.guide.GuideData;
import nnbasics.handwritten.regression.LearningRates;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.MeanSquaredError;
import nnbasics.handwritten.regression.RegressionData;

/**
 * Panel 2, "automation" (guide section 4): the dragon's model from (0, 0), trained by the buttons — full-batch
 * gradient descent on ½·MSE with rate 1e−8 for the weight and 1 for the bias, both engines in lock-step — with the
 * error log and the 15 × 15 grid of visited cells.
 */
public final class AutomationModel {

    /** The guide's rates on ½·MSE. */
    public static final double WEIGHT_RATE = 1e-8;
    public static final double BIAS_RATE = 1;

    private final TwinRegression twins;
    private final VisitedGrid grid;
    private final List<double[]> path = new ArrayList<>();

    public AutomationModel(GuideData data) {
        RegressionData three = data.threeHouses();
        this.twins = new TwinRegression(three, LearningRates.fromHalfMse(new double[] {WEIGHT_RATE}, BIAS_RATE),
                new double[] {0, 0});
        this.grid = new VisitedGrid((w, b) -> MeanSquaredError.loss(new LinearModel(new double[] {w}, b), three));
        visit(new double[] {0, 0});
    }

    private void visit(double[] p) {
        path.add(new double[] {p[0], p[1]});
        grid.visit(p[0], p[1]);
    }

    /** {@code count} updates of both engines; each point visited marks its cell. */
    public void step(int count) {
        twins.step(count, this::visit);
    }

    /** A dial moved: the next steps start from here. */
    public void setWeight(double weight) {
        twins.set(0, weight);
        visit(twins.parameters());
    }

    public void setBias(double bias) {
        twins.set(1, bias);
        visit(twins.parameters());
    }

    public void reset() {
        twins.reset();
        grid.clear();
        path.clear();
        visit(twins.parameters());
    }

    public double weight() {
        return twins.parameters()[0];
    }

    public double bias() {
        return twins.parameters()[1];
    }

    public TwinRegression twins() {
        return twins;
    }

    /** Every (weight, bias) the model has been at since the reset: the start, each update, each dial move. */
    public List<double[]> path() {
        return List.copyOf(path);
    }

    public VisitedGrid grid() {
        return grid;
    }
}
