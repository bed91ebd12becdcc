package nnbasics.compare.regression;

import java.nio.file.Path;
import java.util.List;
import nnbasics.dl4j.regression.RegressionCsv;
import nnbasics.handwritten.features.Standardizer;
import nnbasics.handwritten.regression.LearningRates;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.MeanSquaredError;
import nnbasics.handwritten.regression.RegressionData;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The one place where the two linear-regression engines are built, for the command line ({@code fit}), the guide
 * and the explore window. Each side, in the same order of steps:
 *
 * <pre>
 *   data          hand: the hand-written Table's columns      dl4j: DataVec's reader (RegressionCsv), or the same
 *                                                                   in-memory numbers as INDArrays (the guide)
 *   standardise   hand: Standardizer                          dl4j: Standardizer (ND4J's NormalizerStandardize)
 *   engine        HandRegressionEngine(data, start, rates)    Dl4jRegressionEngine(data, start, rates), the same
 *                                                             numbers in DL4J's DataSet, LinearModel, LearningRates
 *   read-out      fit(): w, b mapped back to raw units by the side's own standardiser, and the MSE on raw data
 * </pre>
 *
 * @param hand the hand-written side, or null when it does not run
 * @param dl4j the DL4J side, or null when it does not run
 */
public record RegressionTwins(HandSide hand, Dl4jSide dl4j) {

    /**
     * Both sides from numbers already in memory (the guide's houses, the explore window's dials).
     *
     * @param start where both start, in the units the engines train on (z-scores when standardising)
     */
    public static RegressionTwins of(RegressionData data, LinearModel start, LearningRates rates,
                                     boolean standardize) {
        return new RegressionTwins(HandSide.of(data, start, rates, standardize),
                Dl4jSide.of(features(data.features()), targets(data.targets()), start, rates, standardize));
    }

    /**
     * The sides a {@code fit} asks for, each reading the file its own way: the hand-written side takes the columns
     * the command line read with the hand-written {@code Table}; the DL4J side reads the file with DataVec.
     */
    public static RegressionTwins of(FitRequest request, LinearModel start, LearningRates rates) {
        return of(request, start, rates, bytes -> { });
    }

    /** As {@link #of(FitRequest, LinearModel, LearningRates)}, telling {@code dl4jReading} how far DataVec read. */
    public static RegressionTwins of(FitRequest request, LinearModel start, LearningRates rates,
                                     java.util.function.LongConsumer dl4jReading) {
        HandSide hand = request.engine().runsHand()
                ? HandSide.of(request.raw(), start, rates, request.standardize())
                : null;
        Dl4jSide dl4j = null;
        if (request.engine().runsDl4j()) {
            RegressionCsv csv = read(request, dl4jReading);
            dl4j = Dl4jSide.of(csv.features(), csv.targets(), start, rates, request.standardize());
        }
        return new RegressionTwins(hand, dl4j);
    }

    /** The request's file read the DataVec way. */
    static RegressionCsv read(FitRequest request, java.util.function.LongConsumer bytesRead) {
        return RegressionCsv.read(request.data(), request.features(), request.target(), request.rows(), bytesRead);
    }

    /**
     * The DL4J engine on the same numbers as {@code new HandRegressionEngine(data, start, rates)}, each copied into
     * its DL4J twin: x and y into a {@link DataSet}, {@code start} into DL4J's {@code LinearModel}, {@code rates}
     * into DL4J's {@code LearningRates} ({@code withoutBias()} stays without bias).
     */
    public static Dl4jRegressionEngine dl4jEngine(RegressionData data, LinearModel start, LearningRates rates) {
        return dl4jEngine(features(data.features()), targets(data.targets()), start, rates);
    }

    static Dl4jRegressionEngine dl4jEngine(INDArray x, INDArray y, LinearModel start, LearningRates rates) {
        return new Dl4jRegressionEngine(new DataSet(x, y),
                new nnbasics.dl4j.regression.LinearModel(start.weights(), start.bias()),
                new nnbasics.dl4j.regression.LearningRates(rates.weights(), rates.bias()));
    }

    static INDArray features(double[][] x) {
        nnbasics.dl4j.runtime.Nd4jRuntime.configure();
        return Nd4j.create(x).castTo(DataType.DOUBLE);
    }

    static INDArray targets(double[] y) {
        return Nd4j.create(y, new long[] {y.length, 1}, DataType.DOUBLE);
    }

    /** The hand-written engine with its standardiser (or none) and the raw data it maps back to. */
    public record HandSide(HandRegressionEngine engine, Standardizer standardizer, RegressionData raw) {

        static HandSide of(RegressionData raw, LinearModel start, LearningRates rates, boolean standardize) {
            Standardizer standardizer = null;
            RegressionData data = raw;
            if (standardize) {
                double[][] columns = new double[raw.featureCount()][];
                for (int j = 0; j < columns.length; j++) {
                    columns[j] = raw.column(j);
                }
                standardizer = Standardizer.fitColumns(columns);
                columns = standardizer.transformColumns(columns);       // z-scores replace the copies, one by one
                data = RegressionData.ofColumns(columns, raw.targets());
            }
            return new HandSide(new HandRegressionEngine(data, start, rates), standardizer, raw);
        }

        /** The model in raw units and its MSE on the raw data. */
        public EngineFit fit() {
            LinearModel model = new LinearModel(engine.weights(), engine.bias());
            LinearModel rawModel = standardizer == null ? model
                    : new LinearModel(standardizer.rawWeights(model.weights()),
                            standardizer.rawBias(model.weights(), model.bias()));
            return new EngineFit("hand", rawModel.weights(), rawModel.bias(), MeanSquaredError.loss(rawModel, raw));
        }
    }

    /** The DL4J engine with ND4J's normaliser (or none). */
    public record Dl4jSide(Dl4jRegressionEngine engine, nnbasics.dl4j.features.Standardizer standardizer, INDArray rawFeatures,
                           INDArray targets) {

        static Dl4jSide of(INDArray x, INDArray y, LinearModel start, LearningRates rates, boolean standardize) {
            nnbasics.dl4j.features.Standardizer standardizer = standardize
                    ? nnbasics.dl4j.features.Standardizer.fit(x) : null;
            INDArray trainOn = standardizer == null ? x : standardizer.transform(x);
            return new Dl4jSide(dl4jEngine(trainOn, y, start, rates), standardizer, x, y);
        }

        /** The model in raw units and its MSE on the raw data, computed by a DL4J network holding it. */
        public EngineFit fit() {
            double[] weights = engine.weights();
            double bias = engine.bias();
            if (standardizer != null) {
                double[] rawWeights = standardizer.rawWeights(weights);
                bias = standardizer.rawBias(weights, bias);
                weights = rawWeights;
            }
            return new EngineFit("dl4j", weights, bias, rawMse(rawFeatures, targets, weights, bias));
        }

        /** The MSE of (w, b) on raw x, from a DL4J network holding them, never stepped. */
        static double rawMse(INDArray x, INDArray y, double[] weights, double bias) {
            // the network is never stepped: its rates do not matter but must be valid, and a bias rate > 0 keeps b
            return dl4jEngine(x, y, new LinearModel(weights, bias), LearningRates.uniform(weights.length, 1.0)).loss();
        }
    }

    /** The parameters of both sides that ran, for messages. */
    List<String> sides() {
        return hand == null ? List.of("dl4j") : dl4j == null ? List.of("hand") : List.of("hand", "dl4j");
    }
}
