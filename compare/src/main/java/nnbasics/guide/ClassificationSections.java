package nnbasics.guide;

import java.util.List;
import nnbasics.compare.Tolerances;
import nnbasics.compare.Trace;
import nnbasics.compare.classification.Loss;
import nnbasics.compare.classification.SoftmaxTwins;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.dl4j.classification.Evaluations;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.classification.ConfusionMatrix;
import nnbasics.handwritten.classification.Evaluation;
import nnbasics.handwritten.classification.Softmax;
import nnbasics.handwritten.classification.SoftmaxModel;
import nnbasics.handwritten.features.Standardizer;

/** The guide's sections 7 and 8, computed. */
public final class ClassificationSections {

    /** The inputs of the guide's softmax table. */
    public static final List<double[]> SOFTMAX_INPUTS = List.of(
            new double[] {1}, new double[] {1, 1}, new double[] {0, 1}, new double[] {2, 4}, new double[] {5, 10},
            new double[] {-1, 0, 1}, new double[] {1, 2, 4});

    /** Cross-entropy on z-scores at rate 1 reaches a gradient norm below 1e-10 in under 200 steps. */
    public static final int CLASSIFIER_STEPS = 1_000;

    /** The notebook's 2000 epochs. */
    public static final int NOTEBOOK_STEPS = 2_000;

    /** The notebook's rate 1e-6 on Σ(p−y)²/(2·N·K), which is 5e-7 on DL4J's MSE Σ(p−y)²/(N·K). */
    public static final double NOTEBOOK_RATE = 5e-7;

    private ClassificationSections() {
    }

    /** Section 7's table: softmax of each input. */
    public static List<double[]> softmaxTable() {
        return SOFTMAX_INPUTS.stream().map(Softmax::of).toList();
    }

    /**
     * A trained classifier, both engines.
     *
     * @param classes           class names (sorted: bad, good)
     * @param labels            the true class of each house
     * @param features          raw features of each house
     * @param run               the lock-step trace
     * @param handModel         the hand-written model in raw units
     * @param dl4jModel         DL4J's model in raw units
     * @param handProbabilities [house][class]
     * @param dl4jProbabilities [house][class]
     * @param hand              the hand-written evaluation on the training houses
     * @param dl4jCounts        DL4J's {@code Evaluation} confusion matrix
     * @param dl4jAccuracy      DL4J's {@code Evaluation} accuracy
     */
    public record Classifier(List<String> classes, int[] labels, double[][] features, TwinRun run,
                             SoftmaxModel handModel, SoftmaxModel dl4jModel, double[][] handProbabilities,
                             double[][] dl4jProbabilities, ConfusionMatrix hand, int[][] dl4jCounts,
                             double dl4jAccuracy) {
    }

    /** Section 7: cross-entropy on the ten labelled houses, standardised, rate 1. */
    public static Classifier classifier(GuideData data, int steps) {
        return classifier(data, steps, Progress.NONE);
    }

    /** The same, counting its updates into {@code progress}. */
    public static Classifier classifier(GuideData data, int steps, Progress progress) {
        return train(data, true, Loss.CROSS_ENTROPY, 1.0, steps, progress);
    }

    /** Section 8: the notebook's run, raw features, squared error, its rate and epochs. */
    public static Classifier notebook(GuideData data, int steps) {
        return notebook(data, steps, Progress.NONE);
    }

    /** The same, counting its updates into {@code progress}. */
    public static Classifier notebook(GuideData data, int steps, Progress progress) {
        return train(data, false, Loss.MSE, NOTEBOOK_RATE, steps, progress);
    }

    private static Classifier train(GuideData data, boolean standardize, Loss loss, double rate, int steps,
                                    Progress progress) {
        SoftmaxTwins twins = SoftmaxTwins.both(data.labelled(), GuideData.FEATURES, "label", standardize, loss, rate);
        Trace trace = new Trace();
        twins.run(steps, progress.counting(trace));
        ClassificationData raw = twins.hand().raw(); // as the hand-written side read it
        SoftmaxModel hand = twins.hand().rawModel();  // mapped back by the hand-written Standardizer
        SoftmaxModel dl4j = twins.dl4j().rawModel();  // mapped back by ND4J's normaliser
        var dl4jEvaluation = twins.dl4j().evaluation();
        // the step proof's bound: Tolerances.step of the longest sum of one update, the rows (each gradient entry)
        // or the features + 1 (each logit); the trajectory's: the guide's models', Tolerances.GUIDE_MODELS
        int[] sizes = {raw.features()[0].length, raw.classCount()};
        TwinRun run = new TwinRun(trace, null, twins.hand().engine().parameterValues(),
                twins.dl4j().engine().parameterValues(),
                Tolerances.step(NetworkTwins.sumTerms(raw.labels().length, sizes)), Tolerances.GUIDE_MODELS);
        return new Classifier(raw.classes(), raw.labels(), raw.features(), run, hand, dl4j,
                hand.probabilities(raw.features()), twins.dl4j().probabilities(), twins.hand().evaluation(),
                dl4jEvaluation.counts(), dl4jEvaluation.accuracy());
    }
}
