package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.LockStepResult;
import nnbasics.compare.StepObserver;
import nnbasics.compare.TestData;
import nnbasics.compare.Tolerances;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.handwritten.updaters.Optimiser;
import nnbasics.handwritten.updaters.Optimiser.Kind;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code classify --updater …}: the recipe named in the text and in {@code --json}, the step proof holding with the
 * updater's state, the flags checked up-front (exit 1 out of range, 2 not a number), and a planted error (the
 * textbook Adam on the hand side) answered with exit 3.
 */
class ClassifyOptimiserCommandTest {

    private static final String IRIS = TestData.file("iris.csv").toString();
    private static final String HOUSES = TestData.file("houses-labelled.csv").toString();

    private static CliRun iris(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("classify", "--data", IRIS, "--label", "species",
                "--standardize", "--steps", "20"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void theTextNamesTheWholeRecipeAndTheStepProofComparesTheState() {
        CliRun run = iris("--hidden", "8", "--activation", "relu", "--updater", "adam", "--lr", "0.01", "--l2",
                "1e-4");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("network 4 → 8 relu → 3 softmax · Adam(lr 0.01, β₁ 0.9, β₂ 0.999, ε 1e-8) "
                + "· L2 1e-4: species"), run.out().lines().findFirst().orElse(""));
        assertTrue(run.out().contains("within the bound"), run.out());
    }

    @Test
    void softmaxRegressionWithMomentumNamesItsRecipeAndHoldsTheStepProof() {
        CliRun run = iris("--updater", "momentum", "--momentum", "0.5", "--weight-decay", "1e-3");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("softmax regression · Momentum(lr 0.1, μ 0.5) · weight decay 0.001: "),
                run.out().lines().findFirst().orElse(""));
    }

    /**
     * Softmax regression from W = 0, b = 0 on iris's balanced classes: the first ∂L/∂b is (1/N) Σ (1/3 − y) = 0
     * exactly, each engine holds its own rounding of it, and Adam divides that by √v + ε ≈ ε. That is two correct
     * engines, not a disagreement: the step proof takes {@code Tolerances.stepFromZero}'s bound (the gain of Adam on
     * noise) instead of crying wolf with exit 3 (which it did, 7.8e−10 against 1e−12, before that bound).
     */
    @Test
    void softmaxRegressionWithAdamFromZeroIsNoFalseAlarm() {
        CliRun standardized = iris("--updater", "adam", "--l2", "1e-3");
        assertEquals(0, standardized.code(), standardized.out() + standardized.err());
        assertTrue(standardized.out().contains("within the bound"), standardized.out());
        CliRun raw = CliRun.of("classify", "--data", IRIS, "--label", "species", "--steps", "60", "--updater",
                "adam");
        assertEquals(0, raw.code(), raw.out() + raw.err());
    }

    @Test
    void jsonGainsTheRecipeWithDl4jsDefaults() throws Exception {
        CliRun run = CliRun.of("classify", "--data", HOUSES, "--label", "label", "--standardize", "--hidden", "4",
                "--updater", "rmsprop", "--steps", "5", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode optimiser = new ObjectMapper().readTree(run.out()).get("optimiser");
        assertEquals("rmsprop", optimiser.get("updater").asText());
        // DL4J's RmsProp defaults: DEFAULT_RMSPROP_LEARNING_RATE 0.1, RMSDECAY 0.95, EPSILON 1e-8
        assertEquals(0.1, optimiser.get("learningRate").asDouble());
        assertEquals(0.95, optimiser.get("rho").asDouble());
        assertEquals(1e-8, optimiser.get("epsilon").asDouble());
    }

    @Test
    void plainSgdSaysNothingNew() throws Exception {
        CliRun given = iris("--updater", "sgd", "--json");
        CliRun left = iris("--json");
        assertEquals(left.out(), given.out(), "--updater sgd is the default");
        assertTrue(new ObjectMapper().readTree(left.out()).get("optimiser") == null, "no recipe with plain SGD");
    }

    @Test
    void badValuesAreOneLineOutOfRangeOneNotANumberTwo() {
        BadInputRoundTwoTest.oneLine(iris("--updater", "adam", "--beta1", "1.5"), Main.USER_ERROR,
                "--beta1 must be in [0, 1), got 1.5");
        BadInputRoundTwoTest.oneLine(iris("--beta1", "0.8"), Main.USER_ERROR, "--beta1 needs --updater adam");
        BadInputRoundTwoTest.oneLine(iris("--l2", "-1"), Main.USER_ERROR, "--l2 must be a finite number, 0 or more");
        BadInputRoundTwoTest.oneLine(iris("--updater", "rmsprop", "--epsilon", "0"), Main.USER_ERROR,
                "--epsilon must be a finite positive number");
        BadInputRoundTwoTest.oneLine(iris("--updater", "adam", "--beta2", "abc"), 2, "--beta2", "abc");
        BadInputRoundTwoTest.oneLine(iris("--updater", "nadam"), 2,
                "expected sgd, momentum, rmsprop, adagrad or adam");
    }

    /** The textbook Adam by hand against DL4J's Adam: the step proof's verdict is exit 3, as classify gives it. */
    @Test
    void theTextbookAdamOnTheHandSideExitsThree() {
        Optimiser adam = Optimiser.of(Kind.ADAM, 0.01);
        int[] sizes = {4, 8, 3};
        NetworkTwins dl4j = NetworkTwins.of(TestData.file("iris.csv"), List.of("sepal_length", "sepal_width",
                "petal_length", "petal_width"), "species", List.of("setosa", "versicolor", "virginica"),
                EngineChoice.BOTH, true, HiddenActivation.RELU, NetworkTwins.start(sizes, HiddenActivation.RELU, 1),
                adam);
        NetworkTwins hand = NetworkTwins.of(TestData.file("iris.csv"), List.of("sepal_length", "sepal_width",
                "petal_length", "petal_width"), "species", List.of("setosa", "versicolor", "virginica"),
                EngineChoice.HAND, true, HiddenActivation.RELU, NetworkTwins.start(sizes, HiddenActivation.RELU, 1),
                adam.withUpdater(Kind.TEXTBOOK_ADAM));
        LockStepResult result = new NetworkTwins(hand.hand(), dl4j.dl4j()).run(5, StepObserver.NONE);
        Verdict verdict = new Verdict(result.agreement(), Tolerances.step(NetworkTwins.sumTerms(150, sizes), adam),
                null, null, false);
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ClassifyCommand()).setErr(new PrintWriter(err));
        assertEquals(3, verdict.exitCode(command), err.toString());
        assertTrue(err.toString().contains("the engines disagree"), err.toString());
    }
}
