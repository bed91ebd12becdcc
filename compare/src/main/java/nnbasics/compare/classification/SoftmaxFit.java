package nnbasics.compare.classification;

import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.LockStep;
import nnbasics.compare.StepObserver;
import nnbasics.dl4j.classification.Evaluations;
import nnbasics.dl4j.classification.LabelledCsv;
import nnbasics.dl4j.classification.Standardization;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.classification.ConfusionMatrix;
import nnbasics.handwritten.classification.Evaluation;
import nnbasics.handwritten.classification.SoftmaxModel;
import nnbasics.handwritten.data.Table;
import nnbasics.handwritten.features.Standardizer;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerStandardize;

/**
 * Trains a softmax classifier with the engine(s) a {@link ClassifyRequest} names. Each engine reads the CSV files
 * its own way (the hand-written {@link Table}, DataVec's record reader), standardises with its own tool, evaluates
 * with its own code (the hand-written {@link Evaluation}, DL4J's {@code Evaluation}), and maps its weights back to
 * raw units.
 */
public final class SoftmaxFit {

    private SoftmaxFit() {
    }

    public static ClassifyResult fit(ClassifyRequest request, StepObserver observer) {
        HandSide hand = request.engine().runsHand() ? HandSide.of(request) : null;
        Dl4jSide dl4j = request.engine().runsDl4j() ? Dl4jSide.of(request) : null;
        Double maxRelativeDifference = LockStep.runEither(hand == null ? null : hand.engine,
                dl4j == null ? null : dl4j.engine, request.steps(), new DivergenceGuard(request.rateText()), observer);
        return new ClassifyResult(hand == null ? null : hand.fit(request),
                dl4j == null ? null : dl4j.fit(request), maxRelativeDifference);
    }

    /** [feature][class] → [class][feature]. */
    static double[][] byClass(double[][] weights) {
        int k = weights.length == 0 ? 0 : weights[0].length;
        double[][] rows = new double[k][weights.length];
        for (int j = 0; j < weights.length; j++) {
            for (int c = 0; c < k; c++) {
                rows[c][j] = weights[j][c];
            }
        }
        return rows;
    }

    /** The hand-written side: its own CSV reading, standardiser and evaluation. */
    private record HandSide(HandSoftmaxEngine engine, Standardizer standardizer, ClassificationData raw) {

        static HandSide of(ClassifyRequest request) {
            ClassificationData raw = ClassificationData.from(Table.read(request.train()), request.features(),
                    request.label(), request.classes());
            Standardizer standardizer = request.standardize() ? Standardizer.fit(raw.features()) : null;
            ClassificationData data = standardizer == null ? raw
                    : new ClassificationData(standardizer.transform(raw.features()), raw.labels(), raw.classes());
            SoftmaxModel start = SoftmaxModel.zero(raw.featureCount(), raw.classCount());
            return new HandSide(new HandSoftmaxEngine(data, start, request.loss().hand(), request.rate()),
                    standardizer, raw);
        }

        ClassifierFit fit(ClassifyRequest request) {
            SoftmaxModel model = standardizer == null ? engine.model() : engine.model().toRawUnits(standardizer);
            Double testAccuracy = null;
            double[][] testProbabilities = null;
            int[][] confusion = null;
            if (request.test() != null) {
                ClassificationData test = ClassificationData.from(Table.read(request.test()), request.features(),
                        request.label(), request.classes());
                ConfusionMatrix matrix = Evaluation.evaluate(model, test);
                testAccuracy = matrix.accuracy();
                testProbabilities = model.probabilities(test.features());
                confusion = matrix.counts();
            }
            return new ClassifierFit("hand", byClass(model.weights()), model.bias(), engine.loss(),
                    Evaluation.evaluate(model, raw).accuracy(), model.probabilities(raw.features()),
                    testAccuracy, testProbabilities, confusion);
        }
    }

    /** The DL4J side: DataVec's reader, ND4J's normaliser, DL4J's Evaluation. */
    private record Dl4jSide(Dl4jSoftmaxEngine engine, NormalizerStandardize normalizer, DataSet train) {

        static Dl4jSide of(ClassifyRequest request) {
            DataSet raw = LabelledCsv.read(request.train(), request.features(), request.label(), request.classes());
            NormalizerStandardize normalizer = request.standardize() ? Standardization.fit(raw) : null;
            DataSet train = normalizer == null ? raw : Standardization.transform(normalizer, raw);
            int n = request.features().size();
            int k = request.classes().size();
            return new Dl4jSide(new Dl4jSoftmaxEngine(train, new double[n][k], new double[k], request.loss().dl4j(),
                    request.rate()), normalizer, train);
        }

        ClassifierFit fit(ClassifyRequest request) {
            var trainer = engine.trainer();
            double[][] weights = trainer.weights();
            double[] bias = trainer.bias();
            if (normalizer != null) {
                double[] rawBias = Standardization.rawBias(normalizer, weights, bias);
                weights = Standardization.rawWeights(normalizer, weights);
                bias = rawBias;
            }
            Double testAccuracy = null;
            double[][] testProbabilities = null;
            int[][] confusion = null;
            if (request.test() != null) {
                DataSet test = LabelledCsv.read(request.test(), request.features(), request.label(),
                        request.classes());
                DataSet scaled = normalizer == null ? test : Standardization.transform(normalizer, test);
                var matrix = Evaluations.evaluate(trainer.network(), scaled, request.classes());
                testAccuracy = matrix.accuracy();
                testProbabilities = trainer.probabilities(scaled.getFeatures());
                confusion = matrix.counts();
            }
            return new ClassifierFit("dl4j", byClass(weights), bias, engine.loss(),
                    Evaluations.evaluate(trainer.network(), train, request.classes()).accuracy(),
                    trainer.probabilities(train.getFeatures()), testAccuracy, testProbabilities, confusion);
        }
    }
}
