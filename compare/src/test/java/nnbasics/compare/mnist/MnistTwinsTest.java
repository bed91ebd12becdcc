package nnbasics.compare.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nnbasics.compare.TestData;
import nnbasics.dl4j.mnist.MnistArrays;
import nnbasics.handwritten.mnist.MnistData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Both engines on the real MNIST files, in lock-step, with the tutorial's settings: zero start, batches of 100,
 * rate 0.5, five epochs. One run, shared by the assertions below (the result is an immutable record).
 */
class MnistTwinsTest {

    /**
     * The bar for the first epoch (600 steps) in double precision. Measured: 2.6e−15 — the engines sum
     * the same products in different orders (OpenBLAS blocks, the hand-written loop), a few ulps per step.
     */
    private static final double FIRST_EPOCH_AGREEMENT = 1e-9;
    /** The TensorFlow tutorial's figure for softmax regression on MNIST ("about 92%"), the bar. */
    private static final double TUTORIAL_ACCURACY = 0.92;
    /**
     * The whole five-epoch run (3000 steps). Measured: at most 2.6e−15 in every epoch — also over 20 epochs — so the
     * differences do not grow. Each step rounds the same sums in a different order, an error of a few ulps of the
     * update η·g, which is small next to W; a difference δ in W then evolves as δ' = (I − η·H_B)·δ with H_B the
     * batch Hessian of a convex loss (positive semi-definite), which does not blow it up at this rate, so the
     * differences stay at the level of the last few steps' rounding instead of compounding. 1e−12 is well above
     * that and still catches a change that makes the engines compute something different.
     */
    private static final double FIVE_EPOCH_AGREEMENT = 1e-12;
    private static final MnistSchedule TUTORIAL = new MnistSchedule(5, 100, 1L);
    private static final double RATE = 0.5;

    private static MnistResult result;

    @BeforeAll
    static void trainBothEngines() {
        Path dir = TestData.dir().resolve("mnist");
        assertTrue(Files.isRegularFile(dir.resolve(MnistData.TRAIN_IMAGES)),
                "MNIST is not in " + dir.toAbsolutePath() + ": run data/mnist/fetch");
        MnistData handTrain = MnistData.training(dir);
        MnistData handTest = MnistData.test(dir);
        MnistArrays dl4jTrain = MnistArrays.load(dir.resolve(MnistData.TRAIN_IMAGES),
                dir.resolve(MnistData.TRAIN_LABELS), DataType.DOUBLE);
        MnistArrays dl4jTest = MnistArrays.load(dir.resolve(MnistData.TEST_IMAGES),
                dir.resolve(MnistData.TEST_LABELS), DataType.DOUBLE);
        List<MnistEngine> engines = List.of(new HandMnistEngine(handTrain, handTest, RATE),
                new Dl4jMnistEngine(dl4jTrain, dl4jTest, RATE, DataType.DOUBLE));
        result = MnistTraining.run(engines, handTrain.count(), TUTORIAL, MnistTraining.Progress.NONE, null);
    }

    @Test
    void theParametersAgreeWithin1e9OverTheFirstEpoch() {
        double firstEpoch = result.maxRelativeDifferencePerEpoch()[0];
        assertTrue(firstEpoch <= FIRST_EPOCH_AGREEMENT, "largest relative difference over W, b and the loss in the "
                + "first 600 steps: " + firstEpoch);
    }

    @Test
    void theEnginesStayTogetherForFiveEpochs() {
        assertTrue(result.maxRelativeDifference() <= FIVE_EPOCH_AGREEMENT,
                "largest relative difference over 3000 steps: " + result.maxRelativeDifference());
        assertArrayEquals(result.engines().get(0).confusion(), result.engines().get(1).confusion(),
                "the same predictions on all 10,000 test images");
    }

    @Test
    void bothReachTheTutorialsAccuracyWithinFiveEpochs() {
        for (EngineHistory engine : result.engines()) {
            double best = 0;
            for (double a : engine.testAccuracy()) {
                best = Math.max(best, a);
            }
            assertTrue(best >= TUTORIAL_ACCURACY, engine.name() + " test accuracy per epoch "
                    + Arrays.toString(engine.testAccuracy()));
        }
    }

    @Test
    void theConfusionMatrixCountsEveryTestImageOnce() {
        int[][] confusion = result.engines().get(1).confusion();
        int total = 0;
        int correct = 0;
        for (int a = 0; a < 10; a++) {
            for (int p = 0; p < 10; p++) {
                total += confusion[a][p];
            }
            correct += confusion[a][a];
        }
        assertEquals(10_000, total, "test images");
        assertEquals(result.engines().get(1).finalAccuracy(), correct / 10_000.0, 0.0,
                "DL4J's accuracy is the diagonal's share");
    }

    /** Measured, not asserted: the drift per epoch and each engine's training time. */
    @Test
    void printsTheDrift() {
        System.out.println("MNIST lock-step, max relative difference per epoch: "
                + Arrays.toString(result.maxRelativeDifferencePerEpoch())
                + "; worst " + result.difference().describe());
        for (EngineHistory engine : result.engines()) {
            System.out.println(String.format(Locale.ROOT, "  %s: test accuracy %s, seconds per epoch %s",
                    engine.name(), Arrays.toString(engine.testAccuracy()),
                    Arrays.toString(engine.secondsPerEpoch())));
        }
        assertEquals(5, result.maxRelativeDifferencePerEpoch().length, "one value per epoch");
    }
}
