package nnbasics.compare.updaters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import nnbasics.compare.EngineChoice;
import nnbasics.compare.MnistSlice;
import nnbasics.compare.Tensor;
import nnbasics.compare.mnist.HandMnistEngine;
import nnbasics.compare.mnist.HandMnistNetworkEngine;
import nnbasics.compare.mnist.MnistBatches;
import nnbasics.compare.mnist.MnistModel;
import nnbasics.compare.mnist.MnistResult;
import nnbasics.compare.mnist.MnistSchedule;
import nnbasics.compare.mnist.MnistSplits;
import nnbasics.compare.mnist.MnistTraining;
import nnbasics.compare.mnist.MnistTwins;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.handwritten.updaters.DropoutMasks;
import nnbasics.handwritten.updaters.Optimiser;
import nnbasics.handwritten.updaters.Optimiser.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * MNIST on a slice (1,000 training images, 200 test), one epoch of mini-batches of 100: 784 → 32 relu → 10 with
 * Adam, with momentum (and L2), with dropout (keep 0.8, alone and with Adam); softmax regression 784 → 10 with Adam
 * and with momentum and L2. Both engines in lock-step, every update's step proof, the updater's state (m, v; the
 * velocity) included, within the bound {@code MnistModel.stepBound} derives ({@code Tolerances.step(n, optimiser)});
 * the other engine is the reference. A planted wrong mask (another seed on the hand side) must exceed the bound.
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
        return List.of(Optimiser.of(Kind.ADAM, 1e-3), Optimiser.of(Kind.MOMENTUM, 0.05).withL2(1e-4),
                Optimiser.sgd(0.1).withKeep(0.8), Optimiser.of(Kind.ADAM, 1e-3).withKeep(0.8));
    }

    static List<Optimiser> softmaxRecipes() {
        return List.of(Optimiser.of(Kind.ADAM, 1e-3), Optimiser.of(Kind.MOMENTUM, 0.05).withL2(1e-4));
    }

    private static MnistModel network(Optimiser recipe) {
        return MnistModel.network(new int[] {32}, HiddenActivation.RELU, 1L, recipe.learningRate())
                .withOptimiser(recipe);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recipes")
    void everyUpdateAndItsStateIsProven(Optimiser recipe) {
        assertProven(network(recipe), recipe);
    }

    @ParameterizedTest(name = "softmax regression, {0}")
    @MethodSource("softmaxRecipes")
    void everySoftmaxUpdateAndItsStateIsProven(Optimiser recipe) {
        assertProven(MnistModel.softmax(recipe.learningRate(), DataType.DOUBLE).withOptimiser(recipe), recipe);
    }

    private static void assertProven(MnistModel model, Optimiser recipe) {
        MnistTwins twins = MnistTwins.of(splits, model, ONE_EPOCH);
        MnistResult result = twins.run(MnistTraining.Progress.NONE, null);
        double bound = model.stepBound(ONE_EPOCH.batchSize());
        assertFalse(result.agreement().step().exceeds(bound), recipe.describe() + ": "
                + result.agreement().step().describe() + " above " + bound);
        assertArrayEquals(result.engines().get(0).confusion(), result.engines().get(1).confusion(),
                "the same predictions on the 200 test images");
        List<String> handState = twins.hand().state().stream().map(Tensor::name).toList();
        assertEquals(twins.dl4j().state().stream().map(Tensor::name).toList(), handState,
                "the same state tensors on both sides, so the step proof compares them");
        assertEquals(recipe.updater() != Kind.SGD, !handState.isEmpty(), recipe.describe() + ": state " + handState);
    }

    /**
     * Softmax regression's Adam bound is looser ({@code Tolerances.stepFromZero}: its first bias gradient can cancel
     * to rounding noise, which Adam carries with a gain of 1e7), yet a hand side at a rate 0.01 % off (1e−4 of every
     * update, 25 times the bound) still fails it.
     */
    @org.junit.jupiter.api.Test
    void aSoftmaxAdamRateOffByOneInTenThousandExceedsTheBound() {
        Optimiser recipe = Optimiser.of(Kind.ADAM, 1e-3);
        MnistModel model = MnistModel.softmax(recipe.learningRate(), DataType.DOUBLE).withOptimiser(recipe);
        MnistTwins twins = MnistTwins.of(splits, model, ONE_EPOCH);
        MnistBatches batches = twins.batches();
        MnistTwins planted = new MnistTwins(new HandMnistEngine(splits.handTrain(), splits.handTest(), batches,
                Optimiser.of(Kind.ADAM, 1e-3 * 1.0001)), twins.dl4j(), batches);
        MnistResult result = planted.run(MnistTraining.Progress.NONE, null);
        double bound = model.stepBound(ONE_EPOCH.batchSize());
        assertTrue(result.agreement().step().exceeds(bound), "a rate 0.01 % off passed: "
                + result.agreement().step().describe() + " within " + bound);
    }

    /** The hand side drawing another seed's masks: the step proof must see it (so the test above can fail). */
    @org.junit.jupiter.api.Test
    void aWrongDropoutMaskOnTheHandSideExceedsTheBound() {
        Optimiser recipe = Optimiser.sgd(0.1).withKeep(0.8);
        MnistModel model = network(recipe);
        MnistTwins twins = MnistTwins.of(splits, model, ONE_EPOCH);
        ((HandMnistNetworkEngine) twins.hand()).withMasks(new DropoutMasks(DropoutMasks.DEFAULT.seed() + 1));
        MnistResult result = twins.run(MnistTraining.Progress.NONE, null);
        double bound = model.stepBound(ONE_EPOCH.batchSize());
        assertTrue(result.agreement().step().exceeds(bound), "another seed's masks passed for DL4J's: "
                + result.agreement().step().describe());
    }
}
