package nnbasics.compare.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import nnbasics.compare.Difference;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.TestData;
import nnbasics.handwritten.mnist.MnistData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Both engines on the real MNIST files, in lock-step, with the tutorial's settings: zero start, batches of 100,
 * rate 0.5, five epochs (3,000 updates, each proven from DL4J's state). One run, shared by the assertions below.
 */
class MnistTwinsTest {

    /**
     * The step proof's bound for every model on chains of sums of at most 4,503 terms (here 100 + 785: a logit's 784
     * pixels and the bias, a gradient entry's 100 rows): docs/twin-difference.md's floor of 1e−12 ("a handful of operations per
     * step, each within ε … four orders below one rounding to float"). Measured on this run: 1.7e−15.
     */
    private static final double STEP_PROOF_FLOOR = 1e-12;
    /**
     * The trajectory's documented bound for MNIST softmax in double (docs/twin-difference.md: sums of 784 products
     * and 100 rows, in another order, over 600 steps an epoch). Measured: at most 2.6e−15 in every epoch.
     */
    private static final double TRAJECTORY_BOUND = 1e-9;
    /** The TensorFlow tutorial's figure for softmax regression on MNIST ("about 92%"), the bar. */
    private static final double TUTORIAL_ACCURACY = 0.92;
    private static final MnistSchedule TUTORIAL = new MnistSchedule(5, 100, 1L);
    private static final int BATCHES_PER_EPOCH = 600;   // 60,000 images / 100
    private static final double RATE = 0.5;

    private static MnistResult result;

    @BeforeAll
    static void trainBothEngines() {
        Path dir = TestData.dir().resolve("mnist");
        assertTrue(Files.isRegularFile(dir.resolve(MnistData.TRAIN_IMAGES)),
                "MNIST is not in " + dir.toAbsolutePath() + ": run data/mnist/fetch");
        MnistSplits splits = MnistSplits.load(dir, EngineChoice.BOTH, DataType.DOUBLE);
        result = MnistTwins.of(splits, MnistModel.softmax(RATE, DataType.DOUBLE), TUTORIAL)
                .run(MnistTraining.Progress.NONE, null);
    }

    @Test
    void everyUpdateIsProvenWithinTheDocumentedFloor() {
        assertEquals(STEP_PROOF_FLOOR, MnistModel.softmax(RATE, DataType.DOUBLE).stepBound(100), 0.0,
                "the command's bound for 785-term sums is the floor");
        Difference step = result.agreement().step();
        assertTrue(step.value() <= STEP_PROOF_FLOOR, step.describe());
        assertTrue(step.step() >= 1 && step.step() <= 5 * BATCHES_PER_EPOCH, "updates count from 1: "
                + step.describe());
    }

    @Test
    void theFreeRunningEnginesStayWithinTheirBoundForFiveEpochs() {
        Difference trajectory = result.agreement().trajectory();
        assertTrue(trajectory.value() <= TRAJECTORY_BOUND, trajectory.describe());
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

    /**
     * The epochs partition the run: epoch e holds updates 600·e + 1 … 600·(e + 1) and the trajectory's steps
     * 600·e … 600·(e + 1) − 1 (the last epoch also the final state, step 3,000). So the largest of each metric over
     * the epochs is the run's worst, and that worst lies in the epoch of its step: a check of the bookkeeping against
     * the lock-step runner's own maxima, not against a figure from an earlier run.
     */
    @Test
    void theEpochsPartitionTheRunsWorstDifferences() {
        System.out.println("MNIST lock-step, step proof per epoch " + Arrays.toString(result.stepProofPerEpoch())
                + ", worst " + result.agreement().step().describe() + "; trajectory per epoch "
                + Arrays.toString(result.trajectoryPerEpoch()) + ", worst "
                + result.agreement().trajectory().describe());
        for (EngineHistory engine : result.engines()) {
            System.out.println(String.format(Locale.ROOT, "  %s: test accuracy %s, seconds per epoch %s",
                    engine.name(), Arrays.toString(engine.testAccuracy()), Arrays.toString(engine.secondsPerEpoch())));
        }
        Difference step = result.agreement().step();
        int stepEpoch = (step.step() - 1) / BATCHES_PER_EPOCH;
        assertEquals(step.value(), Arrays.stream(result.stepProofPerEpoch()).max().orElseThrow(), 0.0);
        assertEquals(step.value(), result.stepProofPerEpoch()[stepEpoch], 0.0, "update " + step.step());
        Difference trajectory = result.agreement().trajectory();
        int trajectoryEpoch = Math.min(trajectory.step() / BATCHES_PER_EPOCH, 4);
        assertEquals(trajectory.value(), Arrays.stream(result.trajectoryPerEpoch()).max().orElseThrow(), 0.0);
        assertEquals(trajectory.value(), result.trajectoryPerEpoch()[trajectoryEpoch], 0.0,
                "step " + trajectory.step());
        for (EngineHistory engine : result.engines()) {
            for (double seconds : engine.secondsPerEpoch()) {
                assertTrue(seconds > 0, engine.name() + " took its steps in every epoch");
            }
        }
    }
}
