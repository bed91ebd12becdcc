package nnbasics.compare.regression;

import java.util.Arrays;
import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.LockStep;
import nnbasics.compare.RelativeDifference;
import nnbasics.compare.StepObserver;
import nnbasics.dl4j.regression.Standardization;
import nnbasics.handwritten.features.Standardizer;
import nnbasics.handwritten.regression.LearningRates;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.MeanSquaredError;
import nnbasics.handwritten.regression.NormalEquations;
import nnbasics.handwritten.regression.RegressionData;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fits a linear model with the engine(s) a {@link FitRequest} names. Each engine standardises with its own tool
 * (the hand-written {@link Standardizer}, ND4J's normaliser) and maps its weights back to raw units itself.
 */
public final class RegressionFit {

    private RegressionFit() {
    }

    public static FitResult fit(FitRequest request, StepObserver observer) {
        return request.method() == Method.NORMAL ? normal(request) : gradientDescent(request, observer);
    }

    private static FitResult gradientDescent(FitRequest request, StepObserver observer) {
        HandSide hand = request.engine().runsHand() ? HandSide.of(request) : null;
        Dl4jSide dl4j = request.engine().runsDl4j() ? Dl4jSide.of(request) : null;
        Double maxRelativeDifference = LockStep.runEither(hand == null ? null : hand.engine,
                dl4j == null ? null : dl4j.engine, request.steps(), new DivergenceGuard(request.rateText()), observer);
        return new FitResult(hand == null ? null : hand.fit(),
                dl4j == null ? null : dl4j.fit(), request.steps(), maxRelativeDifference);
    }

    private static FitResult normal(FitRequest request) {
        EngineFit hand = null;
        EngineFit dl4j = null;
        if (request.engine().runsHand()) {
            RegressionData raw = new RegressionData(request.x(), request.y());
            LinearModel model = NormalEquations.solve(raw);
            hand = new EngineFit("hand", model.weights(), model.bias(), MeanSquaredError.loss(model, raw));
        }
        if (request.engine().runsDl4j()) {
            INDArray x = features(request.x());
            INDArray y = targets(request.y());
            double[] solution = nnbasics.dl4j.regression.NormalEquations.solve(x, y);
            int n = solution.length - 1;
            double[] weights = Arrays.copyOf(solution, n);
            double bias = solution[n];
            // a network holding the solution, never stepped: its rates do not matter but must be valid
            double mse = new Dl4jRegressionEngine(request.x(), request.y(), weights, bias,
                    filled(n, 1.0), 1.0, true).loss();
            dl4j = new EngineFit("dl4j", weights, bias, mse);
        }
        Double difference = hand != null && dl4j != null
                ? RelativeDifference.max(Parameters.concat(hand.weights(), hand.bias()),
                        Parameters.concat(dl4j.weights(), dl4j.bias()))
                : null;
        return new FitResult(hand, dl4j, 0, difference);
    }

    static INDArray features(double[][] x) {
        return Nd4j.create(x).castTo(DataType.DOUBLE);
    }

    static INDArray targets(double[] y) {
        return Nd4j.create(y, new long[] {y.length, 1}, DataType.DOUBLE);
    }

    private static double[] filled(int n, double value) {
        double[] a = new double[n];
        Arrays.fill(a, value);
        return a;
    }

    /** The hand-written engine with its standardiser (or none). */
    private record HandSide(HandRegressionEngine engine, Standardizer standardizer, RegressionData raw) {

        static HandSide of(FitRequest request) {
            int n = request.features().size();
            RegressionData raw = new RegressionData(request.x(), request.y());
            Standardizer standardizer = request.standardize() ? Standardizer.fit(request.x()) : null;
            RegressionData data = standardizer == null ? raw
                    : new RegressionData(standardizer.transform(request.x()), request.y());
            LearningRates rates = new LearningRates(request.weightRates().clone(), request.biasRate());
            return new HandSide(new HandRegressionEngine(data, LinearModel.zero(n), rates), standardizer, raw);
        }

        EngineFit fit() {
            LinearModel model = engine.model();
            LinearModel rawModel = standardizer == null ? model
                    : new LinearModel(standardizer.rawWeights(model.weights()),
                            standardizer.rawBias(model.weights(), model.bias()));
            return new EngineFit("hand", rawModel.weights(), rawModel.bias(), MeanSquaredError.loss(rawModel, raw));
        }
    }

    /** The DL4J engine with ND4J's normaliser (or none). */
    private record Dl4jSide(Dl4jRegressionEngine engine, Standardization standardization) {

        static Dl4jSide of(FitRequest request) {
            int n = request.features().size();
            INDArray x = features(request.x());
            Standardization standardization = request.standardize() ? Standardization.fit(x) : null;
            double[][] trainOn = standardization == null ? request.x()
                    : standardization.transform(x).toDoubleMatrix();
            return new Dl4jSide(new Dl4jRegressionEngine(trainOn, request.y(), new double[n], 0.0,
                    request.weightRates().clone(), request.biasRate(), true), standardization);
        }

        EngineFit fit() {
            double[] weights = engine.weights();
            double bias = engine.bias();
            if (standardization != null) {
                double[] rawWeights = standardization.rawWeights(weights);
                bias = standardization.rawBias(weights, bias);
                weights = rawWeights;
            }
            return new EngineFit("dl4j", weights, bias, engine.loss());
        }
    }
}
