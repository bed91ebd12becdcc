package nnbasics.compare.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import nnbasics.compare.regression.FitRequest;
import nnbasics.compare.regression.Method;
import nnbasics.handwritten.data.NumericTable;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.regression.RegressionData;
import nnbasics.handwritten.updaters.DropoutMasks;
import nnbasics.handwritten.updaters.Optimiser;
import nnbasics.handwritten.updaters.Optimiser.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The step proof for regression networks ({@code fit --hidden}) with the step an optimiser describes: Adam, momentum
 * with L2 on the weights and the biases, dropout (keep 0.8, SGD and momentum), on the food trucks (97 rows,
 * 1 → 8 tanh → 1) and the guide's ten houses (2 → 8 tanh → 4 tanh → 1), features and target standardised. At every
 * step the hand-written engine starts from DL4J's parameters, updater state (velocity, m, v) and iteration (which
 * picks the dropout masks) and takes one step; its loss, ŷ, W, b and state must be within {@link Tolerances#step}
 * of DL4J's, the other engine. Planted errors (the textbook Adam, another dropout seed on the hand side) must fail it.
 */
class RegressionNetworkOptimiserLockStepTest {

    /** Enough steps for Adam's bias correction and the velocity to move far from their starts. */
    private static final int STEPS = 100;

    record Data(String file, List<String> features, String target, int[] hidden) {
        @Override
        public String toString() {
            return file + " " + java.util.Arrays.toString(hidden);
        }
    }

    private static final Data TRUCKS = new Data("food-trucks.csv", List.of("population"), "profit", new int[] {8});
    private static final Data HOUSES = new Data("houses.csv", List.of("area", "bathrooms"), "price",
            new int[] {8, 4});

    static List<Optimiser> recipes() {
        return List.of(
                Optimiser.of(Kind.ADAM, 0.01),
                Optimiser.of(Kind.MOMENTUM, 0.05).withL2(1e-3).withBiasRegularisation(0, 1e-3, 0),
                Optimiser.sgd(0.1).withKeep(0.8),
                Optimiser.of(Kind.MOMENTUM, 0.05).withKeep(0.8).withMasks(new DropoutMasks(7)));
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Data data : List.of(TRUCKS, HOUSES)) {
            for (Optimiser recipe : recipes()) {
                all.add(Arguments.of(data, recipe));
            }
        }
        return all.stream();
    }

    private static int[] sizes(Data data) {
        int[] sizes = new int[data.hidden().length + 2];
        sizes[0] = data.features().size();
        System.arraycopy(data.hidden(), 0, sizes, 1, data.hidden().length);
        sizes[sizes.length - 1] = 1;
        return sizes;
    }

    private static RegressionData raw(Data data) {
        List<String> columns = new ArrayList<>(data.features());
        columns.add(data.target());
        NumericTable table = NumericTable.read(TestData.file(data.file()), columns, bytes -> { });
        return RegressionData.ofColumns(table.numericColumns(data.features()), table.numericColumn(data.target()));
    }

    /** The hand side with one recipe, DL4J's with another (the same in the proof, a planted error otherwise). */
    private static RegressionNetworkTwins twins(Data data, Optimiser hand, Optimiser dl4j) {
        RegressionData raw = raw(data);
        NetworkStart start = NetworkTwins.start(sizes(data), HiddenActivation.TANH, 1);
        FitRequest handRequest = new FitRequest(TestData.file(data.file()), data.target(), data.features(), raw,
                raw.size(), EngineChoice.HAND, Method.GD, new double[0], hand.learningRate(), "rate", STEPS, true);
        FitRequest dl4jRequest = new FitRequest(TestData.file(data.file()), data.target(), data.features(), raw,
                raw.size(), EngineChoice.DL4J, Method.GD, new double[0], dl4j.learningRate(), "rate", STEPS, true);
        return new RegressionNetworkTwins(
                RegressionNetworkTwins.of(handRequest, HiddenActivation.TANH, start, hand, bytes -> { }).hand(),
                RegressionNetworkTwins.of(dl4jRequest, HiddenActivation.TANH, start, dl4j, bytes -> { }).dl4j());
    }

    private static double bound(Data data, Optimiser recipe) {
        return Tolerances.step(NetworkTwins.sumTerms(raw(data).size(), sizes(data)), recipe);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyStepAndItsUpdaterStateMatchDl4j(Data data, Optimiser recipe) {
        RegressionNetworkTwins twins = twins(data, recipe, recipe);
        int[] proven = {0};
        LockStepResult result = twins.run(STEPS, record ->
                proven[0] += record.stepProof().step() == record.step() + 1 ? 1 : 0);
        double bound = bound(data, recipe);
        assertEquals(STEPS, proven[0], recipe.describe() + " on " + data + ": every update proven");
        assertFalse(result.agreement().step().exceeds(bound), recipe.describe() + " on " + data + ": "
                + result.agreement().step().describe() + " above the step bound " + bound);
        assertEquals(twins.dl4j().engine().state().stream().map(Tensor::name).toList(),
                twins.hand().engine().state().stream().map(Tensor::name).toList(),
                "both engines name the same updater state");
    }

    /** Adam's m and v are among the tensors compared, and they have moved. */
    @Test
    void adamsStateIsComparedAsTensors() {
        RegressionNetworkTwins twins = twins(TRUCKS, Optimiser.of(Kind.ADAM, 0.01), Optimiser.of(Kind.ADAM, 0.01));
        twins.run(3, StepObserver.NONE);
        List<String> names = twins.dl4j().engine().state().stream().map(Tensor::name).toList();
        assertEquals(List.of("W1.m", "b1.m", "W1.v", "b1.v", "W2.m", "b2.m", "W2.v", "b2.v"), names);
        assertTrue(twins.hand().engine().state().get(0).values()[0] != 0, "m has not moved from 0 after 3 steps");
    }

    @Test
    void theTextbookAdamOnTheHandSideIsCaught() {
        Optimiser adam = Optimiser.of(Kind.ADAM, 0.01);
        LockStepResult result = twins(TRUCKS, adam.withUpdater(Kind.TEXTBOOK_ADAM), adam).run(STEPS,
                StepObserver.NONE);
        assertTrue(result.agreement().step().exceeds(bound(TRUCKS, adam)), "the textbook Adam passed for DL4J's: "
                + result.agreement().step().describe());
    }

    /** Dropout's masks are part of the proof: the hand side drawing another seed's masks fails it at once. */
    @Test
    void anotherDropoutSeedOnTheHandSideIsCaught() {
        Optimiser dropout = Optimiser.sgd(0.1).withKeep(0.8);
        LockStepResult result = twins(TRUCKS, dropout.withMasks(new DropoutMasks(7)), dropout).run(STEPS,
                StepObserver.NONE);
        assertTrue(result.agreement().step().exceeds(bound(TRUCKS, dropout)), "another seed's masks passed: "
                + result.agreement().step().describe());
    }

    /** With the seed given to both engines, another seed trains another network (the masks differ). */
    @Test
    void theDropoutSeedReachesBothEngines() {
        Optimiser byDefault = Optimiser.sgd(0.1).withKeep(0.8);
        Optimiser seven = byDefault.withMasks(new DropoutMasks(7));
        RegressionNetworkTwins a = twins(TRUCKS, byDefault, byDefault);
        RegressionNetworkTwins b = twins(TRUCKS, seven, seven);
        a.run(10, StepObserver.NONE);
        b.run(10, StepObserver.NONE);
        assertNotEquals(a.dl4j().engine().weights().get(0)[0][0], b.dl4j().engine().weights().get(0)[0][0],
                "DL4J trained the same network with seed 7 as with the default seed");
        assertNotEquals(a.hand().engine().weights().get(0)[0][0], b.hand().engine().weights().get(0)[0][0],
                "the hand-written engine trained the same network with seed 7 as with the default seed");
    }
}
