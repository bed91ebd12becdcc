package nnbasics.compare.network;

import java.util.List;
import nnbasics.handwritten.updaters.Optimiser;
import nnbasics.compare.Difference;
import nnbasics.compare.LockStep;
import nnbasics.compare.StepObserver;
import nnbasics.compare.Tolerances;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.regression.RegressionData;

/**
 * The one-ulp control of a network run: how far the trajectory itself carries a difference of rounding size.
 *
 * <pre>
 * a = the hand-written engine from the run's start (W1, b1, …)
 * b = the hand-written engine from the same start, every entry of W1 moved up by one ulp (Math.nextUp)
 * control = max over the steps k = 0 … steps of d_k(a, b)      the twins' metric (TwinDifference)
 * </pre>
 *
 * <p>Two correct engines that add in different orders differ by a few ulps at every step; where gradient descent
 * contracts differences (a convex loss, a calm stretch of a trajectory) that stays near 1e−15, where it amplifies
 * them (a saddle passed: about 8 % growth per step for 300 steps on the houses' 2 → 4 tanh → 2) it grows for any
 * two engines alike — the hand-written engine against itself included. The control measures that growth with the
 * hand-written engine alone, so the twins' bound can be derived from it ({@link Tolerances#network}) without
 * looking at the twins. Every entry of W1 moves, not one: a single entry's ulp can vanish in the rounding of x·W1.
 */
public final class OneUlpControl {

    private OneUlpControl() {
    }

    /**
     * @param train      the training rows as the network sees them (standardised or raw)
     * @param start      the run's start
     * @param activation f of the hidden layers
     * @param rate       η of the run
     * @param steps      the run's steps
     * @return the largest difference between the two copies over the run, with its tensor and step
     */
    public static Difference of(ClassificationData train, NetworkStart start, HiddenActivation activation,
                                double rate, int steps) {
        return of(train, start, activation, rate, steps, StepObserver.NONE);
    }

    /** {@link #of(ClassificationData, NetworkStart, HiddenActivation, double, int)}, telling {@code observer} each step. */
    public static Difference of(ClassificationData train, NetworkStart start, HiddenActivation activation,
                                double rate, int steps, StepObserver observer) {
        return of(train, start, activation, Optimiser.sgd(rate), steps, observer);
    }

    /** The same with the step an optimiser describes, the same for both runs. */
    public static Difference of(ClassificationData train, NetworkStart start, HiddenActivation activation,
                                Optimiser rate, int steps, StepObserver observer) {
        List<double[][]> nudged = start.weights();      // a copy
        for (double[] row : nudged.get(0)) {
            for (int i = 0; i < row.length; i++) {
                row[i] = Math.nextUp(row[i]);               // W1_ij + ulp(W1_ij)
            }
        }
        HandNetworkEngine a = new HandNetworkEngine(train, start.weights(), start.biases(), activation, rate);
        HandNetworkEngine b = new HandNetworkEngine(train, nudged, start.biases(), activation, rate);
        return LockStep.trajectory(a, b, steps, observer);
    }

    /** The same for a regression network (identity output, mean squared error) on its training rows. */
    public static Difference of(RegressionData train, NetworkStart start, HiddenActivation activation, double rate,
                                int steps, StepObserver observer) {
        return of(train, start, activation, Optimiser.sgd(rate), steps, observer);
    }

    /** The same for a regression network with the step an optimiser describes, the same for both runs. */
    public static Difference of(RegressionData train, NetworkStart start, HiddenActivation activation,
                                Optimiser rate, int steps, StepObserver observer) {
        List<double[][]> nudged = start.weights();      // a copy
        for (double[] row : nudged.get(0)) {
            for (int i = 0; i < row.length; i++) {
                row[i] = Math.nextUp(row[i]);               // W1_ij + ulp(W1_ij)
            }
        }
        HandNetworkEngine a = new HandNetworkEngine(train, start.weights(), start.biases(), activation, rate);
        HandNetworkEngine b = new HandNetworkEngine(train, nudged, start.biases(), activation, rate);
        return LockStep.trajectory(a, b, steps, observer);
    }
}
