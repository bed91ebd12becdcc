package nnbasics.guide;

import java.util.ArrayList;
import java.util.List;
import nnbasics.compare.Difference;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.Trace;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.Tolerances;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.compare.network.OneUlpControl;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.classification.Softmax;
import nnbasics.handwritten.data.Table;
import nnbasics.handwritten.network.Activation;

/**
 * The guide's sequel and the hidden layers it never published (the report's section 10), computed: the activations
 * and their derivatives, the two-class softmax as a sigmoid, and the hidden-layer network on the ten labelled houses
 * with both engines in lock-step ({@link NetworkTwins}, the same builder as {@code classify --hidden}).
 */
public final class HiddenLayerSections {

    /** README's {@code classify --hidden 4} example on the houses: 4 tanh units, standardised, η 0.5, 2,000 steps. */
    public static final int HIDDEN_UNITS = 4;
    public static final HiddenActivation ACTIVATION = HiddenActivation.TANH;
    public static final double RATE = 0.5;
    public static final int STEPS = 2_000;
    /** {@code classify}'s default seed: the start is Xavier uniform from {@code SplittableRandom(1)}, b = 0. */
    public static final long SEED = 1;
    /** The widths of the sweep; 0 is softmax regression (2 → 2 softmax), from the same seeded start. */
    public static final List<Integer> SWEEP = List.of(0, 1, 2, 3, 4, 8);

    /** The activations drawn, in the order of the sequel (sigmoid, ReLU) with tanh, the hidden layer's, between. */
    public static final List<Activation> ACTIVATIONS = List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU);
    /** The sequel's slider range, z ∈ [−Z, Z], cut to where the curves still change. */
    public static final double Z = 6;
    /** The grid of section 10.2: z₁, z₂ ∈ {−GRID, …, GRID} in steps of {@link #GRID_STEP}. */
    public static final double GRID = 4;
    public static final double GRID_STEP = 0.5;

    private HiddenLayerSections() {
    }

    /** f(z) at each z. */
    public static double[] values(Activation f, double[] z) {
        double[] a = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            a[i] = f.value(z[i]);
        }
        return a;
    }

    /** f'(z) at each z, as backpropagation uses it (ReLU: 0 at the kink). */
    public static double[] derivatives(Activation f, double[] z) {
        double[] d = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            d[i] = f.derivative(z[i]);
        }
        return d;
    }

    /** n + 1 evenly spaced points from {@code from} to {@code to}. */
    public static double[] range(double from, double to, int n) {
        double[] z = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            z[i] = from + (to - from) * i / n;
        }
        return z;
    }

    /**
     * One point of section 10.2's grid.
     *
     * @param z1       the first logit
     * @param z2       the second logit
     * @param softmax  p₁ = softmax([z₁, z₂])₁ (the hand-written {@link Softmax}, max subtracted)
     * @param sigmoid  σ(z₁ − z₂) (the hand-written sigmoid activation)
     */
    public record SoftmaxPoint(double z1, double z2, double softmax, double sigmoid) {

        /** |p₁ − σ(z₁ − z₂)|. */
        public double gap() {
            return Math.abs(softmax - sigmoid);
        }
    }

    /** softmax([z₁, z₂])₁ against σ(z₁ − z₂) on the grid, z₁ outer, z₂ inner. */
    public static List<SoftmaxPoint> softmaxAgainstSigmoid() {
        List<SoftmaxPoint> points = new ArrayList<>();
        int n = (int) Math.round(2 * GRID / GRID_STEP);
        for (int i = 0; i <= n; i++) {
            double z1 = -GRID + i * GRID_STEP;
            for (int j = 0; j <= n; j++) {
                double z2 = -GRID + j * GRID_STEP;
                points.add(new SoftmaxPoint(z1, z2, Softmax.of(new double[] {z1, z2})[0],
                        Activation.SIGMOID.value(z1 - z2)));
            }
        }
        return points;
    }

    /**
     * A hidden-layer network on the labelled houses, both engines from one start, every step proven.
     *
     * @param hidden     the hidden units (0: no hidden layer, softmax regression)
     * @param classes    the class names in output order (bad, good)
     * @param twins      both engines after the run
     * @param run        the lock-step trace (step proof and trajectory), both engines' final parameters, the step
     *                   proof's bound {@code Tolerances.step(NetworkTwins.sumTerms(houses, sizes))} and the
     *                   trajectory's bound ({@link #trajectoryBound})
     * @param handRight  houses the hand-written engine classifies right (its argmax of p)
     * @param dl4jRight  houses DL4J classifies right (its {@code Evaluation})
     * @param houses     the number of houses
     * @param control    the one-ulp control: the largest difference, by the same metric, between the hand-written
     *                   engine and itself started with every entry of W1 moved up by one ulp ({@link OneUlpControl})
     */
    public record HiddenRun(int hidden, List<String> classes, NetworkTwins twins, TwinRun run, int handRight,
                            int dl4jRight, int houses, Difference control) {

        /** The step proof's bound, the same for every width: {@code Tolerances.step(n)}. */
        public double stepBound() {
            return run.stepBound();
        }

        /**
         * The trajectory's documented bound from the run's control, {@link Tolerances#network}, or null when the
         * trajectory magnifies one ulp of the start past {@link Tolerances#NETWORKS} ({@code docs/hidden-layers.md},
         * "The control"): then no bound exists for two free-running engines, correct or not. It informs; the step
         * proof decides.
         */
        public Double trajectoryBound() {
            return run.trajectoryBound();
        }

        /** The step proof, the trajectory with its bound (or none), and the control. */
        public TwinProof proof() {
            return new TwinProof(run.stepProof(), run.stepBound(), run.difference(), run.trajectoryBound(), control);
        }

        /** "2 → 4 tanh → 2 softmax". */
        public String architecture() {
            return twins.hand().engine().architecture();
        }
    }

    /**
     * The network with {@code hidden} tanh units on the standardised houses, {@code steps} full-batch steps, and its
     * one-ulp control.
     */
    public static HiddenRun network(GuideData data, int hidden, int steps) {
        return network(data, hidden, steps, Progress.NONE);
    }

    /** The same, counting its lock-step updates (not the control's) into {@code progress}. */
    public static HiddenRun network(GuideData data, int hidden, int steps, Progress progress) {
        ClassificationData raw = ClassificationData.from(Table.read(data.labelled()), GuideData.FEATURES, "label",
                null);
        int[] sizes = hidden == 0 ? new int[] {GuideData.FEATURES.size(), raw.classCount()}
                : new int[] {GuideData.FEATURES.size(), hidden, raw.classCount()};
        NetworkTwins twins = NetworkTwins.of(data.labelled(), GuideData.FEATURES, "label", raw.classes(),
                EngineChoice.BOTH, true, ACTIVATION, NetworkTwins.start(sizes, ACTIVATION, SEED), RATE);
        Trace trace = new Trace();
        twins.run(steps, progress.counting(trace));
        int houses = raw.labels().length;
        Difference control = OneUlpControl.of(twins.hand().train(), NetworkTwins.start(sizes, ACTIVATION, SEED),
                ACTIVATION, RATE, steps);
        Double trajectoryBound = Tolerances.hasNetworkBound(control.value())
                ? Tolerances.network(control.value()) : null;
        TwinRun run = new TwinRun(trace, null, flat(twins.hand().engine().parameters()),
                flat(twins.dl4j().engine().parameters()),
                Tolerances.step(NetworkTwins.sumTerms(houses, sizes)), trajectoryBound);
        int handRight = diagonal(twins.hand().evaluation().counts());
        int dl4jRight = diagonal(twins.dl4j().evaluation().counts());
        return new HiddenRun(hidden, raw.classes(), twins, run, handRight, dl4jRight, houses, control);
    }

    /** Σ_k counts[k][k]: the rows predicted as their own class. */
    private static int diagonal(int[][] counts) {
        int right = 0;
        for (int k = 0; k < counts.length; k++) {
            right += counts[k][k];
        }
        return right;
    }

    private static double[] flat(List<nnbasics.compare.Tensor> tensors) {
        return nnbasics.compare.Tensor.flat(tensors);
    }
}
