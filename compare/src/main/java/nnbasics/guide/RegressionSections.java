package nnbasics.guide;

import java.util.Arrays;
import java.util.List;
import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.LockStep;
import nnbasics.compare.Tolerances;
import nnbasics.compare.Trace;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.compare.regression.RegressionTwins;
import nnbasics.handwritten.features.Standardizer;
import nnbasics.handwritten.regression.AverageRate;
import nnbasics.handwritten.regression.ErrorRow;
import nnbasics.handwritten.regression.LearningRates;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.MeanSquaredError;
import nnbasics.handwritten.regression.NormalEquations;
import nnbasics.handwritten.regression.RegressionData;

/** The guide's sections 1–6, computed: each method returns the numbers its section prints and draws. */
public final class RegressionSections {

    /**
     * The widget's own count: the guide shows its 447.29 after 10,000 steps. The slowest mode of sections 4 and 5
     * decays like (1 − 0.001)^k (the smallest eigenvalue of the preconditioned Hessian), e^−10 ≈ 4.5e−5 at 10,000
     * steps: the parameters are within ~3e−5 (relative) of the closed form, and the losses, 447.2910 and 1406.0526,
     * equal the least-squares losses to the four decimals printed (the same at 15,000 steps; checked with a plain
     * loop in Python, not with this program). The tests hold both engines here to θ* − (I − PH)^k θ*, gradient
     * descent's own closed form, which is within 1e−6 of θ* at 20,000 steps (GuideCommandTest); each DL4J step costs
     * ~0.3 ms at ND4J's per-operation floor, and these two runs are the guide's longest.
     */
    public static final int WIDGET_STEPS = 10_000;

    /** Section 6 on z-scores converges in tens of steps; 500 shows the whole curve. */
    public static final int STANDARDISED_STEPS = 500;

    private RegressionSections() {
    }

    /** Section 1: w = total price / total area, and the prediction for 2000 sq ft. */
    public record OneWeight(double weight, double roundedWeight, double prediction2000) {
    }

    public static OneWeight oneWeight(GuideData data) {
        RegressionData three = data.threeHouses();
        double[] areas = Arrays.stream(three.features()).mapToDouble(row -> row[0]).toArray();
        double weight = AverageRate.weight(areas, three.targets());
        double rounded = Math.round(weight * 1000) / 1000.0; // the guide rounds to 0.180 before predicting
        return new OneWeight(weight, rounded, 2000 * rounded);
    }

    /** Section 2: the per-house table and the MSE at the rounded weight. */
    public record ErrorTable(double weight, List<ErrorRow> rows, double mse) {
    }

    public static ErrorTable errorTable(GuideData data, double weight) {
        LinearModel model = new LinearModel(new double[] {weight}, 0.0);
        return new ErrorTable(weight, MeanSquaredError.table(model, data.threeHouses()),
                MeanSquaredError.loss(model, data.threeHouses()));
    }

    /** Section 3: the dials' start and the least-squares line. */
    public record WeightAndBias(LinearModel start, double startMse, LinearModel best, double bestMse) {
    }

    public static WeightAndBias weightAndBias(GuideData data) {
        LinearModel start = new LinearModel(new double[] {0.1}, 150);
        LinearModel best = NormalEquations.solve(data.threeHouses());
        return new WeightAndBias(start, MeanSquaredError.loss(start, data.threeHouses()), best,
                MeanSquaredError.loss(best, data.threeHouses()));
    }

    /** Section 4: the widget's gradient descent from (0, 0), rates 1e-8 and 1 on ½·MSE, both engines. */
    public static TwinRun automation(GuideData data, int steps) {
        return automation(data, steps, Progress.NONE);
    }

    /** The same, counting its updates into {@code progress}. */
    public static TwinRun automation(GuideData data, int steps, Progress progress) {
        return widget(data.threeHouses(), LearningRates.fromHalfMse(new double[] {1e-8}, 1.0), steps, false, progress);
    }

    /** Section 5: two variables, rates 1e-8, 0.01 and 1 on ½·MSE, both engines. */
    public static TwinRun twoVariables(GuideData data, int steps) {
        return twoVariables(data, steps, Progress.NONE);
    }

    /** The same, counting its updates into {@code progress}. */
    public static TwinRun twoVariables(GuideData data, int steps, Progress progress) {
        return widget(data.tenHouses(), LearningRates.fromHalfMse(new double[] {1e-8, 0.01}, 1.0), steps, false, progress);
    }

    /**
     * Section 6: the same two features standardised, one rate 0.1 for all, both engines, each standardising with
     * its own tool (the hand-written Standardizer, ND4J's normaliser); closed form on z-scores.
     */
    public static TwinRun standardised(GuideData data, int steps) {
        return standardised(data, steps, Progress.NONE);
    }

    /** The same, counting its updates into {@code progress}. */
    public static TwinRun standardised(GuideData data, int steps, Progress progress) {
        return widget(data.tenHouses(), LearningRates.uniform(2, 0.1), steps, true, progress);
    }

    /**
     * Both engines from zero on the same houses ({@link RegressionTwins}); with {@code standardize} each engine
     * standardises with its own tool, and the closed form is the least-squares fit on the hand-written z-scores.
     * The step proof's bound is {@code Tolerances.step(n)}, n the longest sum of one update: the rows (each gradient
     * entry) or the features + 1 (each prediction); the trajectory's is {@code Tolerances.linearModel(rows)}.
     */
    private static TwinRun widget(RegressionData data, LearningRates rates, int steps, boolean standardize,
                                  Progress progress) {
        int n = data.featureCount();
        RegressionTwins twins = RegressionTwins.of(data, LinearModel.zero(n), rates, standardize);
        Trace trace = new Trace();
        LockStep.run(twins.hand().engine(), twins.dl4j().engine(), steps, DivergenceGuard.none(),
                progress.counting(trace));
        Standardizer standardizer = twins.hand().standardizer();
        RegressionData trainedOn = standardizer == null ? data
                : new RegressionData(standardizer.transform(data.features()), data.targets());
        LinearModel closed = NormalEquations.solve(trainedOn);
        double[] closedForm = Arrays.copyOf(closed.weights(), n + 1);
        closedForm[n] = closed.bias();
        int rows = data.targets().length;
        return new TwinRun(trace, closedForm, twins.hand().engine().parameterValues(),
                twins.dl4j().engine().parameterValues(),
                Tolerances.step(NetworkTwins.sumTerms(rows, new int[] {n, 1})), Tolerances.linearModel(rows));
    }

    /** The MSE of the one-weight model over a range of weights (section 2's "varying the weight alone"). */
    public static double[][] errorCurve(GuideData data, double from, double to, int points) {
        double[] w = new double[points];
        double[] mse = new double[points];
        for (int i = 0; i < points; i++) {
            w[i] = from + (to - from) * i / (points - 1);
            mse[i] = MeanSquaredError.loss(new LinearModel(new double[] {w[i]}, 0.0), data.threeHouses());
        }
        return new double[][] {w, mse};
    }

    /**
     * The weight × bias error surface of section 4: the MSE at the centres of a grid over the widget's ranges
     * (weight 0 … 0.4, bias 0 … 460).
     *
     * @param weights the cells' centre weights, increasing
     * @param biases  the cells' centre biases, increasing
     * @param mse     mse[i][j] at (weights[i], biases[j])
     */
    public record ErrorSurface(double[] weights, double[] biases, double[][] mse) {
    }

    public static ErrorSurface errorSurface(GuideData data, int cells) {
        double[] ws = new double[cells];
        double[] bs = new double[cells];
        for (int i = 0; i < cells; i++) {
            ws[i] = 0.4 * (i + 0.5) / cells;
            bs[i] = 460.0 * (i + 0.5) / cells;
        }
        double[][] mse = new double[cells][cells];
        for (int i = 0; i < cells; i++) {
            for (int j = 0; j < cells; j++) {
                mse[i][j] = MeanSquaredError.loss(new LinearModel(new double[] {ws[i]}, bs[j]), data.threeHouses());
            }
        }
        return new ErrorSurface(ws, bs, mse);
    }

    /** The MSE at zero on the ten houses with two features (the guide: ≈ 108,268). */
    public static double twoVariablesAtZero(GuideData data) {
        return MeanSquaredError.loss(LinearModel.zero(2), data.tenHouses());
    }
}
