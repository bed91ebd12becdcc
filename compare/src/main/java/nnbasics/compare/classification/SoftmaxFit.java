package nnbasics.compare.classification;

import nnbasics.compare.Agreement;
import nnbasics.compare.Difference;
import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.LockStep;
import nnbasics.compare.StepObserver;
import nnbasics.dl4j.classification.LabelledCsv;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.classification.ConfusionMatrix;
import nnbasics.handwritten.classification.SoftmaxModel;
import nnbasics.handwritten.data.Table;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Trains a softmax classifier with the engine(s) a {@link ClassifyRequest} names, built by {@link SoftmaxTwins}:
 * each engine reads the CSV files its own way, standardises with its own tool, evaluates with its own code and maps
 * its weights back to raw units.
 */
public final class SoftmaxFit {

    private SoftmaxFit() {
    }

    public static ClassifyResult fit(ClassifyRequest request, StepObserver observer) {
        SoftmaxTwins twins = SoftmaxTwins.of(request.train(), request.features(), request.label(), request.classes(),
                request.engine(), request.standardize(), request.loss(), request.optimiser());
        Agreement agreement = LockStep.runEither(twins.hand() == null ? null : twins.hand().engine(),
                twins.dl4j() == null ? null : twins.dl4j().engine(), request.steps(),
                new DivergenceGuard(request.rateText()), observer);
        return new ClassifyResult(twins.hand() == null ? null : hand(twins.hand(), request),
                twins.dl4j() == null ? null : dl4j(twins.dl4j(), request), agreement);
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

    private static ClassifierFit hand(SoftmaxTwins.HandSide side, ClassifyRequest request) {
        SoftmaxModel model = side.rawModel();
        Double testAccuracy = null;
        double[][] testProbabilities = null;
        int[][] confusion = null;
        if (request.test() != null) {
            ClassificationData test = ClassificationData.from(Table.read(request.test()), request.features(),
                    request.label(), request.classes());
            ConfusionMatrix matrix = side.evaluate(test);
            testAccuracy = matrix.accuracy();
            testProbabilities = model.probabilities(test.features());
            confusion = matrix.counts();
        }
        return new ClassifierFit("hand", byClass(model.weights()), model.bias(), side.engine().loss(),
                side.evaluation().accuracy(), model.probabilities(side.raw().features()), testAccuracy,
                testProbabilities, confusion);
    }

    private static ClassifierFit dl4j(SoftmaxTwins.Dl4jSide side, ClassifyRequest request) {
        SoftmaxModel model = side.rawModel();
        var trainer = side.engine().trainer();
        Double testAccuracy = null;
        double[][] testProbabilities = null;
        int[][] confusion = null;
        if (request.test() != null) {
            DataSet test = side.scaled(LabelledCsv.read(request.test(), request.features(), request.label(),
                    request.classes()));
            var matrix = nnbasics.dl4j.classification.Evaluations.evaluate(trainer.network(), test,
                    request.classes());
            testAccuracy = matrix.accuracy();
            testProbabilities = trainer.probabilities(test.getFeatures());
            confusion = matrix.counts();
        }
        return new ClassifierFit("dl4j", byClass(model.weights()), model.bias(), side.engine().loss(),
                side.evaluation().accuracy(), side.probabilities(), testAccuracy, testProbabilities, confusion);
    }
}
