package nnbasics.guide;

import java.util.ArrayList;
import java.util.List;

import nnbasics.compare.Difference;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.LockStep;
import nnbasics.compare.StepObserver;
import nnbasics.compare.Tolerances;
import nnbasics.compare.Trace;
import nnbasics.compare.network.HandNetworkEngine;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.compare.network.OneUlpControl;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.data.Table;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.updaters.Optimiser;

/**
 * The runs of section 11, "How the step is taken": section 10.3's network (2 → 4 tanh → 2 on the standardised
 * houses, seed 1) trained from the same start by SGD, momentum and Adam, and by SGD with L2, each with both engines
 * in lock-step (the updater's state in the step proof); then DL4J's Adam against the textbook Adam, both by hand
 * from the same start, and the one-ulp control of the Adam run.
 */
public final class UpdaterSections {

    /** Full-batch updates of every run. */
    public static final int STEPS = 300;
    /** The three updaters: the guide's SGD rate 0.5; momentum at 0.05 (its steady step η/(1 − μ) is 0.5); Adam. */
    public static final List<Optimiser> UPDATERS = List.of(Optimiser.sgd(HiddenLayerSections.RATE),
            Optimiser.of(Optimiser.Kind.MOMENTUM, 0.05), Optimiser.of(Optimiser.Kind.ADAM, 0.05));
    /** L2's c on the weights, with SGD at the guide's rate. */
    public static final double L2 = 0.01;
    /** SGD with L2 on the weights. */
    public static final Optimiser WITH_L2 = Optimiser.sgd(HiddenLayerSections.RATE).withL2(L2);

    private UpdaterSections() {
    }

    /** One run with both engines in lock-step. */
    public record Run(Optimiser optimiser, NetworkTwins twins, Trace trace, double stepBound) {
    }

    /**
     * @param runs        SGD, momentum, Adam, then SGD with L2
     * @param textbook    DL4J's Adam (by hand) against the textbook Adam (by hand), from the same start: per step
     * @param control     the Adam run's one-ulp control
     * @param textbookAt  the textbook Adam's loss per step
     */
    public record Runs(List<Run> runs, Trace textbook, Difference control, double[] textbookLoss) {

        /** @return the Adam run */
        public Run adam() {
            return runs.get(2);
        }
    }

    /** @return the sizes of section 10.3's network on the houses */
    static int[] sizes(int classes) {
        return new int[] {GuideData.FEATURES.size(), HiddenLayerSections.HIDDEN_UNITS, classes};
    }

    public static Runs runs(GuideData data, Progress progress) {
        ClassificationData raw = ClassificationData.from(Table.read(data.labelled()), GuideData.FEATURES, "label",
                null);
        int[] sizes = sizes(raw.classCount());
        NetworkStart start = NetworkTwins.start(sizes, HiddenLayerSections.ACTIVATION, HiddenLayerSections.SEED);
        List<Run> runs = new ArrayList<>();
        List<Optimiser> recipes = new ArrayList<>(UPDATERS);
        recipes.add(WITH_L2);
        for (Optimiser recipe : recipes) {
            NetworkTwins twins = NetworkTwins.of(data.labelled(), GuideData.FEATURES, "label", raw.classes(),
                    EngineChoice.BOTH, true, HiddenLayerSections.ACTIVATION, start, recipe);
            Trace trace = new Trace();
            twins.run(STEPS, progress.counting(trace));
            runs.add(new Run(recipe, twins, trace, Tolerances.step(NetworkTwins.sumTerms(raw.size(), sizes),
                    recipe)));
        }
        ClassificationData train = runs.get(0).twins().hand().train();
        Optimiser adam = UPDATERS.get(2);
        HandNetworkEngine dl4jForm = new HandNetworkEngine(train, start.weights(), start.biases(),
                HiddenLayerSections.ACTIVATION, adam);
        HandNetworkEngine textbookForm = new HandNetworkEngine(train, start.weights(), start.biases(),
                HiddenLayerSections.ACTIVATION, adam.withUpdater(Optimiser.Kind.TEXTBOOK_ADAM));
        Trace textbook = new Trace();
        LockStep.trajectory(dl4jForm, textbookForm, STEPS, textbook);
        Difference control = OneUlpControl.of(train, start, HiddenLayerSections.ACTIVATION, adam, STEPS,
                StepObserver.NONE);
        return new Runs(runs, textbook, control, textbook.dl4jLoss());
    }

    /** @return ‖W‖, the Frobenius norm of every layer's W together */
    static double weightNorm(List<double[][]> weights) {
        double sum = 0;
        for (double[][] w : weights) {
            for (double[] row : w) {
                for (double x : row) {
                    sum += x * x;                                      // Σ W_jk²
                }
            }
        }
        return Math.sqrt(sum);
    }
}
