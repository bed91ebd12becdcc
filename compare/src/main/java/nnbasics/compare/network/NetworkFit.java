package nnbasics.compare.network;

import nnbasics.compare.Agreement;
import nnbasics.compare.Difference;
import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.LockStep;
import nnbasics.compare.StepObserver;
import nnbasics.dl4j.classification.LabelledCsv;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.classification.ConfusionMatrix;
import nnbasics.handwritten.data.Table;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Trains a network classifier with the engine(s) a {@link NetworkRequest} names, built by {@link NetworkTwins}:
 * each engine reads the CSV files its own way, standardises with its own tool and evaluates with its own code.
 */
public final class NetworkFit {

    private NetworkFit() {
    }

    /** {@link #fit(NetworkRequest, StepObserver, StepObserver)} without progress for the one-ulp control. */
    public static NetworkResult fit(NetworkRequest request, StepObserver observer) {
        return fit(request, observer, StepObserver.NONE);
    }

    /**
     * Trains, and with both engines also runs the one-ulp control ({@link OneUlpControl}: the hand-written engine
     * against itself), from which the twins' documented bound follows ({@code Tolerances.network}).
     *
     * @param observer        each step of the run
     * @param controlObserver each step of the control (with both engines only)
     */
    public static NetworkResult fit(NetworkRequest request, StepObserver observer, StepObserver controlObserver) {
        NetworkTwins twins = NetworkTwins.of(request.train(), request.features(), request.label(), request.classes(),
                request.engine(), request.standardize(), request.activation(), request.start(), request.optimiser());
        Agreement agreement = LockStep.runEither(twins.hand() == null ? null : twins.hand().engine(),
                twins.dl4j() == null ? null : twins.dl4j().engine(), request.steps(),
                new DivergenceGuard(request.rateText()), observer);
        Difference control = agreement == null ? null : OneUlpControl.of(twins.hand().train(), request.start(),
                request.activation(), request.optimiser(), request.steps(), controlObserver);
        return new NetworkResult(twins.hand() == null ? null : hand(twins.hand(), request),
                twins.dl4j() == null ? null : dl4j(twins.dl4j(), request), agreement, control);
    }

    private static NetworkOutcome hand(NetworkTwins.HandSide side, NetworkRequest request) {
        var trainer = side.engine().trainer();
        Double testAccuracy = null;
        double[][] testProbabilities = null;
        int[][] confusion = null;
        if (request.test() != null) {
            ClassificationData test = ClassificationData.from(Table.read(request.test()), request.features(),
                    request.label(), request.classes());
            ConfusionMatrix matrix = side.evaluate(test);
            testAccuracy = matrix.accuracy();
            testProbabilities = side.probabilities(test);
            confusion = matrix.counts();
        }
        return new NetworkOutcome("hand", trainer.architecture(), trainer.weights(), trainer.biases(),
                side.engine().loss(), side.evaluation().accuracy(), side.probabilities(), testAccuracy,
                testProbabilities, confusion);
    }

    private static NetworkOutcome dl4j(NetworkTwins.Dl4jSide side, NetworkRequest request) {
        var trainer = side.engine().trainer();
        Double testAccuracy = null;
        double[][] testProbabilities = null;
        int[][] confusion = null;
        if (request.test() != null) {
            DataSet test = LabelledCsv.read(request.test(), request.features(), request.label(), request.classes());
            var matrix = side.evaluate(test);
            testAccuracy = matrix.accuracy();
            testProbabilities = side.probabilities(test);
            confusion = matrix.counts();
        }
        return new NetworkOutcome("dl4j", trainer.architecture(), trainer.weights(), trainer.biases(),
                side.engine().loss(), side.evaluation().accuracy(), side.probabilities(), testAccuracy,
                testProbabilities, confusion);
    }
}
