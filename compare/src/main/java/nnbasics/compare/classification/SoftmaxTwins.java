package nnbasics.compare.classification;

import java.nio.file.Path;
import java.util.List;
import nnbasics.handwritten.updaters.Optimiser;
import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.LockStep;
import nnbasics.compare.LockStepResult;
import nnbasics.compare.StepObserver;
import nnbasics.dl4j.classification.Evaluations;
import nnbasics.dl4j.classification.LabelledCsv;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.classification.ConfusionMatrix;
import nnbasics.handwritten.classification.Evaluation;
import nnbasics.handwritten.classification.SoftmaxModel;
import nnbasics.handwritten.data.Table;
import nnbasics.handwritten.features.Standardizer;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The one place where the two softmax engines are built, for the command line ({@code classify}), the guide and
 * the explore window. Each side, in the same order of steps:
 *
 * <pre>
 *   read          hand: Table + ClassificationData.from          dl4j: DataVec (LabelledCsv)
 *   standardise   hand: Standardizer                             dl4j: Standardizer (ND4J's NormalizerStandardize)
 *   engine        HandSoftmaxEngine(data, start, loss, rate)     Dl4jSoftmaxEngine(data, start, loss, rate)
 *   read-out      model in raw units (own standardiser), accuracy and confusion (own evaluation), probabilities
 * </pre>
 *
 * @param hand the hand-written side, or null when it does not run
 * @param dl4j the DL4J side, or null when it does not run
 */
public record SoftmaxTwins(HandSide hand, Dl4jSide dl4j) {

    /**
     * The sides {@code engine} asks for, on one labelled file, from zero.
     *
     * @param classes the class names in output order (sorted by name); null: the label's values sorted by name
     */
    public static SoftmaxTwins of(Path file, List<String> features, String label, List<String> classes,
                                  EngineChoice engine, boolean standardize, Loss loss, double rate) {
        return of(file, features, label, classes, engine, standardize, loss, Optimiser.sgd(rate));
    }

    /** The same with the step an optimiser describes, the same recipe for both engines. */
    public static SoftmaxTwins of(Path file, List<String> features, String label, List<String> classes,
                                  EngineChoice engine, boolean standardize, Loss loss, Optimiser rate) {
        return new SoftmaxTwins(
                engine.runsHand() ? HandSide.of(file, features, label, classes, standardize, loss, rate) : null,
                engine.runsDl4j() ? Dl4jSide.of(file, features, label, classes, standardize, loss, rate) : null);
    }

    /** Both sides on one labelled file, from zero; the classes are the label's values sorted by name. */
    public static SoftmaxTwins both(Path file, List<String> features, String label, boolean standardize, Loss loss,
                                    double rate) {
        HandSide hand = HandSide.of(file, features, label, null, standardize, loss, Optimiser.sgd(rate));
        return new SoftmaxTwins(hand, Dl4jSide.of(file, features, label, hand.raw().classes(), standardize, loss,
                Optimiser.sgd(rate)));
    }

    /** Steps both engines together {@code steps} times. */
    public LockStepResult run(int steps, StepObserver observer) {
        return LockStep.run(hand.engine(), dl4j.engine(), steps, DivergenceGuard.none(), observer);
    }

    /** The hand-written side: its own CSV reading, standardiser and evaluation. */
    public record HandSide(HandSoftmaxEngine engine, Standardizer standardizer, ClassificationData raw,
                           ClassificationData train) {

        static HandSide of(Path file, List<String> features, String label, List<String> classes,
                           boolean standardize, Loss loss, Optimiser rate) {
            ClassificationData raw = ClassificationData.from(Table.read(file), features, label, classes);
            Standardizer standardizer = standardize ? Standardizer.fit(raw.features()) : null;
            ClassificationData train = standardizer == null ? raw
                    : new ClassificationData(standardizer.transform(raw.features()), raw.labels(), raw.classes());
            SoftmaxModel start = SoftmaxModel.zero(raw.featureCount(), raw.classCount());
            return new HandSide(new HandSoftmaxEngine(train, start, loss.hand(), rate), standardizer, raw, train);
        }

        /** The model in raw units: W [feature][class], b. */
        public SoftmaxModel rawModel() {
            SoftmaxModel model = engine.trainer().model();
            return standardizer == null ? model : model.toRawUnits(standardizer);
        }

        /** Accuracy and counts on the training rows, by the hand-written evaluation. */
        public ConfusionMatrix evaluation() {
            return Evaluation.evaluate(rawModel(), raw);
        }

        /** Accuracy and counts on another labelled file, read the hand-written way. */
        public ConfusionMatrix evaluate(ClassificationData test) {
            return Evaluation.evaluate(rawModel(), test);
        }
    }

    /** The DL4J side: DataVec's reader, ND4J's normaliser, DL4J's Evaluation. */
    public record Dl4jSide(Dl4jSoftmaxEngine engine, nnbasics.dl4j.features.Standardizer standardizer, DataSet raw,
                           DataSet train, List<String> classes) {

        static Dl4jSide of(Path file, List<String> features, String label, List<String> classes,
                           boolean standardize, Loss loss, Optimiser rate) {
            DataSet raw = LabelledCsv.read(file, features, label, classes);
            nnbasics.dl4j.features.Standardizer standardizer = standardize
                    ? nnbasics.dl4j.features.Standardizer.fit(raw.getFeatures()) : null;
            DataSet train = standardizer == null ? raw : standardizer.transform(raw);
            int n = features.size();
            int k = classes.size();
            return new Dl4jSide(new Dl4jSoftmaxEngine(train, new double[n][k], new double[k], loss.dl4j(), rate),
                    standardizer, raw, train, List.copyOf(classes));
        }

        /** The model in raw units: W [feature][class], b, mapped back by ND4J's normaliser's μ and σ. */
        public SoftmaxModel rawModel() {
            double[][] weights = engine.weights();
            double[] bias = engine.biases();
            if (standardizer == null) {
                return new SoftmaxModel(weights, bias);
            }
            return new SoftmaxModel(standardizer.rawWeights(weights), standardizer.rawBias(weights, bias));
        }

        /** Accuracy and counts on the training rows, by DL4J's {@code Evaluation}. */
        public nnbasics.dl4j.classification.ConfusionMatrix evaluation() {
            return Evaluations.evaluate(engine.trainer().network(), train, classes);
        }

        /** A labelled data set, raw features, scaled the way the training data was. */
        public DataSet scaled(DataSet data) {
            return standardizer == null ? data : standardizer.transform(data);
        }

        /** p of each training row, [row][class], from {@code net.output}. */
        public double[][] probabilities() {
            return engine.probabilities();
        }
    }
}
