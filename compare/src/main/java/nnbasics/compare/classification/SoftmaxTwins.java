package nnbasics.compare.classification;

import java.nio.file.Path;
import java.util.List;
import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.LockStep;
import nnbasics.compare.LockStepResult;
import nnbasics.compare.StepObserver;
import nnbasics.dl4j.classification.LabelledCsv;
import nnbasics.dl4j.classification.Standardization;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.classification.SoftmaxModel;
import nnbasics.handwritten.data.Table;
import nnbasics.handwritten.features.Standardizer;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerStandardize;

/**
 * Both softmax engines on one labelled file, from zero: each reads the file its own way (the hand-written
 * {@link Table}, DataVec) and standardises with its own tool, so that a lock-step run compares the whole path.
 *
 * @param hand     the hand-written engine
 * @param dl4j     the DL4J engine
 * @param raw      the file as the hand-written engine read it, raw features
 * @param handData what the hand-written engine trains on (standardised or raw)
 * @param dl4jData what the DL4J engine trains on
 */
public record SoftmaxTwins(HandSoftmaxEngine hand, Dl4jSoftmaxEngine dl4j, ClassificationData raw,
                           ClassificationData handData, DataSet dl4jData) {

    public static SoftmaxTwins of(Path file, List<String> features, String label, boolean standardize, Loss loss,
                                  double rate) {
        ClassificationData raw = ClassificationData.from(Table.read(file), features, label, null);
        ClassificationData handData = raw;
        DataSet dl4jData = LabelledCsv.read(file, features, label, raw.classes());
        if (standardize) {
            Standardizer standardizer = Standardizer.fit(raw.features());
            handData = new ClassificationData(standardizer.transform(raw.features()), raw.labels(), raw.classes());
            NormalizerStandardize normalizer = Standardization.fit(dl4jData);
            dl4jData = Standardization.transform(normalizer, dl4jData);
        }
        int n = features.size();
        int k = raw.classCount();
        return new SoftmaxTwins(new HandSoftmaxEngine(handData, SoftmaxModel.zero(n, k), loss.hand(), rate),
                new Dl4jSoftmaxEngine(dl4jData, new double[n][k], new double[k], loss.dl4j(), rate), raw,
                handData, dl4jData);
    }

    /** Steps both engines together {@code steps} times. */
    public LockStepResult run(int steps, StepObserver observer) {
        return LockStep.run(hand, dl4j, steps, DivergenceGuard.none(), observer);
    }

    /** The DL4J engine's current parameters as a hand-written model (same layout: W [feature][class], b). */
    public SoftmaxModel dl4jModel() {
        return new SoftmaxModel(dl4j.trainer().weights(), dl4j.trainer().bias());
    }
}
