package nnbasics.compare.network;

import java.util.List;
import java.util.function.LongConsumer;
import nnbasics.compare.Agreement;
import nnbasics.compare.Difference;
import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.LockStep;
import nnbasics.compare.StepObserver;
import nnbasics.compare.regression.FitRequest;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.updaters.Optimiser;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains a regression network ({@code fit --hidden}) with the engine(s) the request names, built by
 * {@link RegressionNetworkTwins}, proven step by step as every other model ({@code LockStep}, bound
 * {@code Tolerances.step(NetworkTwins.sumTerms(N, sizes), optimiser)}); with both engines the one-ulp control too.
 */
public final class RegressionNetworkFit {

    private RegressionNetworkFit() {
    }

    /**
     * @param request    the file, columns, rows, engines, {@code --standardize}, steps and the rate's text
     * @param activation f of the hidden layers
     * @param start      W and b of every layer at the start, in the network's units
     * @param rate       η
     * @param queries    raw feature rows to predict ({@code --predict}), [row][feature]
     */
    public static RegressionNetworkResult fit(FitRequest request, HiddenActivation activation, NetworkStart start,
                                              double rate, List<double[]> queries, StepObserver observer,
                                              StepObserver controlObserver, LongConsumer dl4jReading) {
        return fit(request, activation, start, Optimiser.sgd(rate), queries, observer, controlObserver, dl4jReading);
    }

    /**
     * The same with the step an optimiser describes, the same recipe for both engines and the control.
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation, dropout and its masks
     */
    public static RegressionNetworkResult fit(FitRequest request, HiddenActivation activation, NetworkStart start,
                                              Optimiser optimiser, List<double[]> queries, StepObserver observer,
                                              StepObserver controlObserver, LongConsumer dl4jReading) {
        RegressionNetworkTwins twins = RegressionNetworkTwins.of(request, activation, start, optimiser,
                dl4jReading);
        Agreement agreement = LockStep.runEither(twins.hand() == null ? null : twins.hand().engine(),
                twins.dl4j() == null ? null : twins.dl4j().engine(), request.steps(),
                new DivergenceGuard(request.rateText()), observer);
        Difference control = agreement == null ? null : OneUlpControl.of(twins.hand().train(), start, activation,
                optimiser, request.steps(), controlObserver);
        double[][] asked = queries.toArray(new double[0][]);
        RegressionNetworkOutcome hand = null;
        if (twins.hand() != null) {
            RegressionNetworkTwins.HandSide side = twins.hand();
            var trainer = side.engine().trainer();
            hand = new RegressionNetworkOutcome("hand", trainer.architecture(), trainer.weights(), trainer.biases(),
                    side.engine().loss(), side.rawMse(), side.predict(side.raw().features()),
                    asked.length == 0 ? new double[0] : side.predict(asked));
        }
        RegressionNetworkOutcome dl4j = null;
        if (twins.dl4j() != null) {
            RegressionNetworkTwins.Dl4jSide side = twins.dl4j();
            var trainer = side.engine().trainer();
            dl4j = new RegressionNetworkOutcome("dl4j", trainer.architecture(), trainer.weights(), trainer.biases(),
                    side.engine().loss(), side.rawMse(), side.predict(side.rawFeatures()),
                    asked.length == 0 ? new double[0] : side.predict(Nd4j.create(asked)));
        }
        return new RegressionNetworkResult(hand, dl4j, agreement, control);
    }
}
