package nnbasics.compare.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.MnistSlice;
import nnbasics.compare.Tensor;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.handwritten.network.NetworkStart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The MNIST network twins, 784 → 128 relu → 10 softmax from one start drawn from seed 1, in lock-step on a slice
 * of MNIST: the first 2,000 training images (20 batches of 100 per epoch, two epochs) and the first 1,000 test
 * images, each engine reading the slice's IDX files with its own reader.
 */
class MnistNetworkTwinsTest {

    private static final int[] HIDDEN = {128};
    private static final double RATE = 0.5;
    private static final MnistSchedule TWO_EPOCHS = new MnistSchedule(2, 100, 1L);
    /**
     * The step proof's bound: docs/twin-difference.md's floor of 1e−12 for chains of sums of at most 4,503 terms (here
     * the batch's rows, 784 pixels and the bias, and each later layer's inputs and bias). Measured on this slice: a few ulps (1e−15).
     */
    private static final double STEP_PROOF_FLOOR = 1e-12;
    /**
     * The trajectory's documented bound for MNIST networks (docs/twin-difference.md, docs/hidden-layers.md): one ulp
     * of the start stays as small on this trajectory. Measured on this slice: 1.3e−15.
     */
    private static final double TRAJECTORY_BOUND = 1e-9;

    @TempDir
    static Path slice;

    private static MnistSplits splits;
    private static MnistModel model;
    private static MnistResult result;

    @BeforeAll
    static void trainBothEnginesOnASlice() throws IOException {
        MnistSlice.write(slice, 2_000, 1_000);
        splits = MnistSplits.load(slice, EngineChoice.BOTH, DataType.DOUBLE);
        model = MnistModel.network(HIDDEN, HiddenActivation.RELU, 1L, RATE);
        result = MnistTwins.of(splits, model, TWO_EPOCHS).run(MnistTraining.Progress.NONE, null);
    }

    @Test
    void everyUpdateIsProvenAndTheTrajectoriesStayTogether() {
        System.out.println("MNIST network slice, step proof per epoch "
                + java.util.Arrays.toString(result.stepProofPerEpoch()) + ", worst "
                + result.agreement().step().describe() + "; trajectory " + result.agreement().trajectory().describe()
                + "; test accuracy per epoch " + java.util.Arrays.toString(result.engines().get(0).testAccuracy()));
        assertEquals(STEP_PROOF_FLOOR, model.stepBound(100), 0.0, "the command's bound is the floor here");
        assertTrue(result.agreement().step().value() <= STEP_PROOF_FLOOR, result.agreement().step().describe());
        assertTrue(result.agreement().trajectory().value() <= TRAJECTORY_BOUND,
                result.agreement().trajectory().describe());
        assertEquals(2, result.stepProofPerEpoch().length, "one value per epoch");
        assertTrue(result.agreement().step().step() >= 1 && result.agreement().step().step() <= 40,
                "updates count batches: 2 epochs × 20; " + result.agreement().step().describe());
        assertArrayEquals(result.engines().get(0).confusion(), result.engines().get(1).confusion(),
                "the same predictions on the 1,000 test images");
        assertArrayEquals(result.engines().get(0).testAccuracy(), result.engines().get(1).testAccuracy(), 0.0);
    }

    @Test
    void bothExposeTheLayersAsNamedTensorsWithTheirScaleGroups() {
        for (EngineHistory h : result.engines()) {
            List<String> names = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            for (Tensor t : h.parameters()) {
                names.add(t.name());
                groups.add(t.scale());
            }
            assertEquals(List.of("W1", "b1", "W2", "b2"), names, h.name());
            assertEquals(List.of("layer1", "layer1", "layer2", "layer2"), groups, h.name());
            assertEquals(784 * 128, h.firstLayerWeights().length, h.name() + ": W1 is [pixel][unit]");
            assertEquals(128, h.firstLayerUnits(), h.name());
            assertTrue(h.hasHiddenLayers(), h.name());
        }
    }

    @Test
    void bothTrainedFromTheSameStartAndLearned() {
        double[] w1 = Tensor.rows(model.start().weights().get(0).clone());
        for (EngineHistory h : result.engines()) {
            assertEquals(w1.length, h.firstLayerWeights().length);
            assertNotEquals(0.0, maxDifference(w1, h.firstLayerWeights()), h.name() + " took its steps");
            double last = h.testAccuracy()[h.testAccuracy().length - 1];
            // 2,000 images, 40 steps: about 85 % measured; far above the 10 % of guessing
            assertTrue(last > 0.7, h.name() + " test accuracy " + last);
        }
    }

    /**
     * Starts one weight apart (by 1e−3): the trajectories part far beyond their bound, yet every update taken from
     * DL4J's state is the same step — the step proof measures the engines, not where their starts lead.
     */
    @Test
    void aDifferentStartPartsTheTrajectoryButNotTheSteps() {
        NetworkStart start = model.start();
        List<double[][]> moved = new ArrayList<>();
        for (double[][] w : start.weights()) {
            double[][] copy = new double[w.length][];
            for (int j = 0; j < w.length; j++) {
                copy[j] = w[j].clone();
            }
            moved.add(copy);
        }
        moved.get(1)[0][0] += 1e-3;
        MnistBatches batches = new MnistBatches(splits.trainCount(), new MnistSchedule(1, 1_000, 1L));
        MnistTwins apart = new MnistTwins(
                new HandMnistNetworkEngine(splits.handTrain(), splits.handTest(), batches, start,
                        HiddenActivation.RELU, RATE),
                new Dl4jMnistNetworkEngine(splits.dl4jTrain(), splits.dl4jTest(), batches,
                        new NetworkStart(moved, start.biases()), HiddenActivation.RELU, RATE),
                batches);
        MnistResult result = apart.run(MnistTraining.Progress.NONE, null);
        assertTrue(result.agreement().trajectory().exceeds(TRAJECTORY_BOUND),
                result.agreement().trajectory().describe());
        assertTrue(result.agreement().step().value() <= STEP_PROOF_FLOOR, result.agreement().step().describe());
    }

    private static double maxDifference(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
