package nnbasics.explore;

import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.LockStep;
import nnbasics.compare.TwinMetrics;
import java.util.List;
import nnbasics.compare.classification.Loss;
import nnbasics.compare.classification.SoftmaxTwins;
import nnbasics.guide.GuideData;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.classification.SoftmaxModel;
import nnbasics.handwritten.data.Table;

/**
 * Panel 6, classification (guide section 7): softmax regression on the ten labelled houses (area, bathrooms →
 * good / bad), cross-entropy on standardised features at rate 1 as the guide's section 7 run, trained by the
 * buttons with both engines in lock-step ({@link SoftmaxTwins}, made at the first step: DL4J loads slowly).
 * Reports the probability of each class per house from each engine and the model in raw units for the decision
 * boundary.
 */
public final class ClassificationModel {

    /** The rate of the guide's section 7 run (cross-entropy on z-scores). */
    public static final double RATE = 1.0;

    private final GuideData data;
    private final ClassificationData raw;
    private SoftmaxTwins twins;
    private TwinMetrics metric;
    private double largestDifference;
    private int steps;

    public ClassificationModel(GuideData data) {
        this.data = data;
        this.raw = ClassificationData.from(Table.read(data.labelled()), GuideData.FEATURES, "label", null);
    }

    /** {@code count} updates of both engines. */
    public void step(int count) {
        if (twins == null) {
            metric = new TwinMetrics();
            twins = SoftmaxTwins.both(data.labelled(), GuideData.FEATURES, "label", true, Loss.CROSS_ENTROPY, RATE);
        }
        // one metric since the reset, so that the tensors' scales carry over from one button press to the next
        LockStep.run(twins.hand().engine(), twins.dl4j().engine(), count, DivergenceGuard.none(), metric,
                record -> largestDifference = Math.max(largestDifference, record.stepProof().value()));
        steps += count;
    }

    /** Back to W = 0, b = 0. */
    public void reset() {
        twins = null;
        largestDifference = 0;
        steps = 0;
    }

    /** P(class k | house i) from the hand-written engine, [house][class]. */
    public double[][] handProbabilities() {
        return handModel().probabilities(raw.features());
    }

    /** P(class k | house i) from DL4J, [house][class] (uniform before the first step). */
    public double[][] dl4jProbabilities() {
        if (twins == null) {
            return handProbabilities();
        }
        return twins.dl4j().probabilities();
    }

    /** The hand-written model in raw units (area, bathrooms), for the decision boundary. */
    public SoftmaxModel handModel() {
        if (twins == null) {
            return SoftmaxModel.zero(raw.featureCount(), raw.classCount());
        }
        return twins.hand().rawModel();
    }

    /** The loss (cross-entropy) of the hand-written engine; ln 2 at the start. */
    public double loss() {
        return twins == null ? Math.log(raw.classCount()) : twins.hand().engine().loss();
    }

    /** Correctly classified houses by the hand-written engine. */
    public int correct() {
        double[][] p = handProbabilities();
        int correct = 0;
        for (int i = 0; i < p.length; i++) {
            int best = 0;
            for (int k = 1; k < p[i].length; k++) {
                if (p[i][k] > p[i][best]) {
                    best = k;
                }
            }
            correct += best == raw.labels()[i] ? 1 : 0;
        }
        return correct;
    }

    /** The step proof's largest difference since the reset: each update from DL4J's state against DL4J's. */
    public double largestDifference() {
        return largestDifference;
    }

    public int steps() {
        return steps;
    }

    public List<String> classes() {
        return raw.classes();
    }

    public double[][] features() {
        return raw.features();
    }

    public int[] labels() {
        return raw.labels();
    }
}
