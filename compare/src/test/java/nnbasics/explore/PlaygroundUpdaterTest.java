package nnbasics.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import nnbasics.cli.Main;
import nnbasics.compare.TestData;
import nnbasics.compare.Tolerances;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.guide.GuideData;
import nnbasics.handwritten.updaters.Optimiser;
import nnbasics.handwritten.updaters.Optimiser.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The playground's updater choice: switching restarts from the same start at DL4J's default rate of that updater,
 * both engines hold the step proof with the updater's state compared, the status names the recipe and the state, and
 * the shown {@code classify} command, run through the command line, gives the same loss after the same steps.
 */
class PlaygroundUpdaterTest {

    /**
     * The step proof's bound on the houses with any updater: {@code Tolerances.step(n, recipe)} = max(1e−12, 2n·2⁻⁵³)
     * with n = 10 rows + (2 + 1) + (4 + 1) inputs and biases + at most 20 roundings of Adam's step
     * ({@code docs/twin-difference.md}): 2·38·2⁻⁵³ ≈ 8.4e−15, so the documented floor 1e−12.
     */
    private static final double STEP_PROOF_BOUND = 1e-12;
    private static final long SEED = 1;
    /** Presses of 1, 10 and 100 steps, as a user might click them: 190 steps. */
    private static final int[] PRESSES = {1, 10, 100, 10, 10, 10, 10, 10, 10, 10, 9};

    private final GuideData guide = GuideData.load(TestData.dir());
    private final PlaygroundData houses = PlaygroundData.houses(guide);

    private PlaygroundModel fourTanh() {
        return new PlaygroundModel(houses, List.of(4), HiddenActivation.TANH, PlaygroundModel.DEFAULT_RATE, SEED);
    }

    private static int press(PlaygroundModel model) {
        for (int count : PRESSES) {
            model.step(count);
        }
        return Arrays.stream(PRESSES).sum();
    }

    /** Each updater of the box with DL4J's own default rate (ND4J's constants, the other engine's library). */
    static Stream<Arguments> updaters() {
        return Stream.of(
                Arguments.of(Kind.MOMENTUM, org.nd4j.linalg.learning.config.Nesterovs.DEFAULT_NESTEROV_LEARNING_RATE,
                        "momentum", "Momentum state (v)"),
                Arguments.of(Kind.RMSPROP, org.nd4j.linalg.learning.config.RmsProp.DEFAULT_RMSPROP_LEARNING_RATE,
                        "rmsprop", "RMSProp state"),
                Arguments.of(Kind.ADAGRAD, org.nd4j.linalg.learning.config.AdaGrad.DEFAULT_ADAGRAD_LEARNING_RATE,
                        "adagrad", "AdaGrad state"),
                Arguments.of(Kind.ADAM, org.nd4j.linalg.learning.config.Adam.DEFAULT_ADAM_LEARNING_RATE, "adam",
                        "Adam state (m, v)"));
    }

    @ParameterizedTest
    @MethodSource("updaters")
    void switchingTheUpdaterStartsAgainFromTheSameStartAndBothEnginesHoldTheStepProof(Kind kind, double dl4jRate,
                                                                                     String flag, String state) {
        PlaygroundModel model = fourTanh();
        model.step(30);
        model.setUpdater(kind);
        assertEquals(0, model.steps(), "back at step 0");
        assertTrue(model.handLosses().isEmpty(), "the charts start again");
        int[] sizes = {2, 4, 2};
        List<double[][]> start = NetworkTwins.start(sizes, HiddenActivation.TANH, SEED).weights();
        for (int l = 0; l < start.size(); l++) {
            assertArrayEquals(start.get(l), model.handWeights().get(l), "the same start, layer " + (l + 1));
        }
        assertEquals(kind, model.recipe().updater());
        assertEquals(dl4jRate, model.rate(), 0.0, "DL4J's default rate of " + kind);

        int steps = press(model);
        System.out.println("playground, houses, " + model.architecture() + " · " + model.recipe().describe() + ", "
                + steps + " steps: step proof " + model.stepWorst().describe() + ", trajectory "
                + model.worst().describe() + ", loss " + model.handLoss());
        assertEquals(steps, model.stepProofs().size(), "one step proof per update, across the presses' seams");
        assertEquals(STEP_PROOF_BOUND, model.stepBound(), 0.0, "Tolerances.step(n, recipe) on the houses");
        assertTrue(model.stepWorst().value() <= STEP_PROOF_BOUND, model.stepWorst().describe());
        assertFalse(model.stepProofFails());
        assertTrue(model.handLoss() < model.handLosses().get(0), "the loss went down: " + model.handLosses().get(0)
                + " → " + model.handLoss());
        assertTrue(model.classifyCommand().endsWith(" --seed 1 --updater " + flag + " --lr "
                + ClassifyCommandLine.rateText(dl4jRate) + " --steps " + steps), model.classifyCommand());
        String status = ProofStatus.html(model, Double.NaN);
        assertTrue(status.contains(model.recipe().describe()), "the status names the recipe: " + status);
        assertTrue(status.contains(state), "the step proof starts from DL4J's state: " + status);
    }

    /**
     * Softmax regression (no hidden layer) from zero with Adam on iris's petals: 50 rows of each class make the first
     * ∂L/∂b exactly 0, whose rounding Adam divides by ε; the playground takes classify's bound for it
     * ({@code Tolerances.stepFromZero} with √N for standardized inputs) and does not cry wolf where the shown
     * classify command agrees (it did: 7.78e−10 "ABOVE the bound 1e-12" in the window).
     */
    @Test
    void softmaxRegressionWithAdamFromZeroOnBalancedClassesIsNoFalseAlarm() {
        PlaygroundData iris = PlaygroundData.csv(TestData.file("iris.csv"), List.of("petal_length", "petal_width"),
                "species");
        Optimiser adam = Optimiser.of(Kind.ADAM, 0.001);
        PlaygroundModel model = new PlaygroundModel(iris, List.of(), HiddenActivation.TANH, adam, SEED);
        model.step(20);
        assertFalse(model.stepProofFails(), model.stepWorst() + " against " + model.stepBound());
        assertEquals(Tolerances.stepFromZero(NetworkTwins.sumTerms(150, new int[] {2, 3}), adam, Math.sqrt(150)),
                model.stepBound(), 0.0, "classify's bound for the same run");
    }

    @Test
    void adamsRecipeAndCommandLine() {
        PlaygroundModel model = fourTanh();
        model.setUpdater(Kind.ADAM);
        // DL4J's Adam defaults (ND4J's Adam.DEFAULT_ADAM_*): lr 1e-3, β₁ 0.9, β₂ 0.999, ε 1e-8
        assertEquals("Adam(lr 0.001, β₁ 0.9, β₂ 0.999, ε 1e-8)", model.recipe().describe());
        model.step(10);
        assertEquals("./nnbasics classify --data " + houses.file() + " --features area,bathrooms --label label "
                + "--standardize --hidden 4 --activation tanh --seed 1 --updater adam --lr 0.001 --steps 10",
                model.classifyCommand());
        assertTrue(ProofStatus.html(model, Double.NaN).contains("every step from DL4J's W, b and Adam state (m, v)"),
                ProofStatus.html(model, Double.NaN));
        model.setUpdater(Kind.SGD);
        assertEquals(PlaygroundModel.DEFAULT_RATE, model.rate(), 0.0, "back to classify --hidden's rate");
        assertFalse(model.classifyCommand().contains("--updater"), "plain SGD: the command as before");
    }

    /**
     * The other path of the same engines: the command line the playground shows, run by {@code classify --json} in
     * one go, ends at the same loss (both engines) as the presses, bit for bit: Adam alone, then with L2 and dropout.
     */
    @ParameterizedTest
    @CsvSource({"0, 1", "0.001, 0.8"})
    void theShownClassifyCommandGivesTheSameLossAfterTheSameAdamSteps(double l2, double keep) throws Exception {
        PlaygroundModel model = fourTanh();
        model.setUpdater(Kind.ADAM);
        model.setRate(0.01);
        model.setRecipe(model.recipe().withL2(l2).withKeep(keep));
        int steps = press(model);
        assertTrue(model.stepWorst().value() <= STEP_PROOF_BOUND, model.stepWorst().describe());
        String[] words = model.classifyCommand().split(" ");
        assertEquals("./nnbasics", words[0]);
        assertTrue(Arrays.stream(words).noneMatch(w -> w.startsWith("'")), "plain words: " + model.classifyCommand());
        String[] args = Stream.concat(Arrays.stream(words).skip(1), Stream.of("--json")).toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("adam", json.get("optimiser").get("updater").asText());
        assertEquals(0.01, json.get("optimiser").get("learningRate").asDouble(), 0.0);
        assertEquals(l2, json.get("optimiser").get("l2").asDouble(), 0.0);
        assertEquals(keep, keep < 1 ? json.get("optimiser").get("dropoutKeep").asDouble() : 1, 0.0);
        assertEquals(steps, json.get("steps").asInt());
        assertEquals(json.get("loss").asDouble(), model.handLoss(), 0.0, "hand-written loss after " + steps
                + " Adam steps: classify in one go against the presses");
        assertEquals(json.get("dl4j").get("loss").asDouble(), model.dl4jLoss(), 0.0, "DL4J's loss");
    }

    /** The boxes: another updater sets the model's and its default rate; a typed rate is taken; a bad one is one line. */
    @Test
    void theBoxesDriveTheModel() {
        PlaygroundModel model = fourTanh();
        PlaygroundView view = new PlaygroundView(model, houses, CompletableFuture.completedFuture(null));
        UpdaterControls boxes = view.updaterControls();
        model.step(5);
        boxes.updaterBox().setSelectedItem("adam");
        assertEquals(Kind.ADAM, model.recipe().updater());
        assertEquals(0, model.steps(), "another updater starts again");
        assertEquals("0.001", boxes.rateBox().getSelectedItem(), "the rate box shows Adam's default");
        assertTrue(Arrays.asList(UpdaterChoice.rates(Kind.ADAM)).contains("0.001"), "offered among Adam's rates");
        assertTrue(view.commandText().contains("--updater adam --lr 0.001"), view.commandText());
        boxes.rateBox().setSelectedItem("0.003");
        assertEquals(0.003, model.rate(), 0.0);
        assertEquals(Kind.ADAM, model.recipe().updater(), "a rate keeps the updater");
        boxes.rateBox().setSelectedItem("fast");
        assertEquals(0.003, model.rate(), 0.0, "a bad rate changes nothing");
        assertEquals("rate: expected a finite positive number, got \"fast\"", view.messageLabel().getText());
        boxes.l2Box().setSelectedItem("0.001");
        boxes.keepBox().setSelectedItem("0.8");
        assertEquals(0.001, model.recipe().l2(), 0.0);
        assertEquals(0.8, model.recipe().keep(), 0.0);
        assertTrue(view.commandText().contains("--updater adam --lr 0.003 --l2 0.001 --dropout 0.8"),
                view.commandText());
        boxes.keepBox().setSelectedItem("1.5");
        assertEquals("dropout keep: expected a probability in (0, 1], got \"1.5\"", view.messageLabel().getText());
        assertEquals(0.8, model.recipe().keep(), 0.0, "a bad keep changes nothing");
        boxes.updaterBox().setSelectedItem("sgd");
        assertEquals(PlaygroundModel.DEFAULT_RATE, model.rate(), 0.0);
        assertEquals("0.5", boxes.rateBox().getSelectedItem());
        assertEquals(0.001, model.recipe().l2(), 0.0, "another updater keeps L2");
        assertEquals(0.8, model.recipe().keep(), 0.0, "and dropout");
        model.setHidden(List.of());
        view.refresh();
        assertEquals(1.0, model.recipe().keep(), 0.0, "no hidden layer, no dropout (classify refuses it)");
        assertFalse(boxes.keepBox().isEnabled(), "nothing to drop without a hidden layer");
        assertFalse(model.classifyCommand().contains("--dropout"), model.classifyCommand());
    }
}
