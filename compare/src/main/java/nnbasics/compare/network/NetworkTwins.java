package nnbasics.compare.network;

import java.nio.file.Path;
import java.util.List;
import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.LockStep;
import nnbasics.compare.LockStepResult;
import nnbasics.compare.StepObserver;
import nnbasics.dl4j.classification.Evaluations;
import nnbasics.dl4j.classification.LabelledCsv;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.classification.ConfusionMatrix;
import nnbasics.handwritten.data.Table;
import nnbasics.handwritten.features.Standardizer;
import nnbasics.handwritten.network.Initialisation;
import nnbasics.handwritten.network.Network;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.updaters.Optimiser;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The one place where the two network engines are built, for the command line ({@code classify --hidden}) and the
 * tests. Both start from the same W and b (drawn once by {@link #start}, or read from {@code --init}), in the units
 * the network sees (after standardisation). Each side, in the same order of steps:
 *
 * <pre>
 *   read          hand: Table + ClassificationData.from          dl4j: DataVec (LabelledCsv)
 *   standardise   hand: Standardizer                             dl4j: Standardizer (ND4J's NormalizerStandardize)
 *   engine        HandNetworkEngine(data, W, b, f, rate)         Dl4jNetworkEngine(data, W, b, f, rate)
 *   read-out      accuracy and confusion (own evaluation), probabilities, W and b in the network's units
 * </pre>
 *
 * @param hand the hand-written side, or null when it does not run
 * @param dl4j the DL4J side, or null when it does not run
 */
public record NetworkTwins(HandSide hand, Dl4jSide dl4j) {

    /**
     * The sides {@code engine} asks for, on one labelled file, from one start.
     *
     * @param classes    the class names in output order (the last layer's columns)
     * @param activation f of the hidden layers
     * @param start      W and b of every layer, in the units the network sees (z-scores with {@code standardize})
     * @param rate       η of plain gradient descent on the mean cross-entropy
     */
    public static NetworkTwins of(Path file, List<String> features, String label, List<String> classes,
                                  EngineChoice engine, boolean standardize, HiddenActivation activation,
                                  NetworkStart start, double rate) {
        return of(file, features, label, classes, engine, standardize, activation, start, Optimiser.sgd(rate));
    }

    /**
     * The same with the step an optimiser describes, the same recipe for both engines.
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation; {@link Optimiser#sgd} for plain SGD
     */
    public static NetworkTwins of(Path file, List<String> features, String label, List<String> classes,
                                  EngineChoice engine, boolean standardize, HiddenActivation activation,
                                  NetworkStart start, Optimiser optimiser) {
        return new NetworkTwins(
                engine.runsHand() ? HandSide.of(file, features, label, classes, standardize, activation, start,
                        optimiser) : null,
                engine.runsDl4j() ? Dl4jSide.of(file, features, label, classes, standardize, activation, start,
                        optimiser) : null);
    }

    /**
     * The terms along the chain of sums one entry of an update depends on, for the step proof's bound
     * ({@code Tolerances.step}): each layer's pre-activations sum its inputs and the bias, δ goes back through the
     * same widths, and every gradient entry sums over the rows — rows + Σ_l (nIn_l + 1), which covers both passes
     * (δ's sums run over the layers' outputs, the next layers' inputs).
     *
     * @param rows  the training rows of one step
     * @param sizes the widths from the input to the output
     */
    public static long sumTerms(long rows, int[] sizes) {
        long terms = rows;
        for (int l = 0; l + 1 < sizes.length; l++) {
            terms += sizes[l] + 1;                     // + 1: the bias, the weight of the constant input 1
        }
        return terms;
    }

    /**
     * The shared start: Xavier uniform (He uniform for ReLU's hidden layers), b = 0, from one seeded generator
     * (the hand-written module's {@link Initialisation}, drawn once and given to both engines).
     *
     * @param sizes nIn, hidden widths…, classes
     */
    public static NetworkStart start(int[] sizes, HiddenActivation activation, long seed) {
        return Initialisation.draw(sizes, activation.hand(), seed);
    }

    /** "2 → 4 tanh → 2 softmax", from the widths, as both engines' {@code architecture()} name it. */
    public static String architecture(int[] sizes, HiddenActivation activation) {
        StringBuilder s = new StringBuilder().append(sizes[0]);
        for (int l = 1; l < sizes.length; l++) {
            s.append(" → ").append(sizes[l]).append(' ')
                    .append(l + 1 == sizes.length ? "softmax" : activation.label());
        }
        return s.toString();
    }

    /** Steps both engines together {@code steps} times. */
    public LockStepResult run(int steps, StepObserver observer) {
        return LockStep.run(hand.engine(), dl4j.engine(), steps, DivergenceGuard.none(), observer);
    }

    /** The hand-written side: its own CSV reading, standardiser and evaluation (argmax of p). */
    public record HandSide(HandNetworkEngine engine, Standardizer standardizer, ClassificationData raw,
                           ClassificationData train, HiddenActivation activation) {

        static HandSide of(Path file, List<String> features, String label, List<String> classes,
                           boolean standardize, HiddenActivation activation, NetworkStart start,
                           Optimiser optimiser) {
            ClassificationData raw = ClassificationData.from(Table.read(file), features, label, classes);
            Standardizer standardizer = standardize ? Standardizer.fit(raw.features()) : null;
            ClassificationData train = standardizer == null ? raw
                    : new ClassificationData(standardizer.transform(raw.features()), raw.labels(), raw.classes());
            return new HandSide(new HandNetworkEngine(train, start.weights(), start.biases(), activation, optimiser),
                    standardizer, raw, train, activation);
        }

        /** @return the network at the current parameters (a copy); with a hidden layer only */
        public Network network() {
            return new Network(engine.weights(), engine.biases(), activation.hand());
        }

        /** p of every training row, [row][class]. */
        public double[][] probabilities() {
            return engine.probabilities();
        }

        /** p of raw labelled rows (another file), scaled as the training rows were. */
        public double[][] probabilities(ClassificationData rawRows) {
            return engine.probabilities(scaled(rawRows).features());
        }

        /** Accuracy and counts on the training rows: predicted = argmax_k p_k. */
        public ConfusionMatrix evaluation() {
            return confusion(train, probabilities());
        }

        /** Accuracy and counts on another labelled file, read the hand-written way (raw features). */
        public ConfusionMatrix evaluate(ClassificationData rawRows) {
            return confusion(rawRows, probabilities(rawRows));
        }

        private ClassificationData scaled(ClassificationData rows) {
            return standardizer == null ? rows
                    : new ClassificationData(standardizer.transform(rows.features()), rows.labels(), rows.classes());
        }

        /** counts[actual][argmax_k p_k]; the first largest on a tie, as DL4J's argmax. */
        private static ConfusionMatrix confusion(ClassificationData rows, double[][] p) {
            int k = rows.classCount();
            int[][] counts = new int[k][k];
            for (int i = 0; i < p.length; i++) {
                int best = 0;
                for (int c = 1; c < k; c++) {
                    best = p[i][c] > p[i][best] ? c : best;
                }
                counts[rows.labels()[i]][best]++;
            }
            return new ConfusionMatrix(rows.classes(), counts);
        }
    }

    /** The DL4J side: DataVec's reader, ND4J's normaliser, DL4J's Evaluation. */
    public record Dl4jSide(Dl4jNetworkEngine engine, nnbasics.dl4j.features.Standardizer standardizer, DataSet raw,
                           DataSet train, List<String> classes) {

        static Dl4jSide of(Path file, List<String> features, String label, List<String> classes,
                           boolean standardize, HiddenActivation activation, NetworkStart start,
                           Optimiser optimiser) {
            DataSet raw = LabelledCsv.read(file, features, label, classes);
            nnbasics.dl4j.features.Standardizer standardizer = standardize
                    ? nnbasics.dl4j.features.Standardizer.fit(raw.getFeatures()) : null;
            DataSet train = standardizer == null ? raw : standardizer.transform(raw);
            return new Dl4jSide(new Dl4jNetworkEngine(train, start.weights(), start.biases(), activation, optimiser),
                    standardizer, raw, train, List.copyOf(classes));
        }

        /** p of every training row, [row][class], from {@code net.output}. */
        public double[][] probabilities() {
            return engine.probabilities();
        }

        /** p of raw labelled rows (another file), scaled by ND4J's normaliser as the training rows were. */
        public double[][] probabilities(DataSet rawRows) {
            return engine.probabilities(scaled(rawRows).getFeatures());
        }

        /** Accuracy and counts on the training rows, by DL4J's {@code Evaluation}. */
        public nnbasics.dl4j.classification.ConfusionMatrix evaluation() {
            return Evaluations.evaluate(engine.network(), train, classes);
        }

        /** Accuracy and counts on another labelled file, read by DataVec (raw features). */
        public nnbasics.dl4j.classification.ConfusionMatrix evaluate(DataSet rawRows) {
            return Evaluations.evaluate(engine.network(), scaled(rawRows), classes);
        }

        private DataSet scaled(DataSet data) {
            return standardizer == null ? data : standardizer.transform(data);
        }
    }
}
