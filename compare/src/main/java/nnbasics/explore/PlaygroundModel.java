package nnbasics.explore;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nnbasics.compare.Difference;
import nnbasics.compare.DivergenceException;
import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.LockStep;
import nnbasics.compare.Tolerances;
import nnbasics.compare.TwinMetrics;
import nnbasics.charts.ChartFiles;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.LayersFile;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.handwritten.classification.SoftmaxModel;
import nnbasics.compare.model.SavedModel;
import nnbasics.handwritten.features.Standardizer;
import nnbasics.handwritten.network.Network;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.updaters.Optimiser;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Panel 7, the playground: a network of 0, 1 or 2 hidden layers (0 … 8 units each) on the labelled houses or a
 * user's CSV, trained by the buttons with both engines in lock-step, each step taken by one recipe ({@link Optimiser}:
 * SGD, momentum, RMSProp, AdaGrad or Adam, {@link UpdaterChoice}). Nothing here is new arithmetic: the engines are
 * the ones {@code classify --standardize --hidden} builds ({@link NetworkTwins}: each engine reads the CSV and
 * standardises it with its own tool), stepped by the project's {@link LockStep} with one {@link TwinDifference}
 * kept since the last reset, so that a run of 1 + 10 + 100 presses is the run {@code classify --steps 111} makes.
 *
 * <pre>
 * start        hidden layers: NetworkTwins.start(sizes, f, seed)   Xavier (He for relu), b = 0, as classify --seed
 *              no hidden layer: W = 0, b = 0                        softmax regression, as classify without --hidden
 * step         LockStep.run(hand, dl4j, n, metrics, …)              both engines, every W, b, the updater's state, the
 *                                                                   loss and P compared:
 *                                                                   the step proof (held to stepBound()) and the
 *                                                                   trajectory (reported)
 * reset same   the same seed: bit for bit the same run again
 * reset new    seed + 1
 * </pre>
 *
 * <p>The engines are made at the first step (DL4J loads slowly), so changing a setting before it costs nothing.
 * Not thread-safe: the view steps it on one worker thread at a time and reads it on the event thread in between.
 */
public final class PlaygroundModel {

    /** The most units the panel offers per hidden layer. */
    public static final int MAX_UNITS = 8;
    /** The rate of the documented runs on standardised features ({@code docs/hidden-layers.md}). */
    public static final double DEFAULT_RATE = 0.5;
    /** The seed of classify's default start. */
    public static final long DEFAULT_SEED = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlaygroundData data;
    private List<Integer> hidden;
    private HiddenActivation activation;
    private Optimiser recipe;
    private long seed;

    private NetworkTwins twins;
    private TwinMetrics metric;
    private Difference worst;
    private Difference stepWorst;
    private int steps;
    private final List<Double> handLosses = new ArrayList<>();
    private final List<Double> dl4jLosses = new ArrayList<>();
    /** The trajectory's twin difference d_k at every step k so far (0 = the start). */
    private final List<Double> differences = new ArrayList<>();
    /** The step proof of every update so far: entry j is update j + 1's, taken by both engines from DL4J's state. */
    private final List<Double> stepProofs = new ArrayList<>();
    /** classify's guard for this run (its state carries over the presses); a new one at each reset. */
    private DivergenceGuard guard;
    /** Why the last press stopped, or null: the status line's message. */
    private String divergence;

    /**
     * @param hidden     the widths of the hidden layers, input side first: 0, 1 or 2 entries, each 1 … 8
     * @param activation f of the hidden layers
     * @param rate       η of plain SGD, finite and positive
     * @param seed       the seed of the start
     */
    public PlaygroundModel(PlaygroundData data, List<Integer> hidden, HiddenActivation activation, double rate,
                           long seed) {
        this(data, hidden, activation, Optimiser.sgd(checkRate(rate)), seed);
    }

    /**
     * The same with the step a recipe takes ({@code classify --updater}).
     *
     * @param recipe the updater and its rate, for both engines
     */
    public PlaygroundModel(PlaygroundData data, List<Integer> hidden, HiddenActivation activation, Optimiser recipe,
                           long seed) {
        this.data = data;
        this.hidden = checkHidden(hidden);
        this.activation = activation;
        this.recipe = checkKeep(recipe, this.hidden);
        this.seed = seed;
        resetSame();
    }

    /** The houses, one layer of 4 tanh units, rate 0.5, seed 1: the run. */
    public static PlaygroundModel houses(nnbasics.guide.GuideData data) {
        return new PlaygroundModel(PlaygroundData.houses(data), List.of(4), HiddenActivation.TANH, DEFAULT_RATE,
                DEFAULT_SEED);
    }

    /** Other data; back to the start of the same seed. */
    public void setData(PlaygroundData data) {
        this.data = data;
        resetSame();
    }

    /** Other hidden layers (0, 1 or 2 widths of 1 … 8); back to the start of the same seed. */
    public void setHidden(List<Integer> hidden) {
        this.hidden = checkHidden(hidden);
        if (this.hidden.isEmpty()) {
            recipe = recipe.withKeep(1);              // dropout drops a hidden layer's input: none without one
        }
        resetSame();
    }

    /** Another activation; back to the start of the same seed. */
    public void setActivation(HiddenActivation activation) {
        this.activation = activation;
        resetSame();
    }

    /** Another rate; back to the start of the same seed (a run has one rate, as a classify run has). */
    public void setRate(double rate) {
        this.recipe = UpdaterChoice.withRate(recipe, checkRate(rate));
        resetSame();
    }

    /**
     * Another updater, at its default rate ({@link UpdaterChoice#defaultRate}, as {@code classify} without
     * {@code --lr}), L2 and dropout kept; back to the start of the same seed.
     */
    public void setUpdater(Optimiser.Kind updater) {
        setRecipe(UpdaterChoice.switchTo(recipe, updater));
    }

    /**
     * Another recipe (the updater, its rate, L2, dropout); back to the start of the same seed.
     *
     * @throws IllegalArgumentException for dropout without a hidden layer (classify refuses it too)
     */
    public void setRecipe(Optimiser recipe) {
        this.recipe = checkKeep(recipe, hidden);
        resetSame();
    }

    /** Back to step 0 from the same start: the next steps repeat the last run bit for bit. */
    public void resetSame() {
        divergence = null;
        guard = new DivergenceGuard(ClassifyCommandLine.rateText(rate()));
        twins = null;
        metric = new TwinMetrics();
        worst = Difference.NONE;
        stepWorst = Difference.NONE;
        steps = 0;
        handLosses.clear();
        dl4jLosses.clear();
        differences.clear();
        stepProofs.clear();
    }

    /** Back to step 0 from a new start, drawn from seed + 1. */
    public void resetNew() {
        seed++;
        resetSame();
    }

    /**
     * {@code count} full-batch steps of both engines in lock-step, each proven and compared with the twin difference
     * of {@code docs/twin-difference.md} (every W, b, the loss and the training probabilities): the step proof of each
     * update (the hand-written engine's step from DL4J's state against DL4J's) and the trajectory (both running free).
     *
     * <p>Watched by the guard {@code classify --hidden} uses ({@link DivergenceGuard}: a loss not finite, blown up or
     * growing, a weight beyond 1.3e154), so that the window stops where the command it shows would stop. Training
     * that diverges goes back to the start of the same seed, with {@link #divergence()} saying why: nothing the
     * window draws is then ever infinite or NaN.
     */
    public void step(int count) {
        divergence = null;
        int before = steps;
        try {
            guardedStep(count);
        } catch (DivergenceException e) {
            String why = e.getMessage().replaceFirst("^training diverged at step \\d+: ", "")
                    .replaceFirst("; try a smaller --lr or --standardize$", "");
            resetSame();
            divergence = "training diverged at step " + (before + e.step()) + ": " + why + "; back at the start "
                    + "(step 0): choose a smaller rate";
        }
    }

    /**
     * Why the last press of a step button stopped (training diverged; the model is back at the start), or null.
     */
    public String divergence() {
        return divergence;
    }

    private void guardedStep(int count) {
        if (twins == null) {
            twins = NetworkTwins.of(data.file(), data.features(), data.label(), data.raw().classes(),
                    EngineChoice.BOTH, true, activation, start(), recipe);
        }
        int before = steps;
        LockStep.run(twins.hand().engine(), twins.dl4j().engine(), count, guard, metric, record -> {
            int k = before + record.step();
            Difference proof = record.stepProof();
            if (proof.step() >= 0 && k == stepProofs.size()) {
                // record k proves update k + 1; the last record of a press has none, the next press's first has it
                stepProofs.add(proof.value());
                stepWorst = stepWorst.max(new Difference(proof.value(), proof.tensor(), k + 1));
            }
            if (k < handLosses.size()) {
                return; // the state a previous press ended in, measured again: already logged
            }
            handLosses.add(record.handLoss());
            dl4jLosses.add(record.dl4jLoss());
            differences.add(record.maxRelativeDifference());
            worst = worst.max(new Difference(record.maxRelativeDifference(), record.difference().tensor(), k));
        });
        steps += count;
    }

    /** nIn = 2, the hidden widths, the classes. */
    public int[] sizes() {
        int[] sizes = new int[hidden.size() + 2];
        sizes[0] = data.features().size();
        for (int l = 0; l < hidden.size(); l++) {
            sizes[l + 1] = hidden.get(l);
        }
        sizes[sizes.length - 1] = data.raw().classCount();
        return sizes;
    }

    /** The start of this run: drawn from the seed (hidden layers), or zero (softmax regression, as classify). */
    public NetworkStart start() {
        int[] sizes = sizes();
        if (hidden.isEmpty()) {
            List<double[][]> w = java.util.Collections.singletonList(new double[sizes[0]][sizes[1]]);
            List<double[]> b = List.of(new double[sizes[1]]);
            return new NetworkStart(w, b);
        }
        return NetworkTwins.start(sizes, activation, seed);
    }

    /** e.g. {@code 2 → 4 tanh → 2 softmax}. */
    public String architecture() {
        return NetworkTwins.architecture(sizes(), activation);
    }

    /** The hand-written network at the current step (the start before the first); with a hidden layer only. */
    public Network handNetwork() {
        return twins == null ? Network.of(start(), activation.hand()) : twins.hand().network();
    }

    /** W of every layer from the hand-written engine, in the network's units (z-scores). */
    public List<double[][]> handWeights() {
        return twins == null ? start().weights() : twins.hand().engine().weights();
    }

    /** b of every layer from the hand-written engine. */
    public List<double[]> handBiases() {
        return twins == null ? start().biases() : twins.hand().engine().biases();
    }

    /** W of every layer from DL4J (the start before the first step). */
    public List<double[][]> dl4jWeights() {
        return twins == null ? start().weights() : twins.dl4j().engine().weights();
    }

    /** b of every layer from DL4J. */
    public List<double[]> dl4jBiases() {
        return twins == null ? start().biases() : twins.dl4j().engine().biases();
    }

    /** The standardiser of the features (the hand-written engine's own, fitted on the training rows). */
    public Standardizer standardizer() {
        return twins == null ? Standardizer.fit(data.raw().features()) : twins.hand().standardizer();
    }

    /** P of raw points [row][feature] by the hand-written network, [row][class]. */
    public double[][] handProbabilities(double[][] rawPoints) {
        double[][] z = standardizer().transform(rawPoints);
        if (twins != null) {
            return twins.hand().engine().probabilities(z);
        }
        return hidden.isEmpty() ? new SoftmaxModel(start().weights().get(0), start().biases().get(0)).probabilities(z)
                : handNetwork().probabilities(z);
    }

    /**
     * P of raw points by DL4J: its own normaliser, then {@code net.output}; null before the first step (no DL4J
     * network yet).
     */
    public double[][] dl4jProbabilities(double[][] rawPoints) {
        if (twins == null) {
            return null;
        }
        var side = twins.dl4j();
        return side.engine().probabilities(side.standardizer().transform(Nd4j.create(rawPoints)));
    }

    /** The mean cross-entropy on the training rows, hand-written engine. */
    public double handLoss() {
        return twins == null ? handLossAtStart() : twins.hand().engine().loss();
    }

    /** The same from DL4J, or NaN before the first step. */
    public double dl4jLoss() {
        return twins == null ? Double.NaN : twins.dl4j().engine().loss();
    }

    private double handLossAtStart() {
        double[][] p = handProbabilities(data.raw().features());
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum -= Math.log(p[i][data.raw().labels()[i]]);     // L = −(1/N) Σ log p[true class]
        }
        return sum / p.length;
    }

    /** Training rows predicted right by the hand-written engine (argmax, the first on a tie). */
    public int correct() {
        double[][] p = handProbabilities(data.raw().features());
        int correct = 0;
        for (int i = 0; i < p.length; i++) {
            int best = 0;
            for (int k = 1; k < p[i].length; k++) {
                best = p[i][k] > p[i][best] ? k : best;
            }
            correct += best == data.raw().labels()[i] ? 1 : 0;
        }
        return correct;
    }

    /**
     * The trajectory's largest twin difference since the reset (both engines running free), with its tensor and
     * step; {@link Difference#NONE} at first. Reported: a non-convex loss may magnify rounding, whatever the engines.
     */
    public Difference worst() {
        return worst;
    }

    /**
     * The step proof's largest difference since the reset, with its tensor and update (1 = the first): each update
     * of the hand-written engine from DL4J's state against DL4J's. {@link Difference#NONE} at first.
     */
    public Difference stepWorst() {
        return stepWorst;
    }

    /**
     * The step proof's bound, classify's for the same run: {@code Tolerances.step(n, recipe)} for a network, n the
     * longest sum of one full-batch update, the training rows or a layer's inputs + 1 ({@link
     * NetworkTwins#sumTerms}), plus the updater's own roundings (1e−12 for the houses and any network here);
     * without a hidden layer, softmax regression from zero, {@code Tolerances.stepFromZero} (Adam carries the
     * rounding of a bias gradient that cancels to 0 exactly on balanced classes, as on iris).
     */
    public double stepBound() {
        long n = NetworkTwins.sumTerms(data.raw().size(), sizes());
        return sizes().length > 2 ? Tolerances.step(n, recipe)
                : Tolerances.stepFromZero(n, recipe, Tolerances.inputScale(data.raw().features(), true));
    }

    /** True when a step of the hand-written engine from DL4J's state differed from DL4J's beyond {@link #stepBound}. */
    public boolean stepProofFails() {
        return stepWorst.exceeds(stepBound());
    }

    /** The hand-written engine's loss at steps 0 … n (empty before the first press). */
    public List<Double> handLosses() {
        return List.copyOf(handLosses);
    }

    /** DL4J's loss at steps 0 … n. */
    public List<Double> dl4jLosses() {
        return List.copyOf(dl4jLosses);
    }

    /** The trajectory's twin difference d_k at steps 0 … n. */
    public List<Double> differences() {
        return List.copyOf(differences);
    }

    /** The step proof of updates 1 … n (entry j: update j + 1). */
    public List<Double> stepProofs() {
        return List.copyOf(stepProofs);
    }

    /**
     * Writes the hand-written engine's current W and b in the format of {@code --init} (atomically, through
     * {@link ChartFiles#writeString}), so that {@code classify … --init FILE} starts where this run is.
     *
     * @throws IOException when the file cannot be written
     */
    public void saveWeights(Path file) throws IOException {
        ChartFiles.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("layers",
                LayersFile.layers(handWeights(), handBiases()))));
    }

    /**
     * Keeps the model at the current step as {@code classify --standardize --hidden … --save DIR} keeps it
     * ({@link SavedModel}): DL4J's network (the one each of whose steps the hand-written engine reproduced) in
     * {@code dl4j-network.zip} and {@code hand-network.json}, each with its engine's standardiser of the playground's
     * CSV, so that {@code predict --model DIR} scores raw rows with both engines.
     *
     * @param folder made if missing; other files in it are left alone
     * @throws nnbasics.compare.model.ModelFileException one line, when the folder cannot be made or written
     */
    public void saveModel(Path folder) {
        SavedModel.save(folder, data.file(), data.features(), data.label(), data.raw().classes(), true, activation,
                rate(), dl4jWeights(), dl4jBiases());
    }

    /** The command that makes this run again from its start ({@link ClassifyCommandLine}). */
    public String classifyCommand() {
        return ClassifyCommandLine.of(data, hidden, activation, seed, recipe, steps);
    }

    public PlaygroundData data() {
        return data;
    }

    public List<Integer> hidden() {
        return hidden;
    }

    public HiddenActivation activation() {
        return activation;
    }

    public double rate() {
        return recipe.learningRate();
    }

    /** How both engines take the step: the updater, its rate and hyper-parameters. */
    public Optimiser recipe() {
        return recipe;
    }

    public long seed() {
        return seed;
    }

    public int steps() {
        return steps;
    }

    private static List<Integer> checkHidden(List<Integer> hidden) {
        if (hidden.size() > 2) {
            throw new IllegalArgumentException("the playground has at most two hidden layers, got " + hidden);
        }
        for (int width : hidden) {
            if (width < 1 || width > MAX_UNITS) {
                throw new IllegalArgumentException("a hidden layer has 1 … " + MAX_UNITS + " units, got " + width);
            }
        }
        return List.copyOf(hidden);
    }

    private static Optimiser checkKeep(Optimiser recipe, List<Integer> hidden) {
        if (hidden.isEmpty() && recipe.keep() < 1) {
            throw new IllegalArgumentException("dropout needs a hidden layer: softmax regression has none to drop");
        }
        return recipe;
    }

    private static double checkRate(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("the learning rate must be finite and positive, got " + rate);
        }
        return rate;
    }
}
