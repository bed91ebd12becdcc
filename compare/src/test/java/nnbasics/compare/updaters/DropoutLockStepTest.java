package nnbasics.compare.updaters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import nnbasics.compare.EngineChoice;
import nnbasics.compare.LockStepResult;
import nnbasics.compare.StepObserver;
import nnbasics.compare.TestData;
import nnbasics.compare.Tolerances;
import nnbasics.compare.network.HandNetworkEngine;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.handwritten.updaters.DropoutMasks;
import nnbasics.handwritten.updaters.Optimiser;
import nnbasics.handwritten.updaters.Optimiser.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Dropout (keep 0.8 on every hidden layer's input) in the step proof on the houses (2 → 4 tanh → 2) and iris
 * (4 → 8 relu → 3): at every step the hand-written engine starts from DL4J's parameters, state and iteration, draws
 * that iteration's masks from the same {@link DropoutMasks} as DL4J's {@code GivenMaskDropout}, and its parameters,
 * loss (DL4J's score: the dropped pass's) and probabilities (no mask) must be within {@link Tolerances#step} of
 * DL4J's. A planted wrong mask (another seed on the hand side) must exceed the bound.
 */
class DropoutLockStepTest {

    private static final int STEPS = 30;
    private static final double KEEP = 0.8;

    record Data(String file, List<String> features, String label, List<String> classes, int rows, int[] sizes,
                HiddenActivation activation) {
        @Override
        public String toString() {
            return file + " " + java.util.Arrays.toString(sizes);
        }
    }

    private static final Data HOUSES = new Data("houses-labelled.csv", List.of("area", "bathrooms"), "label",
            List.of("bad", "good"), 10, new int[] {2, 4, 2}, HiddenActivation.TANH);
    private static final Data IRIS = new Data("iris.csv",
            List.of("sepal_length", "sepal_width", "petal_length", "petal_width"), "species",
            List.of("setosa", "versicolor", "virginica"), 150, new int[] {4, 8, 3}, HiddenActivation.RELU);
    /** Two hidden layers: the second hidden layer's input (a tanh activation) is dropped too. */
    private static final Data IRIS_DEEP = new Data("iris.csv",
            List.of("sepal_length", "sepal_width", "petal_length", "petal_width"), "species",
            List.of("setosa", "versicolor", "virginica"), 150, new int[] {4, 6, 5, 3}, HiddenActivation.TANH);

    static List<Arguments> cases() {
        return List.of(
                Arguments.of(HOUSES, Optimiser.sgd(0.5).withKeep(KEEP)),
                Arguments.of(IRIS, Optimiser.sgd(0.5).withKeep(KEEP)),
                Arguments.of(IRIS_DEEP, Optimiser.sgd(0.5).withKeep(KEEP)),
                Arguments.of(IRIS, Optimiser.of(Kind.ADAM, 0.01).withL2(1e-2).withKeep(KEEP)));
    }

    private static LockStepResult run(Data data, Optimiser recipe, DropoutMasks handMasks) {
        NetworkTwins twins = NetworkTwins.of(TestData.file(data.file()), data.features(), data.label(),
                data.classes(), EngineChoice.BOTH, true, data.activation(),
                NetworkTwins.start(data.sizes(), data.activation(), 1), recipe);
        NetworkTwins handTwins = NetworkTwins.of(TestData.file(data.file()), data.features(), data.label(),
                data.classes(), EngineChoice.HAND, true, data.activation(),
                NetworkTwins.start(data.sizes(), data.activation(), 1), recipe);
        ((HandNetworkEngine) handTwins.hand().engine()).withMasks(handMasks);
        return new NetworkTwins(handTwins.hand(), twins.dl4j()).run(STEPS, StepObserver.NONE);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyDroppedStepMatchesDl4j(Data data, Optimiser recipe) {
        LockStepResult result = run(data, recipe, DropoutMasks.DEFAULT);
        double bound = Tolerances.step(NetworkTwins.sumTerms(data.rows(), data.sizes()), recipe);
        assertFalse(result.agreement().step().exceeds(bound), recipe.describe() + " on " + data + ": "
                + result.agreement().step().describe() + " above the step bound " + bound);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plantedCases")
    void aWrongMaskOnTheHandSideIsCaught(Data data) {
        Optimiser recipe = Optimiser.sgd(0.5).withKeep(KEEP);
        LockStepResult result = run(data, recipe, new DropoutMasks(DropoutMasks.DEFAULT.seed() + 1));
        double bound = Tolerances.step(NetworkTwins.sumTerms(data.rows(), data.sizes()), recipe);
        assertTrue(result.agreement().step().exceeds(bound), "another seed's masks passed for DL4J's: "
                + result.agreement().step().describe());
    }

    static List<Data> plantedCases() {
        return List.of(HOUSES, IRIS);
    }

    /** The two twins of {@link DropoutMasks} draw the same masks (the same arithmetic on each side). */
    @Test
    void bothSidesDrawTheSameMasks() {
        for (int step = 0; step < 5; step++) {
            for (int layer = 0; layer < 2; layer++) {
                boolean[][] hand = DropoutMasks.DEFAULT.kept(step, layer, 7, 5, KEEP);
                boolean[][] dl4j = nnbasics.dl4j.updaters.DropoutMasks.DEFAULT.kept(step, layer, 7, 5, KEEP);
                for (int i = 0; i < hand.length; i++) {
                    assertArrayEquals(hand[i], dl4j[i], "step " + step + " layer " + layer + " row " + i);
                }
            }
        }
    }
}
