package nnbasics.compare.updaters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import nnbasics.compare.EngineChoice;
import nnbasics.compare.MnistSlice;
import nnbasics.compare.mnist.MnistModel;
import nnbasics.compare.mnist.MnistResult;
import nnbasics.compare.mnist.MnistSchedule;
import nnbasics.compare.mnist.MnistSplits;
import nnbasics.compare.mnist.MnistTraining;
import nnbasics.compare.mnist.MnistTwins;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.handwritten.updaters.Optimiser;
import nnbasics.handwritten.updaters.Optimiser.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * MNIST 784 → 32 relu → 10 on a slice (1,000 training images, 200 test), one epoch of mini-batches of 100, with
 * Adam and with momentum (and L2): both engines in lock-step, every update's step proof, the updater's state
 * (m, v; the velocity) included, within the bound {@code MnistModel.stepBound} derives ({@code
 * Tolerances.step(n, optimiser)}); the other engine is the reference.
 */
class MnistUpdatersLockStepTest {

    private static final MnistSchedule ONE_EPOCH = new MnistSchedule(1, 100, 1L);

    @TempDir
    static Path slice;

    private static MnistSplits splits;

    @BeforeAll
    static void slice() throws IOException {
        MnistSlice.write(slice, 1_000, 200);
        splits = MnistSplits.load(slice, EngineChoice.BOTH, DataType.DOUBLE);
    }

    static List<Optimiser> recipes() {
        return List.of(Optimiser.of(Kind.ADAM, 1e-3), Optimiser.of(Kind.MOMENTUM, 0.05).withL2(1e-4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recipes")
    void everyUpdateAndItsStateIsProven(Optimiser recipe) {
        MnistModel model = MnistModel.network(new int[] {32}, HiddenActivation.RELU, 1L, recipe.learningRate())
                .withOptimiser(recipe);
        MnistResult result = MnistTwins.of(splits, model, ONE_EPOCH).run(MnistTraining.Progress.NONE, null);
        double bound = model.stepBound(ONE_EPOCH.batchSize());
        assertTrue(!result.agreement().step().exceeds(bound), recipe.describe() + ": "
                + result.agreement().step().describe() + " above " + bound);
        assertArrayEquals(result.engines().get(0).confusion(), result.engines().get(1).confusion(),
                "the same predictions on the 200 test images");
    }
}
