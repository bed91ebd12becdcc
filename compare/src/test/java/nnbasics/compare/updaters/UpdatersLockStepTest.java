package nnbasics.compare.updaters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nnbasics.compare.EngineChoice;
import nnbasics.compare.LockStepResult;
import nnbasics.compare.StepObserver;
import nnbasics.compare.Tensor;
import nnbasics.compare.TestData;
import nnbasics.compare.Tolerances;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.handwritten.updaters.Optimiser;
import nnbasics.handwritten.updaters.Optimiser.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every updater and regulariser in the step proof on the houses (10 rows, 2 → 4 tanh → 2) and iris (150 rows,
 * 4 → 8 relu → 3), with a hidden layer and without one (softmax regression): at every step the hand-written engine
 * starts from DL4J's parameters and updater state and takes one step, and its parameters, its state (velocity, m, v…),
 * its loss and its probabilities must be within {@link Tolerances#step} of DL4J's. The reference is DL4J, the other
 * engine; the bound is derived in {@link Tolerances}. A planted error (the textbook Adam on the hand side) must fail it.
 */
class UpdatersLockStepTest {

    /** Enough steps for every state to move far from its start (Adam's bias correction, AdaGrad's history). */
    private static final int STEPS = 30;

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

    /** The recipes: each updater at a rate that moves, and each regulariser on weights and biases. */
    static List<Optimiser> recipes() {
        return List.of(
                Optimiser.sgd(0.5),
                Optimiser.of(Kind.MOMENTUM, 0.1),
                Optimiser.of(Kind.RMSPROP, 0.01),
                Optimiser.of(Kind.ADAGRAD, 0.1),
                Optimiser.of(Kind.ADAM, 0.01),
                Optimiser.sgd(0.5).withL2(1e-2).withBiasRegularisation(0, 1e-3, 0),
                Optimiser.of(Kind.MOMENTUM, 0.1).withL1(1e-3).withBiasRegularisation(1e-4, 0, 0),
                Optimiser.of(Kind.ADAM, 0.01).withWeightDecay(1e-2).withBiasRegularisation(0, 0, 1e-3),
                Optimiser.of(Kind.ADAM, 0.01).withL1(1e-3).withL2(1e-2).withWeightDecay(1e-2));
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Data data : List.of(HOUSES, IRIS)) {
            for (boolean hidden : List.of(true, false)) {
                for (Optimiser recipe : recipes()) {
                    all.add(Arguments.of(data, hidden, recipe));
                }
            }
        }
        return all.stream();
    }

    private static int[] sizes(Data data, boolean hidden) {
        return hidden ? data.sizes() : new int[] {data.sizes()[0], data.sizes()[data.sizes().length - 1]};
    }

    private static LockStepResult run(Data data, boolean hidden, Optimiser hand, Optimiser dl4j) {
        int[] sizes = sizes(data, hidden);
        NetworkTwins twins = NetworkTwins.of(TestData.file(data.file()), data.features(), data.label(),
                data.classes(), EngineChoice.BOTH, true, data.activation(),
                NetworkTwins.start(sizes, data.activation(), 1), dl4j);
        NetworkTwins handTwins = NetworkTwins.of(TestData.file(data.file()), data.features(), data.label(),
                data.classes(), EngineChoice.HAND, true, data.activation(),
                NetworkTwins.start(sizes, data.activation(), 1), hand);
        return new NetworkTwins(handTwins.hand(), twins.dl4j()).run(STEPS, StepObserver.NONE);
    }

    @ParameterizedTest(name = "{0} hidden={1} {2}")
    @MethodSource("cases")
    void everyStepAndItsUpdaterStateMatchDl4j(Data data, boolean hidden, Optimiser recipe) {
        LockStepResult result = run(data, hidden, recipe, recipe);
        double bound = Tolerances.step(NetworkTwins.sumTerms(data.rows(), sizes(data, hidden)), recipe);
        assertFalse(result.agreement().step().exceeds(bound), recipe.describe() + " on " + data + ": "
                + result.agreement().step().describe() + " above the step bound " + bound);
    }

    @Test
    void theUpdaterStateIsComparedAsTensors() {
        NetworkTwins twins = NetworkTwins.of(TestData.file(IRIS.file()), IRIS.features(), IRIS.label(),
                IRIS.classes(), EngineChoice.BOTH, true, IRIS.activation(),
                NetworkTwins.start(IRIS.sizes(), IRIS.activation(), 1), Optimiser.of(Kind.ADAM, 0.01));
        twins.run(3, StepObserver.NONE);
        List<String> names = twins.dl4j().engine().state().stream().map(Tensor::name).toList();
        assertEquals(List.of("W1.m", "b1.m", "W1.v", "b1.v", "W2.m", "b2.m", "W2.v", "b2.v"), names);
        assertEquals(names, twins.hand().engine().state().stream().map(Tensor::name).toList());
        assertTrue(twins.dl4j().engine().state().get(0).values()[0] != 0, "m has not moved from 0 after 3 steps");
    }

    @ParameterizedTest(name = "hidden={0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void theTextbookAdamOnTheHandSideIsCaught(boolean hidden) {
        Optimiser adam = Optimiser.of(Kind.ADAM, 0.01);
        LockStepResult result = run(IRIS, hidden, adam.withUpdater(Kind.TEXTBOOK_ADAM), adam);
        double bound = Tolerances.step(NetworkTwins.sumTerms(IRIS.rows(), sizes(IRIS, hidden)), adam);
        assertTrue(result.agreement().step().exceeds(bound), "the textbook Adam passed for DL4J's: "
                + result.agreement().step().describe());
    }
}
