package nnbasics.compare.regression;

import java.util.List;
import java.util.function.LongConsumer;
import nnbasics.compare.Agreement;
import nnbasics.compare.Difference;
import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.LockStep;
import nnbasics.compare.NonFiniteResultException;
import nnbasics.compare.StepObserver;
import nnbasics.compare.Tensor;
import nnbasics.compare.TwinDifference;
import nnbasics.dl4j.regression.RegressionCsv;
import nnbasics.handwritten.regression.LearningRates;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.MeanSquaredError;
import nnbasics.handwritten.regression.NormalEquations;
import nnbasics.handwritten.regression.RegressionData;

/**
 * Fits a linear model with the engine(s) a {@link FitRequest} names, built by {@link RegressionTwins}: each engine
 * reads the file its own way, standardises with its own tool and maps its weights back to raw units itself.
 */
public final class RegressionFit {

    private RegressionFit() {
    }

    public static FitResult fit(FitRequest request, StepObserver observer) {
        return fit(request, observer, bytes -> { });
    }

    /**
     * @param dl4jReading told how many bytes of the file DataVec has read, as it reads (a progress bar)
     */
    public static FitResult fit(FitRequest request, StepObserver observer, LongConsumer dl4jReading) {
        return request.method() == Method.NORMAL ? normal(request, dl4jReading)
                : gradientDescent(request, observer, dl4jReading);
    }

    private static FitResult gradientDescent(FitRequest request, StepObserver observer, LongConsumer dl4jReading) {
        int n = request.features().size();
        RegressionTwins twins = RegressionTwins.of(request, LinearModel.zero(n),
                new LearningRates(request.weightRates().clone(), request.biasRate()), dl4jReading);
        Agreement agreement = LockStep.runEither(twins.hand() == null ? null : twins.hand().engine(),
                twins.dl4j() == null ? null : twins.dl4j().engine(), request.steps(),
                new DivergenceGuard(request.rateText()), observer);
        EngineFit hand = twins.hand() == null ? null : twins.hand().fit();
        EngineFit dl4j = twins.dl4j() == null ? null : twins.dl4j().fit();
        requireFinite(request, hand);
        requireFinite(request, dl4j);
        return new FitResult(hand, dl4j, request.steps(), agreement, null);
    }

    /**
     * Least squares in closed form on each side. Proven: each solution's backward error ({@link BackwardError},
     * {@code docs/closed-forms.md}) held to {@link BackwardError#bound}, against the rows its own engine read and
     * against the rows the other engine read: a solution that is exact for its own reading of the file passes only if
     * that reading is the file's (an engine that read the decimals as float solves its own rows exactly, and misses
     * the other's by about u_f/√N). Reported beside it: the two solutions' twin difference, w and b with one scale
     * and the MSE against the MSE of the zero model, (1/N) Σ y² (an exact fit has an MSE of rounding noise, ~1e−30);
     * how far it may go depends on the conditioning of XᵀX, not on the engines.
     */
    private static FitResult normal(FitRequest request, LongConsumer dl4jReading) {
        EngineFit hand = null;
        EngineFit dl4j = null;
        RegressionData raw = request.raw();
        double[][] dl4jX = null;
        double[] dl4jY = null;
        if (request.engine().runsHand()) {
            LinearModel model = NormalEquations.solve(raw);
            hand = new EngineFit("hand", model.weights(), model.bias(), MeanSquaredError.loss(model, raw));
        }
        if (request.engine().runsDl4j()) {
            RegressionCsv csv = RegressionTwins.read(request, dl4jReading);
            double[] solution = nnbasics.dl4j.regression.NormalEquations.solve(csv.features(), csv.targets());
            int n = solution.length - 1;
            double[] weights = java.util.Arrays.copyOf(solution, n);
            double bias = solution[n];
            dl4j = new EngineFit("dl4j", weights, bias,
                    RegressionTwins.Dl4jSide.rawMse(csv.features(), csv.targets(), weights, bias));
            if (hand != null) {
                dl4jX = csv.features().toDoubleMatrix();
                dl4jY = csv.targets().reshape(-1).toDoubleVector();
            }
        }
        requireFinite(request, hand);
        requireFinite(request, dl4j);
        if (hand == null || dl4j == null) {
            return new FitResult(hand, dl4j, 0, null, null);
        }
        double[][] handX = raw.features();
        double[] handY = raw.targets();
        double handBackward = Math.max(BackwardError.of(handX, handY, hand.weights(), hand.bias()),
                BackwardError.of(dl4jX, dl4jY, hand.weights(), hand.bias()));       // Math.max keeps a NaN
        double dl4jBackward = Math.max(BackwardError.of(dl4jX, dl4jY, dl4j.weights(), dl4j.bias()),
                BackwardError.of(handX, handY, dl4j.weights(), dl4j.bias()));
        TwinDifference metric = new TwinDifference();
        double zeroModel = MeanSquaredError.loss(LinearModel.zero(request.features().size()), raw);
        metric.at(0, List.of(Tensor.scalar(Tensor.LOSS, zeroModel)), List.of(Tensor.scalar(Tensor.LOSS, zeroModel)));
        Difference solutions = metric.at(0, tensors(hand), tensors(dl4j));
        NormalProof proof = new NormalProof(handBackward, dl4jBackward,
                BackwardError.bound(raw.size(), request.features().size() + 1), solutions);
        return new FitResult(hand, dl4j, 0, null, proof);
    }

    /**
     * A fit whose MSE or parameters are NaN or ±Infinity is an error, never a result: with targets around 1e200 the
     * least-squares weights can be finite while the MSE overflows to Infinity.
     */
    private static void requireFinite(FitRequest request, EngineFit fit) {
        if (fit == null) {
            return;
        }
        Object[] named = new Object[2 * (request.features().size() + 2)];
        int k = 0;
        for (int j = 0; j < request.features().size(); j++) {
            named[k++] = "the weight of \"" + request.features().get(j) + "\"";
            named[k++] = fit.weights()[j];
        }
        named[k++] = "the bias";
        named[k++] = fit.bias();
        named[k++] = "the mean squared error";
        named[k] = fit.mse();
        String engine = fit.engine().equals("hand") ? "the hand-written engine" : "DL4J";
        NonFiniteResultException.requireFinite("fit --method " + request.method().name().toLowerCase(java.util.Locale.ROOT)
                + " (" + engine + ")", named);
    }

    private static List<Tensor> tensors(EngineFit fit) {
        List<Tensor> all = new java.util.ArrayList<>(List.of(Tensor.scalar(Tensor.LOSS, fit.mse())));
        all.addAll(Parameters.tensors(fit.weights(), fit.bias()));
        return all;
    }
}
